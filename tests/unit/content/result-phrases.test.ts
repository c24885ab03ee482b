import { describe, expect, test } from 'vitest';
import { resultStatements } from '../../support/result-phrases';

describe('resultStatements: pupil-facing text that gives the experiment away', () => {
  test.each([
    // The kit's old pupil-facing texts (issue 11 §3) are caught:
    [
      '你会发现，“顽固”的口香糖残胶几乎无动于衷：不论埋在土里还是泡在水里、醋里，它看起来都差不多。',
      '你会发现',
    ],
    ['废纸很快变软、散开了，口香糖残胶却几乎没有变化。', '很快变软'],
    ['口香糖的胶基在土里、水里、醋里几周内几乎看不出变化。', '看不出变化'],
    ['纸最难取下。', '最难取下'],
    ['口香糖不会烂掉。', '不会烂'],
  ])('%s', (text, phrase) => {
    expect(resultStatements(text).map((f) => f.phrase)).toContain(phrase);
  });

  test.each([
    ['哪一种东西变化最大？哪一种几乎不变？'],
    ['哪种表面最容易取下？'],
    ['口香糖在自然界里容易分解吗？'],
    ['把残胶踩实，再想办法把它拿起来。'],
    ['写下来，以后不再修改。'],
  ])('a question or a task is not a result: %s', (text) => {
    expect(resultStatements(text)).toEqual([]);
  });
});
