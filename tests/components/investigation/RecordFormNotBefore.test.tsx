// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import InvestigationRecord from '../../../src/islands/investigation/InvestigationRecord';
import { createInvestigationRecordStore } from '../../../src/stores/investigation/record';
import { InvestigationDefinitionSchema } from '../../../src/schemas/investigation/definition';
import { FakeStorage } from '../../unit/stores/fake-storage';

// A setup kind with one 放入样品的日期, and observations that may not be before it.
const def = InvestigationDefinitionSchema.parse({
  id: 'not-before-test',
  version: 1,
  title: '日期测试',
  lesson: 'not-before-test',
  vocabularies: {},
  kinds: [
    {
      id: 'setup',
      label: '实验准备',
      itemLabel: '实验准备',
      titleField: 'startDate',
      maxRecords: 1,
      fields: [{ id: 'startDate', type: 'date', label: '放入样品的日期' }],
    },
    {
      id: 'observation',
      label: '观察记录',
      itemLabel: '观察记录',
      titleField: 'date',
      maxRecords: 20,
      fields: [
        {
          id: 'date',
          type: 'date',
          label: '观察日期',
          notBefore: { kind: 'setup', field: 'startDate' },
        },
      ],
    },
  ],
  summaries: [],
  csv: [{ kind: 'observation', label: '观察', columns: ['group', 'date'] }],
});

const section = (name: string) =>
  within(screen.getByRole('heading', { name }).closest('section') as HTMLElement);
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

afterEach(cleanup);

describe('RecordForm: a date notBefore the setup record’s day', () => {
  test('no setup yet: any past day; then a day before the setup day is refused beside the field', async () => {
    const store = createInvestigationRecordStore(def, () => new FakeStorage());
    render(<InvestigationRecord definition={def} store={store} />);
    type(await screen.findByLabelText('小组名称'), '第3组');
    fireEvent.click(screen.getByRole('button', { name: '开始记录' }));
    await screen.findByRole('heading', { name: '观察记录' });

    const obs = () => section('观察记录');
    type(obs().getByLabelText('观察日期'), '2020-03-01');
    fireEvent.click(obs().getByRole('button', { name: '添加观察记录' }));
    await obs().findByText('已添加观察记录。');

    type(section('实验准备').getByLabelText('放入样品的日期'), '2020-03-10');
    fireEvent.click(section('实验准备').getByRole('button', { name: '添加实验准备' }));
    await section('实验准备').findByText('已添加实验准备。');
    // The page shows the setup record once the store has it.
    await section('实验准备').findByRole('list', { name: '已记录的实验准备' });

    type(obs().getByLabelText('观察日期'), '2020-03-09');
    fireEvent.click(obs().getByRole('button', { name: '添加观察记录' }));
    expect(await obs().findByText('观察日期不能早于放入样品的日期（2020-03-10）。')).toBeTruthy();
    expect(store.$data.get().records.observation).toHaveLength(1);

    type(obs().getByLabelText('观察日期'), '2020-03-10');
    fireEvent.click(obs().getByRole('button', { name: '添加观察记录' }));
    await obs().findByText('已添加观察记录。');
    expect(store.$data.get().records.observation?.map((r) => r.values.date)).toEqual([
      '2020-03-01',
      '2020-03-10',
    ]);
  });

  test('the setup day saved in the same task as the click is checked (the store, not the last render)', async () => {
    const store = createInvestigationRecordStore(def, () => new FakeStorage());
    render(<InvestigationRecord definition={def} store={store} />);
    type(await screen.findByLabelText('小组名称'), '第3组');
    fireEvent.click(screen.getByRole('button', { name: '开始记录' }));
    await screen.findByRole('heading', { name: '观察记录' });
    const obs = section('观察记录');
    type(obs.getByLabelText('观察日期'), '2020-03-09');
    // No render between the two: the form still shows the data without a setup record.
    expect(store.add('setup', { startDate: '2020-03-10' }).ok).toBe(true);
    fireEvent.click(obs.getByRole('button', { name: '添加观察记录' }));
    expect(await obs.findByText('观察日期不能早于放入样品的日期（2020-03-10）。')).toBeTruthy();
    expect(store.$data.get().records.observation ?? []).toHaveLength(0);
  });
});
