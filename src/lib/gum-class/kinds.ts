/**
 * The tables of the class data, each a CSV file or an Excel sheet. Apart from the table code
 * so the class view's buttons can list them without loading it.
 */
export const csvKinds = [
  'groups',
  'surveys',
  'measurements',
  'predictions',
  'observations',
] as const;
export type CsvKind = (typeof csvKinds)[number];
export const csvKindLabels: Record<CsvKind, string> = {
  groups: '小组',
  surveys: '残胶清点',
  measurements: '残胶测量',
  predictions: '预测',
  observations: '分解观察',
};
