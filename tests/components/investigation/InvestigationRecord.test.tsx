// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import InvestigationRecord from '../../../src/islands/investigation/InvestigationRecord';
import { createInvestigationRecordStore } from '../../../src/stores/investigation/record';
import { investigationRecordKey } from '../../../src/lib/storage/storage-keys';
import { localDay } from '../../../src/lib/import-times';
import { FakeStorage } from '../../unit/stores/fake-storage';
import { MemoryDurable } from '../../unit/stores/fake-durable';
import { def } from '../../support/litter-data';

const key = investigationRecordKey(def.id);
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
const pick = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

function setup(storage = new FakeStorage(), durable?: MemoryDurable) {
  const store = createInvestigationRecordStore(def, () => storage, undefined, durable?.engine);
  render(<InvestigationRecord definition={def} store={store} />);
  return { store, storage };
}

async function startGroup() {
  type(await screen.findByLabelText('小组名称'), '第3组');
  fireEvent.click(screen.getByRole('button', { name: '开始记录' }));
  return screen.findByRole('heading', { name: '调查记录' });
}

const survey = () =>
  within(screen.getByRole('heading', { name: '调查记录' }).closest('section') as HTMLElement);
const zones = () =>
  within(screen.getByRole('heading', { name: '我们的区域' }).closest('section') as HTMLElement);

afterEach(cleanup);

describe('InvestigationRecord (campus litter)', () => {
  test('busy while a damaged stored value waits for the durable copy, then the group form', async () => {
    const storage = new FakeStorage();
    storage.data.set(key, '{"damaged');
    const durable = new MemoryDurable();
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const get = durable.get.bind(durable);
    durable.get = async (k: string) => {
      await held;
      return get(k);
    };
    setup(storage, durable);
    const root = document.querySelector('.eck-record') as HTMLElement;
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByLabelText('小组名称')).toBeNull();
    release();
    await screen.findByLabelText('小组名称');
    expect(root.hasAttribute('aria-busy')).toBe(false);
  });

  test('asks for the group first, then shows a section per record kind and the export', async () => {
    setup();
    expect(screen.queryByRole('heading', { name: '调查记录' })).toBeNull();
    await startGroup();
    for (const h of ['我们的区域', '调查记录', '导出小组数据']) {
      expect(screen.getByRole('heading', { name: h })).toBeTruthy();
    }
  });

  test('a zone, then a survey with full-width digits; saved under the investigation key', async () => {
    const { storage } = setup();
    await startGroup();
    type(zones().getByLabelText('区域名称'), '操场东边');
    type(zones().getByLabelText(/面积（平方米）/), '１２０');
    fireEvent.click(zones().getByRole('button', { name: '添加一个区域' }));
    await zones().findByText('已添加一个区域。');
    const option = await survey().findByRole('option', { name: '操场东边' });
    pick(survey().getByLabelText('区域'), option.getAttribute('value') ?? '');
    pick(survey().getByLabelText('第几次调查'), 'first');
    for (const [label, v] of [
      ['可回收物（件）', '１２'],
      ['有害垃圾（件）', '0'],
      ['厨余垃圾（件）', '３'],
      ['其他垃圾（件）', '7'],
    ] as const) {
      type(survey().getByLabelText(label), v);
    }
    fireEvent.click(survey().getByRole('button', { name: '添加一条调查记录' }));
    await survey().findByText('已添加一条调查记录。');
    expect((await survey().findByRole('list', { name: '已记录的调查记录' })).textContent).toContain(
      '合计 22 件',
    );
    const saved = JSON.parse(storage.data.get(key) ?? '{}');
    expect(saved.records.survey[0].values).toMatchObject({
      recyclable: 12,
      kitchen: 3,
      round: 'first',
      date: localDay(Date.now()),
    });
    expect(saved.records.zone[0].values).toEqual({ name: '操场东边', area: 120 });
  });

  test('bad input is shown beside each field, naming the field and the reason; nothing is saved', async () => {
    const { storage } = setup();
    await startGroup();
    const before = storage.data.get(key);
    type(survey().getByLabelText('可回收物（件）'), '2.5');
    type(survey().getByLabelText('其他垃圾（件）'), '🍌');
    type(survey().getByLabelText('调查日期'), '2999-01-01');
    fireEvent.click(survey().getByRole('button', { name: '添加一条调查记录' }));
    await survey().findByText('有几项需要改一改，请看红字。');
    const err = (id: string) => document.getElementById(`eck-survey-${id}-error`)?.textContent;
    expect(err('recyclable')).toBe('可回收物要填整数，不能有小数。');
    expect(err('other')).toBe('其他垃圾要填整数，例如 12。');
    expect(err('date')).toMatch(/^调查日期不能在将来/);
    expect(err('zone')).toBe('请选择区域。');
    expect(err('hazardous')).toBe('请填写有害垃圾。');
    expect(survey().getByLabelText('可回收物（件）').getAttribute('aria-invalid')).toBe('true');
    expect(storage.data.get(key)).toBe(before);
    // Before any zone exists the zone choice says what to do.
    expect(survey().getByText('请先在上面添加我们的区域。')).toBeTruthy();
  });

  test('a zone chosen by a survey cannot be deleted; reload keeps everything', async () => {
    const storage = new FakeStorage();
    const { store } = setup(storage);
    await startGroup();
    const zone = store.add('zone', { name: '花坛', area: null });
    if (!zone.ok || !zone.id) throw new Error('zone not added');
    store.add('survey', {
      zone: zone.id,
      round: 'second',
      date: '2026-11-30',
      recyclable: 1,
      hazardous: 0,
      kitchen: 0,
      other: 2,
      'recyclable-g': null,
      'hazardous-g': null,
      'kitchen-g': null,
      'other-g': null,
      gathers: '长椅下面',
      note: null,
    });
    fireEvent.click(await zones().findByRole('button', { name: '删除 一个区域 花坛' }));
    await zones().findByText('还有调查记录选了它，请先修改或删除那些记录。');
    cleanup();
    setup(storage);
    await screen.findByRole('heading', { name: '调查记录' });
    expect(survey().getByRole('list').textContent).toContain('垃圾聚集的地方：长椅下面');
    expect((screen.getByLabelText('小组名称') as HTMLInputElement).value).toBe('第3组');
  });

  test('a deleted survey comes back with 撤销删除', async () => {
    const { store } = setup();
    await startGroup();
    const zone = store.add('zone', { name: '花坛', area: null });
    if (!zone.ok || !zone.id) throw new Error('zone not added');
    fireEvent.click(await zones().findByRole('button', { name: '删除 一个区域 花坛' }));
    fireEvent.click(await screen.findByRole('button', { name: '撤销删除' }));
    await zones().findByRole('button', { name: '删除 一个区域 花坛' });
    expect(store.$data.get().records['zone']).toHaveLength(1);
  });

  test('a full storage is said at once, with the export at hand', async () => {
    const storage = new FakeStorage();
    setup(storage);
    await startGroup();
    storage.fill();
    type(zones().getByLabelText('区域名称'), '操场');
    fireEvent.click(zones().getByRole('button', { name: '添加一个区域' }));
    await waitFor(() =>
      expect(document.querySelector('.eck-save-state')?.textContent).toBe('未保存！'),
    );
    expect(screen.getByRole('alert').textContent).toMatch(/存储空间满了/);
  });

  test.each([
    ['full (quota)', new DOMException('full', 'QuotaExceededError'), /存储空间满了/],
    ['refused', new DOMException('gone', 'UnknownError'), /不让网站保存/],
  ])(
    'the durable copy (IndexedDB) %s: not saved, though localStorage took it',
    async (_, error, message) => {
      const storage = new FakeStorage();
      const durable = new MemoryDurable();
      setup(storage, durable);
      await startGroup();
      durable.failWrites = error;
      type(zones().getByLabelText('区域名称'), '操场');
      fireEvent.click(zones().getByRole('button', { name: '添加一个区域' }));
      await waitFor(() =>
        expect(document.querySelector('.eck-save-state')?.textContent).toBe('未保存！'),
      );
      expect(storage.data.get(key)).toContain('操场');
      expect(screen.getByRole('alert').textContent).toMatch(message);
      // Once IndexedDB takes it again, 再试一次保存 saves.
      durable.failWrites = undefined;
      fireEvent.click(screen.getByRole('button', { name: '再试一次保存' }));
      await waitFor(() =>
        expect(document.querySelector('.eck-save-state')?.textContent).toMatch(/^已保存 /),
      );
    },
  );
});

describe('the group name field follows the stored name', () => {
  const nameField = () => screen.getByLabelText('小组名称') as HTMLInputElement;

  test('renamed under the form (another tab, the durable copy): the field shows the new name', async () => {
    const { store } = setup();
    await startGroup();
    store.saveGroup('第9组');
    await waitFor(() => expect(nameField().value).toBe('第9组'));
  });

  test('a name the pupil is typing is not replaced', async () => {
    const { store } = setup();
    await startGroup();
    type(nameField(), '第8');
    store.saveGroup('第9组');
    await screen.findByRole('heading', { name: '调查记录' });
    await waitFor(() => expect(store.$data.get().group?.name).toBe('第9组'));
    expect(nameField().value).toBe('第8');
  });
});
