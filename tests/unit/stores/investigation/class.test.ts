import { describe, expect, test } from 'vitest';
import {
  createInvestigationClassStore,
  investigationClassStore,
} from '../../../../src/stores/investigation/class';
import { investigationClassKey } from '../../../../src/lib/storage/storage-keys';
import {
  buildInvestigationClassExport,
  buildInvestigationExport,
} from '../../../../src/lib/investigation/export-file';
import { FakeStorage } from '../fake-storage';
import { at, def, exportText, litterGroup } from '../../../support/litter-data';
import { treeDef } from '../../../support/tree-data';

const key = investigationClassKey(def.id);
const g3 = litterGroup(3, '第3组', '操场', [1, 0, 0, 0], [0, 0, 0, 1]);
const g5 = litterGroup(5, '第5组', '门口', [2, 0, 0, 0], [0, 1, 0, 1]);
const fixedNow = () => new Date('2026-11-30T10:00:00Z');

function loaded(storage = new FakeStorage()) {
  const s = createInvestigationClassStore(def, () => storage, fixedNow);
  s.load();
  return { s, storage };
}

describe('investigation class store', () => {
  test('a group file and a class file merge; the class data is written under the investigation’s key', async () => {
    const { s, storage } = loaded();
    const classFile = JSON.stringify(buildInvestigationClassExport(def, { groups: [g5] }, at(60)));
    const reports = await s.importTexts([
      { name: '第3组.json', text: exportText(g3) },
      { name: '全班.json', text: classFile },
    ]);
    expect(reports).toEqual([
      expect.objectContaining({ source: '第3组.json', ok: true, kind: 'group' }),
      expect.objectContaining({ source: '全班.json', ok: true, kind: 'class' }),
    ]);
    expect(s.$reports.get()).toEqual(reports);
    expect(s.$data.get().groups.map((g) => g.group.name)).toEqual(['第3组', '第5组']);
    expect(JSON.parse(storage.data.get(key) ?? '{}')).toEqual(s.$data.get());
    expect(s.$save.get()).toMatchObject({ kind: 'saved' });
  });

  test('importing what is already there reports it and writes nothing', async () => {
    const { s, storage } = loaded();
    await s.importTexts([{ name: 'a.json', text: exportText(g3) }]);
    const writes = storage.writes.get(key);
    const again = await s.importTexts([{ name: 'a.json', text: exportText(g3) }]);
    expect(again[0]).toMatchObject({ ok: true, groups: [{ added: 0, updated: 0, ignored: 3 }] });
    expect(storage.writes.get(key)).toBe(writes);
  });

  test('files refused before reading (too big, wrong type) are reported first, in the same list', async () => {
    const { s } = loaded();
    const refused = [{ source: 'photo.jpg', ok: false as const, errors: ['这不是 JSON 文件。'] }];
    const reports = s.importChecked(
      [{ name: 'a.json', result: await s.check(exportText(g3)) }],
      refused,
    );
    expect(reports.map((r) => r.source)).toEqual(['photo.jpg', 'a.json']);
    expect(s.$reports.get()).toEqual(reports);
  });

  test('the store’s clock decides what is “in the future”', async () => {
    const late = { ...g3, exportedAt: '2026-12-02T10:00:00.000Z' };
    const text = JSON.stringify(
      buildInvestigationExport(def, late.group, late.records, late.exportedAt),
    );
    expect(await loaded().s.check(text)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/在将来/)],
    });
    const later = createInvestigationClassStore(
      def,
      () => new FakeStorage(),
      () => new Date('2026-12-02T09:00:00Z'),
    );
    expect((await later.check(text)).ok).toBe(true);
    // Without a clock it is this device's: a file exported just now is read.
    const real = createInvestigationClassStore(def, () => new FakeStorage());
    const now = { ...g3, exportedAt: new Date().toISOString() };
    expect(
      (
        await real.check(
          JSON.stringify(buildInvestigationExport(def, now.group, now.records, now.exportedAt)),
        )
      ).ok,
    ).toBe(true);
  });

  test('a file of another investigation changes nothing and says whose it is', async () => {
    const { s } = loaded();
    const other = JSON.stringify({ ...JSON.parse(exportText(g3)), investigation: 'tree-count' });
    const [r] = await s.importTexts([{ name: 'x.json', text: other }]);
    expect(r).toMatchObject({ ok: false, errors: [expect.stringMatching(/tree-count/)] });
    expect(s.$data.get().groups).toEqual([]);
  });

  test('a removed group is gone after a reload; the others stay', async () => {
    const { s, storage } = loaded();
    await s.importTexts([
      { name: 'a.json', text: exportText(g3) },
      { name: 'b.json', text: exportText(g5) },
    ]);
    expect(s.removeGroup(g3.group.id)).toBe(true);
    const reloaded = loaded(storage).s;
    expect(reloaded.$data.get().groups.map((g) => g.group.name)).toEqual(['第5组']);
  });

  test('undoing a removal: back in its place once; nothing to undo, an unknown group, a group imported again', async () => {
    const { s, storage } = loaded();
    await s.importTexts([
      { name: 'a.json', text: exportText(g3) },
      { name: 'b.json', text: exportText(g5) },
    ]);
    expect(s.undoRemove()).toBe(false);
    s.removeGroup('not-a-group');
    expect(s.$undo.get()).toBeNull();
    s.removeGroup(g3.group.id);
    expect(s.$undo.get()).toMatchObject({
      label: '“第3组”的数据',
      index: 0,
      expiresAt: fixedNow().getTime() + 15_000,
    });
    expect(s.undoRemove()).toBe(true);
    expect(s.$undo.get()).toBeNull();
    expect(s.undoRemove()).toBe(false);
    expect(s.$data.get().groups.map((g) => g.group.name)).toEqual(['第3组', '第5组']);
    expect(JSON.parse(storage.data.get(key) ?? '{}')).toEqual(s.$data.get());
    // The last of two removals is the one undone; a place beyond the list is its end.
    s.removeGroup(g5.group.id);
    s.removeGroup(g3.group.id);
    expect(s.undoRemove()).toBe(true);
    expect(s.$data.get().groups.map((g) => g.group.name)).toEqual(['第3组']);
    s.removeGroup(g3.group.id);
    await s.importTexts([{ name: 'a.json', text: exportText(g3) }]);
    expect(s.undoRemove()).toBe(false);
    expect(s.$data.get().groups.map((g) => g.group.name)).toEqual(['第3组']);
  });

  test('damaged stored class data: the valid groups load and the user is told', () => {
    const storage = new FakeStorage();
    storage.data.set(key, JSON.stringify({ groups: [g3, { group: 'broken' }] }));
    const { s } = loaded(storage);
    expect(s.$data.get().groups).toEqual([g3]);
    expect(s.$notice.get()).toMatchObject({ kind: 'recovered', dropped: 1 });
  });

  test('a full storage keeps the import in memory and says the save failed', async () => {
    const storage = new FakeStorage();
    const { s } = loaded(storage);
    storage.quota = 0;
    await s.importTexts([{ name: 'a.json', text: exportText(g3) }]);
    expect(s.$data.get().groups).toHaveLength(1);
    expect(s.$save.get()).toMatchObject({ kind: 'failed', reason: 'quota' });
  });

  test('the page keeps one class store per investigation', () => {
    expect(investigationClassStore(def)).toBe(investigationClassStore(def));
    expect(investigationClassStore(treeDef)).not.toBe(investigationClassStore(def));
  });
});
