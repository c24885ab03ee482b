// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import GumClass from '../../src/islands/GumClass';
import { LOAD_NEAR_MARGIN } from '../../src/islands/LoadNearScreen';
import { GUM_CLASS_KEY, createGumClassStore } from '../../src/stores/gum-class';
import type { StorageEngine } from '../../src/stores/persisted';
import { encodeShareFragment } from '../../src/lib/share/encode-share';
import { makeGroupExport } from '../support/gum-data';

function memoryEngine(): StorageEngine & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

const jsonFile = (name: string, value: unknown) =>
  new File([typeof value === 'string' ? value : JSON.stringify(value)], name, {
    type: 'application/json',
  });

function choose(files: File[]) {
  const input = screen.getByLabelText('选择文件（可多选）') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

beforeEach(() => {
  // Sections that load near the screen load at once; charts stay undrawn here (jsdom has no
  // canvas). The browser tests draw them.
  globalThis.IntersectionObserver = class {
    constructor(
      private readonly callback: IntersectionObserverCallback,
      private readonly options?: IntersectionObserverInit,
    ) {}
    observe(target: Element) {
      if (this.options?.rootMargin !== LOAD_NEAR_MARGIN) return;
      const entry = { isIntersecting: true, target } as IntersectionObserverEntry;
      this.callback([entry], this as unknown as IntersectionObserver);
    }
    disconnect() {}
  } as unknown as typeof IntersectionObserver;
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('GumClass', () => {
  test('files are imported, reported and charted; the same file again adds nothing', async () => {
    const engine = memoryEngine();
    render(<GumClass store={createGumClassStore(() => engine)} />);
    await screen.findByText(/还没有小组的数据/);
    choose([jsonFile('一组.json', makeGroupExport(1)), jsonFile('二组.json', makeGroupExport(2))]);
    await screen.findByText('导入了 2 个文件。');
    expect(screen.getByText(/第1组（新小组）：新增 8 条/)).toBeTruthy();
    await screen.findByRole('heading', { name: '已导入的小组（2 个）' });
    await screen.findByRole('table', { name: '各小组的记录数' });
    expect(screen.getAllByRole('img', { name: /图表，数字见下表/ }).length).toBeGreaterThan(0);

    const stored = engine.items.get(GUM_CLASS_KEY);
    choose([jsonFile('一组.json', makeGroupExport(1))]);
    await screen.findByText(/新增 0 条，更新 0 条，已有未变 8 条/);
    expect(engine.items.get(GUM_CLASS_KEY)).toBe(stored);
  });

  test('a grade-2 group (count only, no areas) next to a file without a grade', async () => {
    const engine = memoryEngine();
    render(<GumClass store={createGumClassStore(() => engine)} />);
    await screen.findByText(/还没有小组的数据/);
    const old = makeGroupExport(1, { surveys: 1, measurements: 1, observations: 0 });
    const counted = makeGroupExport(2, { surveys: 2, measurements: 1, observations: 0 });
    counted.group = { ...counted.group, grade: 2 };
    counted.surveys = counted.surveys.map((x) => ({ ...x, areaSquareMetres: null }));
    counted.measurements = counted.measurements.map((x) => ({
      ...x,
      diameterCm: null,
      widestCm: 3,
    }));
    choose([jsonFile('一组.json', old), jsonFile('二组.json', counted)]);
    await screen.findByText('导入了 2 个文件。');
    const totals = await screen.findByRole('table', { name: '各小组的记录数' });
    const rowOf = () =>
      [...totals.querySelectorAll('tbody tr')].find((r) =>
        r.textContent?.includes(counted.group.name),
      );
    const row = await waitFor(() => {
      const r = rowOf();
      expect(r).toBeTruthy();
      return r;
    });
    // Residues counted, no area and no density for the group that only counted.
    const residues = counted.surveys.reduce((n, x) => n + x.count, 0);
    expect([...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      '2',
      String(residues),
      '0',
      '—',
      '1',
      '0',
    ]);
    const stored = JSON.parse(engine.items.get(GUM_CLASS_KEY) ?? '{}');
    const g2 = stored.groups.find(
      (g: { group: { id: string } }) => g.group.id === counted.group.id,
    );
    expect(g2.group.grade).toBe(2);
    expect(g2.measurements[0].widestCm).toBe(3);
    const g1 = stored.groups.find((g: { group: { id: string } }) => g.group.id === old.group.id);
    expect('grade' in g1.group).toBe(false);
  });

  test('a bad file is named, marked beside the file field, and changes nothing', async () => {
    const engine = memoryEngine();
    render(<GumClass store={createGumClassStore(() => engine)} />);
    await screen.findByText(/还没有小组的数据/);
    choose([jsonFile('坏.json', { ...makeGroupExport(1), extra: '<script>' })]);
    await screen.findByText('“坏.json”没有导入：');
    const input = screen.getByLabelText('选择文件（可多选）');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('eck-import-reports');
    expect(engine.items.get(GUM_CLASS_KEY)).toBeUndefined();
    expect(screen.getByText(/还没有小组的数据/)).toBeTruthy();
  });

  test('group names are shown as text, never as HTML', async () => {
    const file = makeGroupExport(1);
    file.group = { ...file.group, name: '<img src=x>' };
    const { container } = render(<GumClass store={createGumClassStore(() => memoryEngine())} />);
    await screen.findByText(/还没有小组的数据/);
    choose([jsonFile('x.json', file)]);
    await screen.findByRole('rowheader', { name: '<img src=x>' });
    expect(container.querySelector('img')).toBeNull();
  });

  test('a group is removed and brought back with undo', async () => {
    render(<GumClass store={createGumClassStore(() => memoryEngine())} />);
    await screen.findByText(/还没有小组的数据/);
    choose([jsonFile('a.json', makeGroupExport(1)), jsonFile('b.json', makeGroupExport(2))]);
    fireEvent.click(await screen.findByRole('button', { name: '删除“第1组”的数据' }));
    await screen.findByRole('heading', { name: '已导入的小组（1 个）' });
    expect(screen.getByText(/已删除“第1组”的数据/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '撤销删除' }));
    await screen.findByRole('heading', { name: '已导入的小组（2 个）' });
  });

  test('records deleted on the tablet: the report says so and the file can replace the group', async () => {
    render(<GumClass store={createGumClassStore(() => memoryEngine())} />);
    await screen.findByText(/还没有小组的数据/);
    const full = makeGroupExport(1, { surveys: 3 });
    choose([jsonFile('早.json', full)]);
    await screen.findByRole('heading', { name: '已导入的小组（1 个）' });
    choose([jsonFile('晚.json', { ...full, surveys: full.surveys.slice(1) })]);
    await screen.findByText(/全班数据里另有 1 条这个文件里没有的记录/);
    fireEvent.click(screen.getByRole('button', { name: '只保留这个文件里“第1组”的记录' }));
    await screen.findByText(/已用文件替换“第1组”的数据/);
    expect(screen.queryByRole('button', { name: /只保留这个文件里/ })).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('table', { name: '各小组的记录数' }).textContent).toContain('全班2'),
    );
    fireEvent.click(screen.getByRole('button', { name: '撤销替换' }));
    await waitFor(() =>
      expect(screen.getByRole('table', { name: '各小组的记录数' }).textContent).toContain('全班3'),
    );
  });

  test('a share link in the address is offered, cleared from the address, and added', async () => {
    window.location.hash = await encodeShareFragment(makeGroupExport(3));
    render(<GumClass store={createGumClassStore(() => memoryEngine())} />);
    await screen.findByRole('heading', { name: '收到一个小组的分享链接' });
    expect(window.location.hash).toBe('');
    expect(screen.getByText(/“第3组”的数据，共 8 条记录/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '加到全班数据' }));
    await screen.findByRole('heading', { name: '已导入的小组（1 个）' });
  });

  test('a broken share link is refused with a message', async () => {
    window.location.hash = 'eck-gum1.AAAAAAAA';
    render(<GumClass store={createGumClassStore(() => memoryEngine())} />);
    await screen.findByText(/分享链接没有导入：链接里的数据不完整/);
    await waitFor(() => expect(window.location.hash).toBe(''));
  });

  test('a link pasted into the class view is offered without touching the address', async () => {
    const fragment = await encodeShareFragment(makeGroupExport(4));
    render(<GumClass store={createGumClassStore(() => memoryEngine())} />);
    await screen.findByText(/还没有小组的数据/);
    const input = screen.getByLabelText('粘贴分享链接');
    fireEvent.input(input, { target: { value: `http://school.lan/eco-kit/class/\n#${fragment}` } });
    fireEvent.click(screen.getByRole('button', { name: '读取链接' }));
    await screen.findByRole('heading', { name: '收到一个小组的分享链接' });
    expect(screen.getByText(/“第4组”的数据/)).toBeTruthy();
    expect(window.location.hash).toBe('');
  });

  test('pasting something that is not a link says so beside the field', async () => {
    render(<GumClass store={createGumClassStore(() => memoryEngine())} />);
    await screen.findByText(/还没有小组的数据/);
    fireEvent.input(screen.getByLabelText('粘贴分享链接'), {
      target: { value: '<script>x</script>' },
    });
    fireEvent.click(screen.getByRole('button', { name: '读取链接' }));
    await screen.findByText('这不是分享链接：链接里应该有“#eck-gum1.”。');
    expect(screen.getByLabelText('粘贴分享链接').getAttribute('aria-invalid')).toBe('true');
  });

  test('a second link that arrives before the first is answered waits its turn', async () => {
    const store = createGumClassStore(() => memoryEngine());
    render(<GumClass store={store} />);
    await screen.findByText(/还没有小组的数据/);
    await store.readLink(await encodeShareFragment(makeGroupExport(5)));
    await store.readLink(await encodeShareFragment(makeGroupExport(6)));
    await screen.findByText(/“第5组”的数据/);
    await screen.findByText('后面还有 1 个分享链接等着处理。');
    fireEvent.click(screen.getByRole('button', { name: '不加' }));
    await screen.findByText(/“第6组”的数据/);
    expect(screen.queryByText(/后面还有/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '加到全班数据' }));
    await screen.findByRole('heading', { name: '已导入的小组（1 个）' });
  });
});
