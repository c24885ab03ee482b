// @vitest-environment jsdom
/**
 * A field asked only of some school years (`grades` in the definition): the gum experiment's
 * area, sides, diameter, widest part and squares are on the form of the years that have learnt
 * that maths, and off the others'; a group without a grade sees them all.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import InvestigationRecord from '../../../src/islands/investigation/InvestigationRecord';
import { gumResidueDefinition as def } from '../../../src/lib/investigation/definitions';
import { gumGroupStore } from './gum-store';
import type { GroupDetails } from '../../../src/schemas/investigation/records';

const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

function setup(grade?: GroupDetails['grade']) {
  const { store, stored } = gumGroupStore(grade === undefined ? {} : { grade });
  render(<InvestigationRecord definition={def} store={store} />);
  return { store, stored };
}
const section = async (title: string) =>
  within((await screen.findByRole('heading', { name: title })).closest('section') as HTMLElement);
const labels = (s: ReturnType<typeof within>) =>
  s
    .getAllByRole('textbox')
    .map((e: HTMLElement) =>
      ((e as HTMLInputElement).labels?.[0]?.textContent ?? '').replace(/（可不填）$/, ''),
    );

afterEach(cleanup);

describe('fields asked of some school years', () => {
  test('grade 2: no area, sides, diameter or squares; the widest part in cm; a survey saves without area', async () => {
    const { stored } = setup(2);
    const survey = await section('残胶清点');
    expect(labels(survey)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/面积|长（米）|宽（米）/)]),
    );
    const measurement = await section('残胶测量');
    expect(labels(measurement)).toContain('最宽的地方（厘米）');
    expect(labels(measurement).join('|')).not.toMatch(/直径|方格数/);

    fireEvent.change(survey.getByLabelText('地点类型'), { target: { value: 'corridor' } });
    type(survey.getByLabelText('残胶数量（块）'), '7');
    fireEvent.click(survey.getByRole('button', { name: '添加一条清点记录' }));
    await survey.findByText('已添加一条清点记录。');
    expect(stored()['survey']?.[0]?.values).toMatchObject({
      count: 7,
      areaSquareMetres: null,
      lengthMetres: null,
      widthMetres: null,
    });
  });

  test('grade 6: area, sides and the diameter, not the widest part or squares', async () => {
    setup(6);
    const survey = await section('残胶清点');
    expect(labels(survey)).toEqual(
      expect.arrayContaining(['面积（平方米）', '长（米）', '宽（米）']),
    );
    const measurement = await section('残胶测量');
    expect(labels(measurement)).toContain('直径（厘米）');
    expect(labels(measurement).join('|')).not.toMatch(/最宽的地方|方格数/);
  });

  test('grade 4: the squares; no grade: every field; an edit keeps a field with a value', async () => {
    setup(4);
    expect(labels(await section('残胶测量'))).toContain('方格数（格）');
    cleanup();
    setup();
    const all = labels(await section('残胶测量'));
    for (const l of ['直径（厘米）', '最宽的地方（厘米）', '方格数（格）'])
      expect(all).toContain(l);
    cleanup();
    // A grade-2 group's record with a diameter (typed before the grade was set): its edit
    // shows the diameter, so saving does not drop it.
    const { store, stored } = setup(2);
    const added = store.add('measurement', {
      surface: 'paper',
      difficulty: 'hard',
      diameterCm: 2,
      widestCm: null,
      squares: null,
      note: null,
    });
    expect(added.ok).toBe(true);
    const measurement = await section('残胶测量');
    fireEvent.click(await measurement.findByRole('button', { name: /^修改/ }));
    expect((measurement.getByLabelText(/^直径（厘米）/) as HTMLInputElement).value).toBe('2');
    fireEvent.click(measurement.getByRole('button', { name: '保存修改' }));
    await measurement.findByText('已保存修改。');
    expect(stored()['measurement']?.[0]?.values['diameterCm']).toBe(2);
  });
});

describe('derived values shown to some school years', () => {
  const addSides = async () => {
    const survey = await section('残胶清点');
    fireEvent.change(survey.getByLabelText('地点类型'), { target: { value: 'corridor' } });
    type(survey.getByLabelText(/^长（米）/), '8');
    type(survey.getByLabelText(/^宽（米）/), '6');
    type(survey.getByLabelText('残胶数量（块）'), '6');
    fireEvent.click(survey.getByRole('button', { name: '添加一条清点记录' }));
    await survey.findByText('已添加一条清点记录。');
    return (await screen.findByRole('list', { name: '已记录的残胶清点' })).textContent ?? '';
  };

  test.each<[string, GroupDetails['grade'] | undefined, string[], string[]]>([
    [
      'grade 4: a whole number per 100 m², no decimals',
      4,
      ['每 100 平方米残胶约 13 块'],
      ['每平方米残胶', '12.5'],
    ],
    [
      'grade 6: per m² and per 100 m² with decimals',
      6,
      ['每平方米残胶 0.125 块', '每 100 平方米残胶 12.5 块'],
      ['约'],
    ],
    [
      'no grade: as grade 6, not the whole number too',
      undefined,
      ['每平方米残胶 0.125 块', '每 100 平方米残胶 12.5 块'],
      ['约'],
    ],
  ])('%s', async (_, grade, shown, hidden) => {
    setup(grade);
    const text = await addSides();
    // The area filled from the sides (filledFrom) in every case.
    expect(text).toContain('面积 48 平方米');
    for (const s of shown) expect(text).toContain(s);
    for (const h of hidden) expect(text).not.toContain(h);
  });
});
