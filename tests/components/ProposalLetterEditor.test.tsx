// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { DecompositionFindings, FindingsSummary } from '../../src/schemas/findings-summary';
import { useEditorTests } from './compose';
import { gumResidueDefinition } from '../../src/lib/investigation/definitions';

const editor = useEditorTests();
const { flush } = editor;

/**
 * Fresh modules per test (see useEditorTests); `findings` and `results` stand in for the class
 * data.
 */
/** The definitions the class data was read for. */
const read: string[] = [];
async function renderEditor(
  findings: FindingsSummary | null = null,
  results: DecompositionFindings | null = null,
) {
  vi.doMock('../../src/stores/class-findings', () => ({
    readClassFindings: (d: { id: string }) => (read.push(d.id), Promise.resolve(findings)),
    readClassDecomposition: (d: { id: string }) => (read.push(d.id), Promise.resolve(results)),
  }));
  return editor.render(
    async () => (await import('../../src/islands/ProposalLetterEditor')).default,
    { definition: gumResidueDefinition },
    '署名',
  );
}
const letterText = () => document.querySelector('.eck-letter')?.textContent ?? '';

afterEach(() => {
  vi.doUnmock('../../src/stores/class-findings');
});

describe('ProposalLetterEditor', () => {
  test('without class data the findings are blanks to write on, and the page says why', async () => {
    read.length = 0;
    const { screen } = await renderEditor();
    // The gum experiment's class data, as the page's definition names it.
    expect(read).toEqual(['gum-residue', 'gum-residue']);
    expect(letterText()).toContain('我们在');
    expect(letterText()).not.toContain('【调查结果】');
    // 4 blanks for the survey, 4 for the results (days, gum, paper, plastic).
    expect(document.querySelectorAll('.eck-letter .eck-blank[aria-label="空白"]').length).toBe(8);
    expect(screen.getByText(/还没有班级的调查数据/)).toBeTruthy();
    expect(screen.getByText(/还没有分解观察记录/)).toBeTruthy();
  });

  test('the template states no result the class did not observe', async () => {
    await renderEditor();
    expect(letterText()).not.toMatch(/很快变软|散开了|几乎没有变化|无动于衷/);
    expect(letterText()).not.toContain('【实验结果】');
  });

  test('with decomposition records the class’s own results are filled in', async () => {
    await renderEditor(null, {
      lastDay: 10,
      items: [
        { item: 'gum', state: 'slight', medium: 'vinegar' },
        { item: 'paper', state: 'unchanged', medium: 'soil' },
      ],
    });
    await flush();
    expect(letterText()).toContain(
      '我们观察了 10 天。最后一次观察时，各组记录到的最大变化：口香糖残胶“略有变化”（食醋），废纸“无变化”。',
    );
    expect(document.getElementById('eck-findings-status')?.textContent).toContain('分解记录');
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
    const { screen, waitFor } = await renderEditor();
    await waitFor(() => expect(screen.getByText(/其余恢复为默认内容/)).toBeTruthy());
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
    const { screen, waitFor } = await renderEditor();
    await waitFor(() => expect(screen.getByText(/能读的内容都已载入/)).toBeTruthy());
    expect(letterText()).toContain('我们数了 57 块残胶。');
    expect(letterText()).toContain('四年三班');
  });
});
