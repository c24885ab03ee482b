// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type * as TestingLibrary from '@testing-library/preact';
import type { FindingsSummary } from '../../src/schemas/findings-summary';

let tl: typeof TestingLibrary;

/** Fresh modules per test (see PledgeGenerator.test.tsx); `findings` stands in for class data. */
async function renderEditor(findings: FindingsSummary | null = null) {
  vi.resetModules();
  vi.doMock('../../src/stores/class-findings', () => ({ readClassFindings: () => findings }));
  tl = await import('@testing-library/preact');
  const { h } = await import('preact');
  const { default: Editor } = await import('../../src/islands/ProposalLetterEditor');
  tl.render(h(Editor, {}));
  await tl.waitFor(() => expect(tl.screen.getByLabelText('署名')).toBeTruthy());
  return tl;
}

const flush = () => tl.act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
const letterText = () => document.querySelector('.eck-letter')?.textContent ?? '';

beforeEach(() => localStorage.clear());
afterEach(() => {
  tl?.cleanup();
  vi.restoreAllMocks();
  vi.doUnmock('../../src/stores/class-findings');
});

describe('ProposalLetterEditor', () => {
  test('without class data the findings are blanks to write on, and the page says why', async () => {
    const { screen } = await renderEditor();
    expect(letterText()).toContain('我们在');
    expect(letterText()).not.toContain('【调查结果】');
    expect(document.querySelectorAll('.eck-letter .eck-blank[aria-label="空白"]').length).toBe(4);
    expect(screen.getByText(/还没有班级的调查数据/)).toBeTruthy();
  });

  test('with class data the numbers are filled in', async () => {
    await renderEditor({
      places: 5,
      totalAreaM2: 120,
      totalCount: 86,
      densest: { name: '校门口', perSquareMetre: 1.5 },
    });
    await flush();
    expect(letterText()).toContain(
      '我们在 5 个地点的 120 平方米内发现了 86 块口香糖残胶，残胶最多的地方是校门口，每平方米约有 1.5 块。',
    );
  });

  test('edits show in the preview as text; removing the mark is flagged next to the field', async () => {
    const { screen, fireEvent } = await renderEditor();
    const body = screen.getByLabelText('正文（每行一段）');
    fireEvent.input(body, { target: { value: '第一段<script>x</script>\n\n第二段' } });
    await flush();
    const paragraphs = [...document.querySelectorAll('.eck-letter-p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(['第一段<script>x</script>', '第二段']);
    expect(document.querySelector('.eck-letter script')).toBeNull();
    expect(body.getAttribute('aria-describedby')).toContain('eck-letter-body-warning');
    expect(document.getElementById('eck-letter-body-warning')?.textContent).toContain(
      '调查数字不会出现在倡议书里',
    );
  });

  test('a corrupt saved letter falls back to the template with a notice', async () => {
    localStorage.setItem('eck:proposal-letter:v1', '["not", "a letter"]');
    const { screen } = await renderEditor();
    await tl.waitFor(() => expect(screen.getByText(/其余恢复为默认内容/)).toBeTruthy());
    expect(screen.getByText(/原来的数据另存了一份/)).toBeTruthy();
    expect(letterText()).toContain('保护环境从我做起');
  });

  test('a damaged letter keeps its valid parts: the class’s own body text stays', async () => {
    localStorage.setItem(
      'eck:proposal-letter:v1',
      JSON.stringify({
        title: '倡议书',
        greeting: 3,
        body: '我们数了 57 块残胶。',
        signer: '四年三班',
        date: '',
      }),
    );
    const { screen } = await renderEditor();
    await tl.waitFor(() => expect(screen.getByText(/能读的内容都已载入/)).toBeTruthy());
    expect(letterText()).toContain('我们数了 57 块残胶。');
    expect(letterText()).toContain('四年三班');
  });
});
