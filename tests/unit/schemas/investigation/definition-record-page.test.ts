/** The definition schema's checks of the record page's options of a kind, with Chinese reasons. */
import { describe, expect, test } from 'vitest';
import gum from '../../../../content/investigations/gum-residue.json';
import { InvestigationDefinitionSchema } from '../../../../src/schemas/investigation/definition';

type Json = Record<string, unknown>;
const messages = (raw: unknown) => {
  const r = InvestigationDefinitionSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const kindIndex = (id: string) => gum.kinds.findIndex((k) => k.id === id);

/** gum-residue.json with one kind's options changed. */
function withKind(id: string, change: Json) {
  const d = structuredClone(gum) as unknown as { kinds: Json[] };
  d.kinds[kindIndex(id)] = { ...d.kinds[kindIndex(id)], ...change };
  return d;
}

describe('kinds[].closedBy', () => {
  const at = `kinds.${kindIndex('prediction')}.closedBy`;
  const closedBy = (kind: string, message = '已经开始观察了。') => ({
    closedBy: { kind, message },
  });

  test('gum-residue.json is valid with its predictions closed by the observations', () => {
    expect(messages(gum)).toEqual([]);
  });

  test.each([
    ['an unknown kind', closedBy('nope'), [`${at}.kind: 没有另一种叫 “nope” 的记录`]],
    ['the kind itself', closedBy('prediction'), [`${at}.kind: 没有另一种叫 “prediction” 的记录`]],
    ['an empty message', closedBy('observation', ' '), [`${at}.message: 不能为空`]],
    ['a message too long', closedBy('observation', '长'.repeat(81)), [`${at}.message: 最多 80 字`]],
  ])('%s', (_, change, expected) => {
    expect(messages(withKind('prediction', change))).toEqual(expected);
  });
});
