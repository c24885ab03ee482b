/**
 * A kind closed by another's records (`closedBy`: gum predictions once an observation is
 * recorded): the store refuses every change to it with the definition's message.
 */
import { describe, expect, test } from 'vitest';
import { gumResidueDefinition as def } from '../../../../src/lib/investigation/definitions';
import {
  gumGroupStore,
  gumPrediction as prediction,
  observeOn,
} from '../../../components/investigation/gum-store';

const message = '第一次观察已经记录，预测不能再添加或修改。';
function setup() {
  const { store: s, stored } = gumGroupStore();
  return { s, stored };
}

describe('closedBy', () => {
  test('gum-residue.json closes its predictions with the first observation', () => {
    expect(def.kinds.find((k) => k.id === 'prediction')?.closedBy).toEqual({
      kind: 'observation',
      message,
    });
  });

  test('before the first observation, predictions are added, changed and deleted', () => {
    const { s, stored } = setup();
    const a = s.add('prediction', prediction('小明'));
    const b = s.add('prediction', prediction('小红'));
    if (!a.ok || !a.id || !b.ok || !b.id) throw new Error('not added');
    expect(s.update('prediction', a.id, prediction('小明明')).ok).toBe(true);
    expect(s.remove('prediction', b.id).ok).toBe(true);
    expect(stored()['prediction']?.map((r) => r.values['pupil'])).toEqual(['小明明']);
  });

  test('once an observation is recorded: add, update, remove and undo are refused with the message; nothing changes', () => {
    const { s, stored } = setup();
    const a = s.add('prediction', prediction('小明'));
    const b = s.add('prediction', prediction('小红'));
    if (!a.ok || !a.id || !b.ok || !b.id) throw new Error('not added');
    // Deleted before the observation: its undo would put a prediction back afterwards.
    expect(s.remove('prediction', b.id).ok).toBe(true);
    expect(observeOn(s, '2026-12-02').ok).toBe(true);
    const before = JSON.stringify(stored());
    for (const r of [
      s.add('prediction', prediction('小刚')),
      s.update('prediction', a.id, prediction('小明明')),
      s.remove('prediction', a.id),
      s.undoDelete(),
      s.replaceRecords({ prediction: [] }, a.id),
    ]) {
      expect(r).toEqual({ ok: false, error: message });
    }
    expect(JSON.stringify(stored())).toBe(before);
    // Other kinds go on as before.
    expect(
      s.add('setup', { startDate: '2026-12-01', media: ['soil'], items: ['gum'], note: null }).ok,
    ).toBe(true);
  });

  test('a refused delete leaves nothing to undo; deleting every observation opens the predictions again', () => {
    const { s } = setup();
    const p = s.add('prediction', prediction('小明'));
    const o = observeOn(s, '2026-12-02');
    if (!o.ok || !o.id || !p.ok || !p.id) throw new Error('not added');
    expect(s.remove('prediction', p.id).ok).toBe(false);
    expect(s.$undo.get()).toBeNull();
    expect(s.add('prediction', prediction('小刚')).ok).toBe(false);
    expect(s.remove('observation', o.id).ok).toBe(true);
    expect(s.add('prediction', prediction('小刚')).ok).toBe(true);
  });
});
