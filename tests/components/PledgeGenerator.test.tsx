// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import { defaultPledgeSettings } from '../../src/schemas/pledge-settings';
import { useEditorTests } from './compose';

const KEY = 'eck:pledge-settings:v1';

const editor = useEditorTests();
const { flush } = editor;

/** Fresh store and island for every test (see useEditorTests). */
async function renderGenerator() {
  const rendered = await editor.render(
    async () => (await import('../../src/islands/PledgeGenerator')).default,
    {},
    '学校',
  );
  const store = await import('../../src/stores/pledge-settings');
  return { store, ...rendered };
}

const sheets = () => [...document.querySelectorAll('.eck-sheet')];
const itemInputs = () =>
  [...document.querySelectorAll<HTMLInputElement>('.eck-item-list input')].map((i) => i.value);

describe('PledgeGenerator', () => {
  test('shows the lesson’s four pledges and one A4 page by default', async () => {
    await renderGenerator();
    expect(itemInputs()).toEqual(defaultPledgeSettings.items);
    expect(sheets()).toHaveLength(1);
    expect(sheets()[0]?.textContent).toContain('节约一粒米');
    expect(sheets()[0]?.textContent).toContain('第 1 页，共 1 页');
  });

  test('pasted names with mixed separators are counted, duplicates flagged, pages added', async () => {
    const { screen, fireEvent } = await renderGenerator();
    const names = Array.from({ length: 44 }, (_, i) => `学生${i + 1}`);
    const textarea = screen.getByLabelText('学生名单');
    fireEvent.input(textarea, {
      target: { value: `${names.slice(0, 20).join('、')}\n\n${names.slice(20).join('\t')}，学生1` },
    });
    await flush();
    expect(screen.getByText('共 45 个名字。')).toBeTruthy();
    expect(textarea.getAttribute('aria-describedby')).toContain('eck-names-dupes');
    expect(document.getElementById('eck-names-dupes')?.textContent).toContain(
      '有重复的名字：学生1',
    );
    expect(sheets()).toHaveLength(2);
    expect(sheets()[1]?.textContent).toContain('第 2 页，共 2 页');
    expect(screen.getByRole('button', { name: /打印（共 2 页 A4）/ })).toBeTruthy();
  });

  test('HTML typed into fields prints as text', async () => {
    const { screen, fireEvent } = await renderGenerator();
    fireEvent.input(screen.getByLabelText('标题'), {
      target: { value: '<img src=x onerror=alert(1)>' },
    });
    await flush();
    fireEvent.input(screen.getByLabelText('学生名单'), { target: { value: '<script>x</script>' } });
    await flush();
    const sheet = sheets()[0];
    expect(sheet?.querySelector('img, script')).toBeNull();
    expect(sheet?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(sheet?.textContent).toContain('<script>x</script>');
  });

  test('items: add, move with buttons and with Alt+arrow keys, remove; focus follows', async () => {
    const { screen, fireEvent, waitFor } = await renderGenerator();
    fireEvent.click(screen.getByRole('button', { name: '＋ 添加一条' }));
    await flush();
    const inputs = () => [...document.querySelectorAll<HTMLInputElement>('.eck-item-list input')];
    await waitFor(() => expect(document.activeElement).toBe(inputs()[4]));
    fireEvent.input(inputs()[4] as HTMLInputElement, { target: { value: '随手关灯' } });
    await flush();
    fireEvent.click(screen.getByRole('button', { name: '上移第 5 条' }));
    await flush();
    expect(itemInputs()[3]).toBe('随手关灯');
    await waitFor(() => expect(document.activeElement).toBe(inputs()[3]));
    fireEvent.keyDown(inputs()[3] as HTMLInputElement, { key: 'ArrowUp', altKey: true });
    await flush();
    expect(itemInputs()[2]).toBe('随手关灯');
    await waitFor(() => expect(document.activeElement).toBe(inputs()[2]));
    expect(document.querySelector('.eck-items [role="status"]')?.textContent).toBe(
      '“随手关灯”已移到第 3 条。',
    );
    fireEvent.click(screen.getByRole('button', { name: '删除第 1 条' }));
    await flush();
    expect(itemInputs()).toEqual(['节约一度电', '随手关灯', '节约一张纸', '节约一粒米']);
    expect(sheets()[0]?.textContent).toContain('随手关灯');
    expect(sheets()[0]?.textContent).not.toContain('节约一滴水');
  });

  test('blank lines: a bad count shows a message next to the field and keeps the saved one', async () => {
    const { store, screen, fireEvent } = await renderGenerator();
    fireEvent.click(screen.getByLabelText('空白签名行'));
    await flush();
    const field = screen.getByLabelText(/空白签名行数/);
    fireEvent.input(field, { target: { value: '-3' } });
    await flush();
    fireEvent.blur(field);
    await flush();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('eck-blank-count-error')?.textContent).toBe(
      '空白签名行数不能是负数。',
    );
    expect(store.$pledgeSettings.get().blankCount).toBe(45);
    fireEvent.input(field, { target: { value: '１２０' } });
    await flush();
    fireEvent.blur(field);
    await flush();
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(store.$pledgeSettings.get().blankCount).toBe(120);
    expect(sheets()).toHaveLength(3);
  });

  test('cards layout: 6 cards to a page', async () => {
    const { screen, fireEvent } = await renderGenerator();
    fireEvent.click(screen.getByLabelText('个人承诺卡（每页 6 张）'));
    await flush();
    fireEvent.input(screen.getByLabelText('学生名单'), {
      target: { value: '张三 李四 王五 赵六 钱七 孙八 周九' },
    });
    await flush();
    expect(sheets()).toHaveLength(2);
    expect(document.querySelectorAll('.eck-pcard')).toHaveLength(12);
  });

  test('a corrupt saved value falls back to the defaults with a notice', async () => {
    localStorage.setItem(KEY, '{"school":');
    const { screen, fireEvent, waitFor } = await renderGenerator();
    await waitFor(() => expect(screen.getByText(/其余恢复为默认内容/)).toBeTruthy());
    expect(itemInputs()).toEqual(defaultPledgeSettings.items);
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    await flush();
    expect(screen.queryByText(/其余恢复为默认内容/)).toBeNull();
  });

  test('a damaged saved value keeps the pasted roster and every other valid field', async () => {
    const names = '张三、李四、王五';
    localStorage.setItem(
      KEY,
      JSON.stringify({
        ...defaultPledgeSettings,
        namesText: names,
        className: '四年三班',
        blankCount: -5,
      }),
    );
    const { screen, waitFor } = await renderGenerator();
    await waitFor(() => expect(screen.getByText(/1 处读不出来/)).toBeTruthy());
    expect((screen.getByLabelText('学生名单') as HTMLTextAreaElement).value).toBe(names);
    expect((screen.getByLabelText('班级') as HTMLInputElement).value).toBe('四年三班');
    expect(screen.getByText('共 3 个名字。')).toBeTruthy();
  });

  test('no room to back up a damaged value: typing does not overwrite it until the user chooses', async () => {
    const raw = JSON.stringify({ ...defaultPledgeSettings, namesText: '张三', layout: 'poster' });
    localStorage.setItem(KEY, raw);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { screen, fireEvent, waitFor } = await renderGenerator();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('没能另存'));
    expect(screen.getByRole('button', { name: '下载原来的数据' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '知道了' })).toBeNull();
    fireEvent.input(screen.getByLabelText('学校'), { target: { value: '阳光小学' } });
    await flush();
    expect(localStorage.getItem(KEY)).toBe(raw);
    expect(screen.getByRole('alert').textContent).toContain('现在的改动还没有保存');
    // The user downloaded it (or does not want it): save the current settings over it.
    setItem.mockRestore();
    fireEvent.click(screen.getByRole('button', { name: '保存现在的内容' }));
    await flush();
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toMatchObject({
      school: '阳光小学',
      namesText: '张三',
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: '知道了' })).toBeTruthy();
  });

  test('in WeChat, 下载原来的数据 says why it cannot download instead of failing silently', async () => {
    const raw = JSON.stringify({ ...defaultPledgeSettings, namesText: '张三', layout: 'poster' });
    localStorage.setItem(KEY, raw);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (Linux; Android 10) AppleWebKit/537.36 Chrome/86.0 Mobile MicroMessenger/8.0.40',
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
    const { screen, fireEvent, waitFor } = await renderGenerator();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('没能另存'));
    fireEvent.click(screen.getByRole('button', { name: '下载原来的数据' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('在微信里打开的网页不能下载文件'),
    );
    expect(click).not.toHaveBeenCalled();
    // Nothing was lost: the damaged value is still there to download from another browser.
    expect(localStorage.getItem(KEY)).toBe(raw);
  });

  test('a failed write says whether the storage is full', async () => {
    const { screen, fireEvent, waitFor } = await renderGenerator();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    fireEvent.input(screen.getByLabelText('学校'), { target: { value: '阳光小学' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('存储空间已满'));
    expect((screen.getByLabelText('学校') as HTMLInputElement).value).toBe('阳光小学');
  });

  test('remembered settings come back', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ ...defaultPledgeSettings, school: '阳光小学', className: '四年三班' }),
    );
    const { screen, waitFor } = await renderGenerator();
    await waitFor(() =>
      expect((screen.getByLabelText('学校') as HTMLInputElement).value).toBe('阳光小学'),
    );
    expect(sheets()[0]?.textContent).toContain('阳光小学');
  });
});
