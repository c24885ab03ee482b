import { describe, expect, test } from 'vitest';
import { createInvestigationClassStore } from '../../../../src/stores/investigation/class';
import { investigationClassKey } from '../../../../src/lib/storage/storage-keys';
import { investigationShareCodec } from '../../../../src/lib/share/fragment';
import { encodeFragment } from '../../../../src/lib/share/encode-share';
import { encodeShareFragment } from '../../../../src/lib/share/encode-share';
import { buildInvestigationExport } from '../../../../src/lib/investigation/export-file';
import { FakeStorage } from '../fake-storage';
import { def, litterGroup } from '../../../support/litter-data';
import { makeGroupExport } from '../../../support/gum-data';

const codec = investigationShareCodec(def);
const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const g5 = litterGroup(5, '第5组', '食堂门口', [20, 0, 9, 11], [8, 0, 4, 6]);
const link = (g: typeof g3) =>
  encodeFragment(codec, buildInvestigationExport(def, g.group, g.records, g.exportedAt));

function setup() {
  const storage = new FakeStorage();
  const s = createInvestigationClassStore(
    def,
    () => storage,
    () => new Date('2026-11-30T10:00:00Z'),
  );
  s.load();
  const stored = () =>
    (
      JSON.parse(storage.data.get(investigationClassKey(def.id)) ?? '{"groups":[]}') as {
        groups: unknown[];
      }
    ).groups;
  return { s, stored };
}

describe('share links in the investigation class store', () => {
  test('a link waits for the answer; later links queue behind it; nothing changes until added', async () => {
    const { s, stored } = setup();
    const first = await s.readLink(`#${await link(g3)}`);
    expect(first).toMatchObject({ ok: true, groupName: '第3组', records: 3 });
    await s.readLink(await link(g5));
    expect(s.$link.get()).toMatchObject({ groupName: '第3组' });
    expect(s.$linksWaiting.get()).toBe(1);
    expect(stored()).toEqual([]);
    const reports = s.acceptLink();
    expect(reports).toMatchObject([{ source: '分享链接（第3组）', ok: true }]);
    expect(stored()).toHaveLength(1);
    expect(s.$link.get()).toMatchObject({ groupName: '第5组' });
    s.declineLink();
    expect(s.$link.get()).toBeNull();
    expect(s.$linksWaiting.get()).toBe(0);
    expect(stored()).toHaveLength(1);
  });

  test('bad links wait too, with the reason, and add nothing when acknowledged', async () => {
    const { s, stored } = setup();
    const gum = await encodeShareFragment(makeGroupExport(1, { surveys: 1 }));
    expect(await s.readLink(gum)).toEqual({
      ok: false,
      error: expect.stringMatching(/^这个链接不是校园垃圾大调查的分享链接。它是另一课的/),
    });
    expect(await s.readLink('#eck-campus-litter1')).toMatchObject({ ok: false });
    expect(s.acceptLink()).toEqual([]);
    expect(stored()).toEqual([]);
  });

  test('a link with a time in the future is refused by the strict check', async () => {
    const { s, stored } = setup();
    const g = { ...g3, group: { ...g3.group, updatedAt: '2099-01-01T00:00:00.000Z' } };
    expect(await s.readLink(await link(g))).toEqual({
      ok: false,
      error: expect.stringMatching(/在将来/),
    });
    expect(stored()).toEqual([]);
  });

  test('a class file in a link is not offered as a group', async () => {
    const { s } = setup();
    const classFile = {
      format: 'eck-investigation-class',
      schemaVersion: 1,
      investigation: def.id,
      definitionVersion: def.version,
      exportedAt: g3.exportedAt,
      groups: [g3],
    };
    const r = await s.readLink(await encodeFragment(codec, classFile));
    expect(r.ok).toBe(false);
  });

  test('scanned links import at once, each reported like a file; a repeat changes nothing', async () => {
    const { s, stored } = setup();
    const r = await s.importScanned(await link(g3));
    expect(r).toMatchObject({ source: '扫码导入', ok: true });
    expect(stored()).toHaveLength(1);
    const again = await s.importScanned(await link(g3));
    expect(again).toMatchObject({ ok: true, groups: [{ added: 0, updated: 0 }] });
    const bad = await s.importScanned('eck-campus-litter1.AAAA');
    expect(bad).toMatchObject({ source: '扫码导入', ok: false });
    expect(s.$reports.get()).toEqual([bad]);
    expect(stored()).toHaveLength(1);
  });
});
