// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { ChartConfiguration } from 'chart.js';
import InvestigationClass from '../../../src/islands/investigation/InvestigationClass';
import { LOAD_NEAR_MARGIN } from '../../../src/islands/LoadNearScreen';
import { createInvestigationClassStore } from '../../../src/stores/investigation/class';
import { FakeStorage } from '../../unit/stores/fake-storage';
import { def, exportText, litterGroup } from '../../support/litter-data';

// jsdom has no canvas: chart.js is replaced by a stand-in that keeps what it was asked to draw.
const drawn = vi.hoisted(() => [] as { canvas: HTMLCanvasElement; config: ChartConfiguration }[]);
vi.mock('../../../src/islands/charts/chart-setup', () => ({
  Chart: class {
    constructor(canvas: HTMLCanvasElement, config: ChartConfiguration) {
      drawn.push({ canvas, config });
    }
    destroy() {}
  },
}));

const now = () => new Date('2026-11-30T10:00:00Z');
const g3 = litterGroup(3, '第3组', '操场', [12, 1, 3, 7], [5, 0, 1, 2]);
const g5 = litterGroup(5, '第5组', '食堂门口', [20, 0, 9, 11], [8, 0, 4, 6]);

/** Which observers see their target come near: the section's (LoadNearScreen) and/or the canvases'. */
let near: (margin: string | undefined) => boolean = () => true;
beforeEach(() => {
  drawn.length = 0;
  near = () => true;
  globalThis.IntersectionObserver = class {
    constructor(
      private readonly callback: IntersectionObserverCallback,
      private readonly options?: IntersectionObserverInit,
    ) {}
    observe(target: Element) {
      if (!near(this.options?.rootMargin)) return;
      const entry = { isIntersecting: true, target } as IntersectionObserverEntry;
      this.callback([entry], this as unknown as IntersectionObserver);
    }
    disconnect() {}
  } as unknown as typeof IntersectionObserver;
});
afterEach(cleanup);

async function importTwoGroups(definition = def) {
  const store = createInvestigationClassStore(definition, () => new FakeStorage(), now);
  render(<InvestigationClass definition={definition} store={store} />);
  const input = (await screen.findByLabelText('选择文件（可以一次选多个）')) as HTMLInputElement;
  const files = [g3, g5].map(
    (g) => new File([exportText(g)], `${g.group.name}.json`, { type: 'application/json' }),
  );
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
  await screen.findByRole('heading', { name: '已导入的小组（2）' });
}

const rows = (id: string) =>
  [...(document.querySelector(`table[data-chart="${id}"]`)?.querySelectorAll('tr') ?? [])].map(
    (tr) => [...tr.children].map((c) => c.textContent),
  );

describe('InvestigationClass charts (campus litter)', () => {
  test('each chart of the definition with a table of its numbers, a legend for two series', async () => {
    await importTwoGroups();
    await screen.findByRole('figure', { name: '每个区域两次调查的垃圾件数' });
    const section = screen.getByRole('region', { name: '全班结果的图' });
    expect(section.getAttribute('aria-busy')).toBeNull();
    const figures = within(section).getAllByRole('figure');
    expect(figures.map((f) => f.getAttribute('aria-labelledby'))).toEqual([
      'eck-chart-zones-title',
      'eck-chart-categories-title',
      'eck-chart-categories-before-after-title',
    ]);
    expect(
      within(section).getByRole('figure', { name: '每个区域两次调查的垃圾件数' }),
    ).toBeTruthy();
    expect(rows('zones')).toEqual([
      ['区域', '第一次（件）', '第二次（件）'],
      ['操场', '23', '8'],
      ['食堂门口', '40', '18'],
    ]);
    expect(rows('categories')).toEqual([
      ['类别', '全班合计（件）'],
      ['可回收物', '45'],
      ['有害垃圾', '1'],
      ['厨余垃圾', '17'],
      ['其他垃圾', '26'],
    ]);
    expect(rows('categories-before-after')).toEqual([
      ['类别', '第一次（件）', '第二次（件）'],
      ['可回收物', '32', '13'],
      ['有害垃圾', '1', '0'],
      ['厨余垃圾', '12', '5'],
      ['其他垃圾', '18', '8'],
    ]);
    const legend = within(figures[0] as HTMLElement).getByRole('list', { name: '图例' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((l) => l.textContent),
    ).toEqual(['第一次', '第二次']);
    // One series: the axis and the table say what it is, no legend.
    expect(within(figures[1] as HTMLElement).queryByRole('list', { name: '图例' })).toBeNull();
    expect(
      within(section)
        .getAllByRole('img', { name: /（图表，数字见下表）$/ })
        .map((c) => c.tagName),
    ).toEqual(['CANVAS', 'CANVAS', 'CANVAS']);
  });

  test('the canvases near the screen are drawn with the same numbers, Chinese labels and the unit', async () => {
    await importTwoGroups();
    await waitFor(() => expect(drawn).toHaveLength(3));
    const [zones, categories] = drawn.map((d) => d.config);
    expect(zones?.type).toBe('bar');
    expect(zones?.data.labels).toEqual(['操场', '食堂门口']);
    expect(zones?.data.datasets.map((d) => [d.label, d.data, d.backgroundColor])).toEqual([
      ['第一次', [23, 40], '#0072B2'],
      ['第二次', [8, 18], '#D55E00'],
    ]);
    expect(categories?.data.datasets[0]?.data).toEqual([45, 1, 17, 26]);
    const y = (zones?.options?.scales as Record<string, { title?: { text?: string } }>)['y'];
    expect(y?.title?.text).toBe('单位：件');
    expect(drawn.every((d) => d.canvas.dataset['drawn'] === 'true')).toBe(true);
  });

  test('nothing of the charts loads until the section nears the screen', async () => {
    near = (margin) => margin !== LOAD_NEAR_MARGIN;
    await importTwoGroups();
    const placeholder = screen.getByRole('region', { name: '全班结果的图' });
    expect(placeholder.getAttribute('aria-busy')).toBe('true');
    expect(within(placeholder).getByText('正在打开……')).toBeTruthy();
    expect(placeholder.querySelector('canvas')).toBeNull();
    expect(drawn).toEqual([]);
  });

  test('a definition without charts has no charts section', async () => {
    const { charts: _, ...without } = def;
    await importTwoGroups(without);
    expect(screen.getByRole('table', { name: /每个区域、每一类垃圾的件数/ })).toBeTruthy();
    expect(screen.queryByRole('region', { name: '全班结果的图' })).toBeNull();
  });
});
