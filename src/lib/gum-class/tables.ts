/**
 * The class data as tables, one per kind of record, with Chinese headers (units in brackets):
 * the rows of the CSV files (src/lib/gum-csv.ts) and the sheets of the Excel workbook
 * (./xlsx.ts). Values are numbers, text or null; nothing here is escaped for a file format.
 * Surveys, measurements and predictions come from the investigation engine (the definition's `csv`);
 * the groups and observations keep their own code (one row per observed sample, its day).
 */
import { type CsvKind } from './kinds';
import type { ClassData } from '../../schemas/gum-class';
import { mediumLabels, sampleItemLabels, sampleStateLabels } from '../../schemas/gum-vocab';
import { dayNumber } from '../gum-calc';
import { gumResidue as gumResidueDefinition } from './definition';
import { investigationCsvTable } from '../investigation/csv';
import { gumEngineClassData } from './engine-records';
import type { CsvTable } from '../csv/to-csv';

export { csvKindLabels, csvKinds, type CsvKind } from './kinds';

export type { CsvTable };

/** The tables the investigation engine makes from content/investigations/gum-residue.json. */
const engineFiles = {
  surveys: 'survey',
  measurements: 'measurement',
  predictions: 'prediction',
} as const;

function engineTable(data: ClassData, kind: keyof typeof engineFiles): CsvTable {
  const file = gumResidueDefinition.csv.find((f) => f.kind === engineFiles[kind]);
  if (!file) throw new Error(`gum-residue.json has no CSV of ${engineFiles[kind]}`);
  return investigationCsvTable(gumResidueDefinition, file, gumEngineClassData(data));
}

/** The rows of one kind of record, before CSV encoding. */
export function csvTable(data: ClassData, kind: CsvKind): CsvTable {
  const gs = data.groups;
  switch (kind) {
    case 'groups':
      return {
        fields: ['小组', '组员昵称', '清点次数', '测量次数', '观察次数', '导出时间', '小组编号'],
        rows: gs.map((g) => [
          g.group.name,
          g.group.nicknames.join('、'),
          g.surveys.length,
          g.measurements.length,
          g.decomposition.observations.length,
          g.exportedAt,
          g.group.id,
        ]),
      };
    case 'surveys':
    case 'measurements':
    case 'predictions':
      return engineTable(data, kind);
    case 'observations':
      return {
        fields: [
          '小组',
          '日期',
          '第几天',
          '观察人',
          '样品',
          '放在哪里',
          '状态',
          '大小（厘米）',
          '备注',
          '这次观察的备注',
          '记录编号',
        ],
        rows: gs.flatMap((g) => {
          const start = g.decomposition.setup?.startDate;
          return g.decomposition.observations.flatMap((o) =>
            o.entries.map((e) => [
              g.group.name,
              o.date,
              start ? dayNumber(start, o.date) : null,
              o.observer,
              sampleItemLabels[e.item],
              mediumLabels[e.medium],
              sampleStateLabels[e.state],
              e.sizeCm,
              e.note,
              o.note,
              o.id,
            ]),
          );
        }),
      };
  }
}
