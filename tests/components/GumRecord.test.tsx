// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import GumRecord from '../../src/islands/GumRecord';
import { SurveyPanel } from '../../src/islands/gum-record/SurveyPanel';
import { MeasurementPanel } from '../../src/islands/gum-record/MeasurementPanel';
import { DecompositionPanel } from '../../src/islands/gum-record/DecompositionPanel';
import { GUM_RECORD_KEY, createGumRecordStore } from '../../src/stores/gum-record';
import { FakeStorage } from '../unit/stores/fake-storage';
import { group } from '../unit/gum-fixtures';
import { compose } from './compose';
import { BEFORE_UPDATE_EVENT, draftKey } from '../../src/lib/form-draft';
import { draftRestoredMessage } from '../../src/islands/use-form-draft';
import { editedGoneMessage } from '../../src/islands/forms/use-record-form';

const today = '2026-03-10';

function makeStore(storage = new FakeStorage()) {
  const store = createGumRecordStore(() => storage);
  store.load();
  return { store, storage };
}

function withGroup() {
  const made = makeStore();
  made.store.saveGroup({ name: group.name, nicknames: group.nicknames });
  return made;
}

const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

afterEach(cleanup);

describe('GumRecord (the island)', () => {
  test('asks for the group first, says no real names are needed, then shows the sections', async () => {
    const { store, storage } = makeStore();
    render(<GumRecord store={store} />);
    await screen.findByText('不需要写真实姓名：写小组名称或编号就可以，组员可以用昵称。');
    expect(screen.queryByRole('heading', { name: '残胶清点' })).toBeNull();
    type(screen.getByLabelText('小组名称或编号'), '第3组');
    type(screen.getByLabelText(/组员昵称/), '小明、小红');
    fireEvent.click(screen.getByRole('button', { name: '开始记录' }));
    await screen.findByRole('heading', { name: '小组：第3组' });
    for (const h of ['残胶清点', '残胶测量', '分解观察日志', '导出小组数据']) {
      expect(screen.getByRole('heading', { name: h })).toBeTruthy();
    }
    expect(JSON.parse(storage.data.get(GUM_RECORD_KEY) ?? '{}').group.nicknames).toEqual([
      '小明',
      '小红',
    ]);
    expect(document.querySelector('.eck-save-state')?.textContent).toMatch(/^已保存 /);
  });

  test('an empty group name is refused beside the field', async () => {
    const { store } = makeStore();
    render(<GumRecord store={store} />);
    fireEvent.click(await screen.findByRole('button', { name: '开始记录' }));
    const name = screen.getByLabelText('小组名称或编号');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('group-name-error')?.textContent).toBe('请填写小组名称。');
    expect(name.getAttribute('aria-describedby')).toContain('group-name-error');
    expect(store.$gumRecord.get().group).toBeNull();
  });

  test('a full storage is reported at once, with export and retry at hand', async () => {
    const { store, storage } = withGroup();
    render(<GumRecord store={store} />);
    await screen.findByRole('heading', { name: '小组：第3组' });
    storage.fill();
    store.addSurvey({
      date: today,
      placeType: 'classroom',
      placeOther: '',
      placeName: '',
      areaSquareMetres: 1,
      lengthMetres: null,
      widthMetres: null,
      count: 1,
      note: '',
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('存储空间满了');
    expect(within(alert).getByRole('button', { name: '导出文件' })).toBeTruthy();
    storage.quota = Number.POSITIVE_INFINITY;
    fireEvent.click(within(alert).getByRole('button', { name: '再试一次保存' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(JSON.parse(storage.data.get(GUM_RECORD_KEY) ?? '{}').surveys).toHaveLength(1);
  });

  test('a damaged stored value is reported', async () => {
    const storage = new FakeStorage();
    storage.data.set(GUM_RECORD_KEY, '{"schemaVersion":2,');
    const store = createGumRecordStore(() => storage);
    render(<GumRecord store={store} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('1 处读不出来');
    fireEvent.click(within(alert).getByRole('button', { name: '知道了' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  test('a damaged value with no room for its backup: never "已保存", kept until the user chooses', async () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ schemaVersion: 2, group: { ...group, name: '' } });
    storage.data.set(GUM_RECORD_KEY, raw);
    storage.fill();
    const store = createGumRecordStore(() => storage);
    render(<GumRecord store={store} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('原来的数据没能另存');
    expect(alert.textContent).toContain('现在的改动还没有保存');
    expect(document.querySelector('.eck-save-state')?.textContent).toBe('未保存！');
    expect(within(alert).queryByRole('button', { name: '知道了' })).toBeNull();
    expect(within(alert).getByRole('button', { name: '下载原来的数据' })).toBeTruthy();
    store.saveGroup({ name: '第5组', nicknames: [] });
    expect(storage.data.get(GUM_RECORD_KEY)).toBe(raw);
    storage.quota = Number.POSITIVE_INFINITY;
    fireEvent.click(within(alert).getByRole('button', { name: '保存现在的内容' }));
    await waitFor(() =>
      expect(document.querySelector('.eck-save-state')?.textContent).toMatch(/^已保存 /),
    );
    expect(JSON.parse(storage.data.get(GUM_RECORD_KEY) ?? '{}').group.name).toBe('第5组');
  });
});

describe('SurveyPanel', () => {
  test('full-width digits are normalised on blur, never during IME composition', async () => {
    const { store } = withGroup();
    render(<SurveyPanel store={store} today={today} />);
    const count = screen.getByLabelText('残胶数量（块）') as HTMLInputElement;
    expect(count.type).toBe('text');
    expect(count.inputMode).toBe('numeric');
    compose(count, 'compositionstart');
    type(count, '１２');
    fireEvent.blur(count);
    await waitFor(() => expect(count.value).toBe('１２'));
    compose(count, 'compositionend');
    await waitFor(() => expect(count.value).toBe('12'));
    type(count, '３。５');
    fireEvent.blur(count);
    await waitFor(() => expect(count.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('survey-count-error')?.textContent).toBe(
      '残胶数量要填整数，不能有小数。',
    );
  });

  test('length × width shows the area; a valid survey is added with its density', async () => {
    const { store } = withGroup();
    render(<SurveyPanel store={store} today={today} />);
    fireEvent.change(screen.getByLabelText('地点类型'), { target: { value: 'campus' } });
    fireEvent.click(screen.getByLabelText('填长和宽'));
    type(await screen.findByLabelText('长（米）'), '４０');
    type(screen.getByLabelText('宽（米）'), '25。5');
    await screen.findByText('面积 = 1020 平方米');
    type(screen.getByLabelText('残胶数量（块）'), '102');
    fireEvent.click(screen.getByRole('button', { name: '添加清点记录' }));
    const item = await screen.findByRole('listitem');
    expect(item.textContent).toContain(
      '面积 1020 平方米（40 米 × 25.5 米），残胶 102 块；每平方米 0.1 块，每 100 平方米 10 块',
    );
    expect(store.$gumRecord.get().surveys[0]).toMatchObject({
      lengthMetres: 40,
      widthMetres: 25.5,
      areaSquareMetres: 1020,
    });
  });

  test('bad input is refused beside each field and nothing is stored', async () => {
    const { store } = withGroup();
    render(<SurveyPanel store={store} today={today} />);
    type(screen.getByLabelText('日期'), '2026-03-11');
    type(screen.getByLabelText('面积（平方米）'), '0');
    type(screen.getByLabelText('残胶数量（块）'), '-3');
    fireEvent.click(screen.getByRole('button', { name: '添加清点记录' }));
    await screen.findByText('有几项需要改一改，请看红字。');
    expect(document.getElementById('survey-date-error')?.textContent).toBe(
      '日期不能是将来的日子（今天是 2026-03-10）。',
    );
    expect(document.getElementById('survey-place-type-error')?.textContent).toBe(
      '请选择地点类型。',
    );
    expect(document.getElementById('survey-area-error')?.textContent).toBe(
      '面积不能小于 0.01 平方米。',
    );
    expect(document.getElementById('survey-count-error')?.textContent).toBe('残胶数量不能是负数。');
    expect(store.$gumRecord.get().surveys).toEqual([]);
  });

  test('notes show as text with their length; edit and delete work', async () => {
    const { store } = withGroup();
    render(<SurveyPanel store={store} today={today} />);
    fireEvent.change(screen.getByLabelText('地点类型'), { target: { value: 'classroom' } });
    type(screen.getByLabelText('面积（平方米）'), '48');
    type(screen.getByLabelText('残胶数量（块）'), '12');
    const note = '<script>alert(1)</script><b>粗</b>';
    type(screen.getByLabelText(/备注/), note);
    await screen.findByText(`${note.length}/200 字`);
    fireEvent.click(screen.getByRole('button', { name: '添加清点记录' }));
    const item = await screen.findByRole('listitem');
    expect(item.textContent).toContain(`备注：${note}`);
    expect(item.querySelector('script, b')).toBeNull();

    fireEvent.click(within(item).getByRole('button', { name: /^修改/ }));
    const count = screen.getByLabelText('残胶数量（块）') as HTMLInputElement;
    await waitFor(() => expect(count.value).toBe('12'));
    type(count, '13');
    fireEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await screen.findByText(/残胶 13 块/);
    expect(store.$gumRecord.get().surveys).toHaveLength(1);

    fireEvent.click(within(screen.getByRole('listitem')).getByRole('button', { name: /^删除/ }));
    await waitFor(() => expect(screen.queryByRole('listitem')).toBeNull());
    expect(store.$undo.get()?.label).toBe('一条清点记录');
    store.undoDelete();
    await screen.findByText(/残胶 13 块/);
  });
});

describe('MeasurementPanel', () => {
  test('surface and difficulty are required; the diameter gives πr²', async () => {
    const { store } = withGroup();
    render(<MeasurementPanel store={store} />);
    fireEvent.click(screen.getByRole('button', { name: '添加测量记录' }));
    await screen.findByText('请选择表面。');
    expect(screen.getByText('请选择取下的难易程度。')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('塑料'));
    fireEvent.click(screen.getByLabelText('很难'));
    type(screen.getByLabelText(/压扁后的直径/), '５１');
    fireEvent.blur(screen.getByLabelText(/压扁后的直径/));
    await screen.findByText('直径不能超过 50 厘米。');
    type(screen.getByLabelText(/压扁后的直径/), '4');
    fireEvent.click(screen.getByRole('button', { name: '添加测量记录' }));
    const item = await screen.findByRole('listitem');
    expect(item.textContent).toContain(
      '塑料 · 很难：直径 4 厘米，面积 = 3.14 × 2 × 2 ≈ 12.56 平方厘米',
    );
  });
});

describe('grades (issue 11): the forms ask only for the maths the grade has learned', () => {
  function groupOfGrade(grade: 1 | 2 | 3 | 4 | 5 | 6) {
    const made = makeStore();
    made.store.saveGroup({ name: group.name, nicknames: [], grade });
    return made;
  }
  const survey = {
    date: today,
    placeType: 'classroom' as const,
    placeOther: '',
    placeName: '',
    lengthMetres: null,
    widthMetres: null,
    note: '',
  };

  test('the group form chooses the grade; without one the page says what it shows', async () => {
    const { store } = withGroup();
    render(<GumRecord store={store} />);
    await screen.findByRole('heading', { name: '小组：第3组' });
    expect(screen.getByRole('note').textContent).toContain('还没有选年级');
    fireEvent.click(screen.getByRole('button', { name: '修改小组信息' }));
    fireEvent.click(screen.getByLabelText('二年级'));
    fireEvent.click(screen.getByRole('button', { name: '保存小组信息' }));
    await screen.findByText('年级：二年级');
    expect(screen.queryByRole('note')).toBeNull();
    expect(store.$gumRecord.get().group?.grade).toBe(2);
  });

  test('grade 2: surveys only count, no area field, no density', async () => {
    const { store } = groupOfGrade(2);
    render(<SurveyPanel store={store} today={today} />);
    expect(screen.queryByLabelText(/面积/)).toBeNull();
    expect(screen.queryByText('面积怎么填')).toBeNull();
    fireEvent.change(screen.getByLabelText('地点类型'), { target: { value: 'classroom' } });
    type(screen.getByLabelText('残胶数量（块）'), '５');
    fireEvent.click(screen.getByRole('button', { name: '添加清点记录' }));
    const item = await screen.findByRole('listitem');
    expect(item.textContent).toContain('残胶 5 块（没有量面积）');
    expect(document.body.textContent).not.toMatch(/每平方米|每 10 平方米|每 100 平方米|\d\.\d/);
    expect(store.$gumRecord.get().surveys[0]).toMatchObject({ areaSquareMetres: null, count: 5 });
  });

  test('grade 2: an older survey with an area keeps its area when edited', async () => {
    const { store } = groupOfGrade(2);
    store.addSurvey({ ...survey, areaSquareMetres: 12.5, count: 3 });
    render(<SurveyPanel store={store} today={today} />);
    fireEvent.click(screen.getByRole('button', { name: /^修改/ }));
    const area = (await screen.findByLabelText('面积（平方米）')) as HTMLInputElement;
    expect(area.value).toBe('12.5');
    fireEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await screen.findByText('已修改这条清点记录。');
    expect(store.$gumRecord.get().surveys[0]?.areaSquareMetres).toBe(12.5);
  });

  test('grade 4: whole square metres, densities per 10 and 100 m² as whole numbers', async () => {
    const { store } = groupOfGrade(4);
    render(<SurveyPanel store={store} today={today} />);
    fireEvent.change(screen.getByLabelText('地点类型'), { target: { value: 'classroom' } });
    const area = screen.getByLabelText('面积（整平方米）');
    type(area, '12.5');
    fireEvent.blur(area);
    await screen.findByText('面积要填整数，不能有小数。');
    type(area, '48');
    type(screen.getByLabelText('残胶数量（块）'), '6');
    fireEvent.click(screen.getByRole('button', { name: '添加清点记录' }));
    const item = await screen.findByRole('listitem');
    expect(item.textContent).toContain(
      '面积 48 平方米，残胶 6 块；每 10 平方米约 1 块，每 100 平方米约 13 块',
    );
    expect(screen.getByRole('table').textContent).toContain('每 10 平方米');
    expect(document.body.textContent).not.toMatch(/每平方米|\d\.\d/);
  });

  test('grade 6 (and no grade): decimals per m² as before', async () => {
    const { store } = groupOfGrade(6);
    store.addSurvey({ ...survey, areaSquareMetres: 48, count: 6 });
    render(<SurveyPanel store={store} today={today} />);
    expect(screen.getByRole('listitem').textContent).toContain(
      '每平方米 0.13 块，每 100 平方米 12.5 块',
    );
  });

  test.each([
    [1, null, ['压扁后的直径', '最宽的地方', '方格']],
    [2, '最宽的地方有几厘米', ['压扁后的直径', '方格', '3.14']],
    [3, '占了几个 1 厘米方格', ['压扁后的直径', '最宽的地方', '3.14']],
    [5, '占了几个 1 厘米方格', ['压扁后的直径', '最宽的地方', '3.14']],
    [6, '压扁后的直径（厘米）', ['最宽的地方', '方格']],
  ] as const)('grade %i measures with %s', (grade, label, absent) => {
    const { store } = groupOfGrade(grade);
    render(<MeasurementPanel store={store} />);
    if (label)
      expect(screen.getByLabelText(new RegExp(label.replace(/[()（）]/g, '.')))).toBeTruthy();
    for (const a of absent) expect(document.body.textContent).not.toContain(a);
  });

  test('grade 2 records the widest part in whole cm; grade 4 the squares', async () => {
    const { store } = groupOfGrade(2);
    render(<MeasurementPanel store={store} />);
    fireEvent.click(screen.getByLabelText('纸'));
    fireEvent.click(screen.getByLabelText('较难'));
    type(screen.getByLabelText(/最宽的地方有几厘米/), '2.5');
    fireEvent.click(screen.getByRole('button', { name: '添加测量记录' }));
    await screen.findByText('最宽的地方要填整数，不能有小数。');
    type(screen.getByLabelText(/最宽的地方有几厘米/), '３');
    fireEvent.click(screen.getByRole('button', { name: '添加测量记录' }));
    expect((await screen.findByRole('listitem')).textContent).toContain('最宽的地方 3 厘米');
    expect(store.$gumRecord.get().measurements[0]).toMatchObject({ widestCm: 3, diameterCm: null });
    cleanup();

    const four = groupOfGrade(4);
    render(<MeasurementPanel store={four.store} />);
    fireEvent.click(screen.getByLabelText('纸'));
    fireEvent.click(screen.getByLabelText('较难'));
    type(screen.getByLabelText(/占了几个 1 厘米方格/), '12');
    fireEvent.click(screen.getByRole('button', { name: '添加测量记录' }));
    expect((await screen.findByRole('listitem')).textContent).toContain(
      '占了 12 个方格，面积约 12 平方厘米',
    );
    expect(four.store.$gumRecord.get().measurements[0]).toMatchObject({ squares: 12 });
  });
});

describe('DecompositionPanel', () => {
  test('setup, a prediction, then a check with day numbers; predictions lock', async () => {
    const { store } = withGroup();
    render(<DecompositionPanel store={store} today={today} />);
    type(screen.getByLabelText('开始日期（第 0 天）'), '2026-03-02');
    fireEvent.click(screen.getByLabelText('食醋'));
    fireEvent.click(screen.getByRole('button', { name: '保存实验设置' }));
    await screen.findByText(/样品放在土埋、自来水、洗衣粉水；/);

    type(screen.getByLabelText(/^昵称/), '小明');
    fireEvent.change(screen.getByLabelText('哪一种东西变化最大'), { target: { value: 'paper' } });
    fireEvent.change(screen.getByLabelText('哪一种几乎不变'), { target: { value: 'paper' } });
    fireEvent.change(screen.getByLabelText('在哪里变化最大'), { target: { value: 'tapWater' } });
    fireEvent.click(screen.getByRole('button', { name: '添加预测' }));
    await screen.findByText('变化最大和几乎不变的不能是同一种样品。');
    fireEvent.change(screen.getByLabelText('哪一种几乎不变'), { target: { value: 'gum' } });
    fireEvent.click(screen.getByRole('button', { name: '添加预测' }));
    await screen.findByText(/变化最大的是废纸/);

    type(screen.getByLabelText('观察日期'), '2026-03-01');
    fireEvent.click(screen.getByRole('button', { name: '添加观察记录' }));
    await screen.findByText('观察日期不能早于实验开始的日子（2026-03-02）。');
    expect(screen.getByText('至少给一个样品选一个状态。')).toBeTruthy();

    type(screen.getByLabelText('观察日期'), '2026-03-09');
    await screen.findByText('第 7 天');
    fireEvent.change(screen.getByLabelText('废纸 · 自来水'), { target: { value: 'clear' } });
    type(screen.getByLabelText('废纸 · 自来水 大小（厘米）'), '３');
    fireEvent.click(screen.getByRole('button', { name: '添加观察记录' }));
    await waitFor(() =>
      expect(document.body.textContent).toContain('已观察 1 天（共 1 次），最近一次是第 7 天。'),
    );
    expect(screen.getByText('明显变化（第 7 天）')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '添加预测' })).toBeNull();
    expect(store.$gumRecord.get().decomposition.observations[0]?.entries).toEqual([
      { item: 'paper', medium: 'tapWater', state: 'clear', sizeCm: 3, note: '' },
    ]);
  });
});

describe('the record being edited is deleted (issue 14: the forms share one state machine)', () => {
  const editButtons = () => screen.queryAllByRole('button', { name: /^修改/ });
  const setUp = async () => {
    const made = withGroup();
    render(<DecompositionPanel store={made.store} today={today} />);
    type(screen.getByLabelText('开始日期（第 0 天）'), '2026-03-02');
    fireEvent.click(screen.getByLabelText('食醋'));
    fireEvent.click(screen.getByRole('button', { name: '保存实验设置' }));
    await screen.findByText(/样品放在土埋、自来水、洗衣粉水；/);
    return made;
  };

  test('the prediction form leaves edit mode and is blank again', async () => {
    await setUp();
    type(screen.getByLabelText(/^昵称/), '小明');
    fireEvent.change(screen.getByLabelText('哪一种东西变化最大'), { target: { value: 'paper' } });
    fireEvent.change(screen.getByLabelText('哪一种几乎不变'), { target: { value: 'gum' } });
    fireEvent.change(screen.getByLabelText('在哪里变化最大'), { target: { value: 'tapWater' } });
    fireEvent.click(screen.getByRole('button', { name: '添加预测' }));
    const item = await screen.findByText(/变化最大的是废纸/);
    fireEvent.click(
      within(item.closest('li') as HTMLElement).getByRole('button', { name: /^修改/ }),
    );
    await screen.findByRole('heading', { name: '修改预测' });
    fireEvent.click(
      within(item.closest('li') as HTMLElement).getByRole('button', { name: /^删除/ }),
    );
    await screen.findByRole('heading', { name: '添加一条预测' });
    expect(screen.queryByRole('button', { name: '保存修改' })).toBeNull();
    expect((screen.getByLabelText(/^昵称/) as HTMLInputElement).value).toBe('');
    expect(screen.getByText(editedGoneMessage)).toBeTruthy();
  });

  test('the observation form leaves edit mode and is blank again', async () => {
    const { store } = await setUp();
    type(screen.getByLabelText('观察日期'), '2026-03-09');
    fireEvent.change(screen.getByLabelText('废纸 · 自来水'), { target: { value: 'clear' } });
    fireEvent.click(screen.getByRole('button', { name: '添加观察记录' }));
    fireEvent.click(await screen.findByRole('button', { name: '修改 第 7 天的观察' }));
    await screen.findByRole('heading', { name: '修改观察' });
    const id = store.$gumRecord.get().decomposition.observations[0]?.id ?? '';
    // Removed elsewhere (another tab, an undo of an import): the form follows all the same.
    store.remove('observations', id);
    await screen.findByRole('heading', { name: '添加一次观察' });
    expect(screen.queryByRole('button', { name: '保存修改' })).toBeNull();
    expect((screen.getByLabelText('废纸 · 自来水') as HTMLSelectElement).value).toBe('');
    expect(screen.getByText(editedGoneMessage)).toBeTruthy();
  });

  test('the survey and measurement forms too', async () => {
    const { store } = withGroup();
    render(
      <>
        <SurveyPanel store={store} today={today} />
        <MeasurementPanel store={store} />
      </>,
    );
    fireEvent.change(screen.getByLabelText('地点类型'), { target: { value: 'classroom' } });
    type(screen.getByLabelText('面积（平方米）'), '48');
    type(screen.getByLabelText('残胶数量（块）'), '12');
    fireEvent.click(screen.getByRole('button', { name: '添加清点记录' }));
    fireEvent.click(screen.getByLabelText('塑料'));
    fireEvent.click(screen.getByLabelText('很难'));
    type(screen.getByLabelText(/压扁后的直径/), '4');
    fireEvent.click(screen.getByRole('button', { name: '添加测量记录' }));
    await waitFor(() => expect(editButtons()).toHaveLength(2));
    for (const b of editButtons()) fireEvent.click(b);
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: '保存修改' })).toHaveLength(2),
    );
    for (const b of screen.getAllByRole('button', { name: /^删除/ })) fireEvent.click(b);
    await waitFor(() => expect(screen.queryAllByRole('button', { name: '保存修改' })).toEqual([]));
    expect((screen.getByLabelText('残胶数量（块）') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText(/压扁后的直径/) as HTMLInputElement).value).toBe('');
    expect(screen.getAllByText(editedGoneMessage)).toHaveLength(2);
  });
});

describe('unsent input across a reload', () => {
  afterEach(() => sessionStorage.clear());

  test.each([BEFORE_UPDATE_EVENT, 'pagehide'])(
    '%s keeps the half-filled survey form; the next page shows it again and says so',
    async (event) => {
      const { store, storage } = withGroup();
      const saved = storage.getItem(GUM_RECORD_KEY);
      const first = render(<SurveyPanel store={store} today={today} />);
      type(screen.getByLabelText(/^地点名称/), '三楼<script>楼道');
      type(screen.getByLabelText('残胶数量（块）'), '１２');
      window.dispatchEvent(new Event(event));
      expect(JSON.parse(sessionStorage.getItem(draftKey('gum-survey')) ?? 'null')).toMatchObject({
        fields: { placeName: '三楼<script>楼道', count: '１２' },
        editing: '',
      });
      first.unmount();

      render(<SurveyPanel store={store} today={today} />);
      await waitFor(() =>
        expect((screen.getByLabelText(/^地点名称/) as HTMLInputElement).value).toBe(
          '三楼<script>楼道',
        ),
      );
      expect((screen.getByLabelText('残胶数量（块）') as HTMLInputElement).value).toBe('１２');
      expect(screen.getByText(draftRestoredMessage)).toBeTruthy();
      // The draft is used once, and nothing saved changed.
      expect(sessionStorage.getItem(draftKey('gum-survey'))).toBeNull();
      expect(storage.getItem(GUM_RECORD_KEY)).toBe(saved);
    },
  );

  test('a blank form leaves no draft; a damaged draft is ignored', async () => {
    const { store } = withGroup();
    const first = render(<SurveyPanel store={store} today={today} />);
    window.dispatchEvent(new Event(BEFORE_UPDATE_EVENT));
    expect(sessionStorage.getItem(draftKey('gum-survey'))).toBeNull();
    first.unmount();
    sessionStorage.setItem(draftKey('gum-survey'), '{"fields":{"placeName":3}');
    render(<SurveyPanel store={store} today={today} />);
    expect((screen.getByLabelText(/^地点名称/) as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(draftRestoredMessage)).toBeNull();
    expect(sessionStorage.getItem(draftKey('gum-survey'))).toBeNull();
  });
});
