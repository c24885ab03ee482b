/**
 * CSV export of the class data for spreadsheets: one file per kind of record, UTF-8 with a
 * BOM (Excel on Chinese Windows otherwise guesses GBK), Chinese headers, quoting by papaparse,
 * and cells that a spreadsheet would run as a formula neutralised with a leading `'`.
 */
import Papa from 'papaparse';
import type { ClassData } from '../schemas/gum-class';
import {
  mediumLabels,
  placeTypeLabels,
  removalDifficultyLabels,
  sampleItemLabels,
  sampleStateLabels,
  surfaceLabels,
} from '../schemas/gum-vocab';
import { dayNumber, densityPerSquareMetre, roundTo } from './gum-calc';
import { residueAreaSquareCm } from './gum-summaries';

/** Kinds of record exported, each as its own file. */
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

/**
 * Text cells starting like this are prefixed with `'`. Papaparse's own `escapeFormulae: true`
 * uses /^[=+\-@\t\r].*$/, which misses a formula followed by a line break ("=1+2\nx"), so
 * the test is only on the first character. Numbers stay numbers (a negative number is data).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

type Cell = string | number | null;
export interface CsvTable {
  fields: string[];
  rows: Cell[][];
}

const num = (v: number | null, digits = 2): Cell => (v === null ? null : roundTo(v, digits));

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
      return {
        fields: [
          '小组',
          '日期',
          '地点类型',
          '地点名称',
          '面积（平方米）',
          '长（米）',
          '宽（米）',
          '残胶数量（块）',
          '每平方米残胶（块）',
          '备注',
          '记录编号',
          '最后修改',
        ],
        rows: gs.flatMap((g) =>
          g.surveys.map((s) => [
            g.group.name,
            s.date,
            s.placeType === 'other'
              ? `${placeTypeLabels.other}：${s.placeOther}`
              : placeTypeLabels[s.placeType],
            s.placeName,
            s.areaSquareMetres,
            s.lengthMetres,
            s.widthMetres,
            s.count,
            s.areaSquareMetres === null
              ? null
              : num(densityPerSquareMetre(s.count, s.areaSquareMetres), 4),
            s.note,
            s.id,
            s.updatedAt,
          ]),
        ),
      };
    case 'measurements':
      return {
        fields: [
          '小组',
          '表面',
          '清除难度',
          '直径（厘米）',
          '面积（平方厘米）',
          '最宽（厘米）',
          '方格数（1 平方厘米）',
          '备注',
          '记录编号',
          '最后修改',
        ],
        rows: gs.flatMap((g) =>
          g.measurements.map((m) => [
            g.group.name,
            surfaceLabels[m.surface],
            removalDifficultyLabels[m.difficulty],
            m.diameterCm,
            m.diameterCm === null ? null : num(residueAreaSquareCm(m.diameterCm)),
            m.widestCm ?? null,
            m.squares ?? null,
            m.note,
            m.id,
            m.updatedAt,
          ]),
        ),
      };
    case 'predictions':
      return {
        fields: [
          '小组',
          '昵称',
          '变化最大的东西',
          '几乎不变的东西',
          '变化最大的地方',
          '理由',
          '记录编号',
        ],
        rows: gs.flatMap((g) =>
          g.decomposition.predictions.map((p) => [
            g.group.name,
            p.pupil,
            sampleItemLabels[p.mostChangeItem],
            sampleItemLabels[p.leastChangeItem],
            mediumLabels[p.mostChangeMedium],
            p.reason,
            p.id,
          ]),
        ),
      };
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

/** Encode a table as CSV text: BOM, CRLF line ends, quoted where needed, formulas neutralised. */
export function toCsv(table: CsvTable): string {
  return `\uFEFF${Papa.unparse(
    { fields: table.fields, data: table.rows },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  )}\r\n`;
}

/** The CSV file of one kind of record. */
export function classCsv(data: ClassData, kind: CsvKind): string {
  return toCsv(csvTable(data, kind));
}

/** File name, e.g. `口香糖实验-残胶清点-2026-11-29.csv`. */
export function csvFileName(kind: CsvKind, date: string): string {
  return `口香糖实验-${csvKindLabels[kind]}-${date}.csv`;
}
