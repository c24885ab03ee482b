/**
 * A second, made-up investigation (trees in the school yard) for the engine's tests: optional
 * dates and choices, numbers without a unit, a derived value, kinds without summaries. It is
 * checked by the same schema as content/investigations/*.json.
 */
import {
  InvestigationDefinitionSchema,
  type InvestigationDefinition,
} from '../../src/schemas/investigation/definition';
import type {
  InvestigationClassGroup,
  StoredRecord,
} from '../../src/schemas/investigation/records';
import { at, uuid } from './litter-data';

export const treeDef: InvestigationDefinition = InvestigationDefinitionSchema.parse({
  id: 'tree-count',
  version: 2,
  title: '校园树木',
  lesson: 'tree-count',
  vocabularies: {
    kind: {
      label: '树的种类',
      options: [
        { value: 'pine', label: '松树' },
        { value: 'willow', label: '柳树' },
      ],
    },
    visit: {
      label: '第几次',
      options: [
        { value: 'spring', label: '春天' },
        { value: 'autumn', label: '秋天' },
      ],
    },
  },
  kinds: [
    {
      id: 'yard',
      label: '院子',
      itemLabel: '一个院子',
      titleField: 'name',
      maxRecords: 3,
      fields: [
        { id: 'name', type: 'text', label: '院子名称', maxLength: 10 },
        { id: 'since', type: 'date', label: '建成日期', required: false },
      ],
    },
    {
      id: 'tree',
      label: '树',
      itemLabel: '一棵树',
      titleField: 'species',
      maxRecords: 20,
      fields: [
        { id: 'yard', type: 'choice', label: '院子', recordOf: 'yard', required: false },
        { id: 'species', type: 'choice', label: '树的种类', vocabulary: 'kind' },
        { id: 'visit', type: 'choice', label: '第几次', vocabulary: 'visit' },
        { id: 'birds', type: 'number', label: '鸟窝', min: 0, max: 50, integer: true },
        { id: 'nests', type: 'number', label: '新鸟窝', min: 0, max: 50, required: false },
        { id: 'height', type: 'number', label: '高度', unit: '米', min: 0.5, max: 60 },
      ],
      derived: [{ id: 'all', label: '全部鸟窝', sum: ['birds', 'nests'] }],
    },
  ],
  summaries: [
    { id: 'by-kind', title: '每种树', kind: 'tree', groupBy: ['species'], sum: ['birds', 'all'] },
    {
      id: 'by-yard',
      title: '每个院子',
      kind: 'tree',
      groupBy: ['yard', 'species'],
      sum: ['birds'],
    },
  ],
  comparisons: [
    {
      id: 'spring-autumn',
      title: '秋天比春天',
      kind: 'tree',
      by: 'visit',
      before: 'spring',
      after: 'autumn',
      groupBy: ['species'],
      sum: ['birds', 'height'],
    },
  ],
  csv: [
    { kind: 'tree', label: '树', columns: ['group', 'yard', 'species', 'birds', 'all', 'height'] },
  ],
});

export function yard(n: number, name: string): StoredRecord {
  return { id: uuid(n), createdAt: at(0), updatedAt: at(0), values: { name, since: null } };
}

export function tree(
  n: number,
  v: {
    yard?: string | null;
    species: string;
    visit: string;
    birds: number;
    nests?: number | null;
    height?: number;
  },
): StoredRecord {
  return {
    id: uuid(n),
    createdAt: at(1),
    updatedAt: at(1),
    values: {
      yard: v.yard ?? null,
      species: v.species,
      visit: v.visit,
      birds: v.birds,
      nests: v.nests ?? null,
      height: v.height ?? 3,
    },
  };
}

export function treeGroup(
  n: number,
  records: Record<string, StoredRecord[]>,
): InvestigationClassGroup {
  return {
    group: { id: uuid(n), name: `第${n}组`, createdAt: at(0), updatedAt: at(0) },
    exportedAt: at(30),
    records: { yard: [], tree: [], ...records },
  };
}
