import { describe, expect, test, vi } from 'vitest';
import { perInvestigation } from '../../../../src/stores/investigation/per-investigation';
import { def } from '../../../support/litter-data';
import { treeDef } from '../../../support/tree-data';

describe('perInvestigation', () => {
  test('makes a store on first use only, one per investigation id', () => {
    const create = vi.fn((d: typeof def) => ({ id: d.id }));
    const storeOf = perInvestigation(create);
    const a = storeOf(def);
    expect(storeOf(def)).toBe(a);
    // Another object with the same id (a page passing the definition again) shares the store.
    expect(storeOf({ ...def })).toBe(a);
    expect(storeOf(treeDef)).toEqual({ id: 'tree-count' });
    expect(create).toHaveBeenCalledTimes(2);
  });
});
