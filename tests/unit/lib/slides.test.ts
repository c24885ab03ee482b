import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  parseStepMinutes,
  plannedLessonMinutes,
  stepPlanError,
  splitIntoSlides,
  textOf,
  type TreeNode,
} from '../../../src/lib/slides';
import { slideSections, slidesHastPlugin } from '../../../src/lib/slides-hast-plugin';

const h2 = (text: string): TreeNode => ({
  type: 'element',
  tagName: 'h2',
  children: [{ type: 'text', value: text }],
});
const p = (text: string): TreeNode => ({
  type: 'element',
  tagName: 'p',
  children: [{ type: 'text', value: text }],
});
const nl: TreeNode = { type: 'text', value: '\n' };
const esm: TreeNode = { type: 'mdxjsEsm', value: "import X from './x'" };
const island: TreeNode = { type: 'mdxJsxFlowElement', children: [] };
const h3: TreeNode = { type: 'element', tagName: 'h3', children: [] };

const names = (slides: TreeNode[][]) =>
  slides.map((s) =>
    s.filter((n) => n !== nl).map((n) => (n.type === 'element' ? n.tagName : n.type)),
  );

describe('splitIntoSlides', () => {
  test.each([
    { name: 'nothing', nodes: [], slides: [] },
    { name: 'only white space', nodes: [nl, nl], slides: [] },
    { name: 'one section', nodes: [h2('a'), nl, p('x')], slides: [['h2', 'p']] },
    {
      name: 'two sections, h3 stays inside',
      nodes: [h2('a'), p('x'), h3, p('y'), h2('b'), island],
      slides: [
        ['h2', 'p', 'h3', 'p'],
        ['h2', 'mdxJsxFlowElement'],
      ],
    },
    {
      name: 'text before the first heading is a slide',
      nodes: [p('intro'), nl, h2('a')],
      slides: [['p'], ['h2']],
    },
    {
      name: 'white space before the first heading is not',
      nodes: [nl, h2('a'), p('x')],
      slides: [['h2', 'p']],
    },
    { name: 'empty heading section is kept', nodes: [h2('a'), h2('b')], slides: [['h2'], ['h2']] },
  ])('$name', ({ nodes, slides }) => {
    expect(names(splitIntoSlides(nodes).slides)).toEqual(slides);
  });

  test('imports and exports stay at the root, in order', () => {
    const { modules, slides } = splitIntoSlides([esm, nl, h2('a'), esm, p('x')]);
    expect(modules).toEqual([esm, esm]);
    expect(names(slides)).toEqual([['h2', 'p']]);
  });

  test('property: no node but blank space is lost or reordered', () => {
    const node = fc.constantFrom(h2('a'), p('x'), nl, esm, island, h3);
    fc.assert(
      fc.property(fc.array(node, { maxLength: 30 }), (nodes) => {
        const { modules, slides } = splitIntoSlides(nodes);
        expect(modules).toEqual(nodes.filter((n) => n === esm));
        const kept = slides.flat().filter((n) => n !== nl);
        expect(kept).toEqual(nodes.filter((n) => n !== esm && n !== nl));
        // Every slide after the first starts with a heading; none is only white space.
        for (const s of slides.slice(1)) expect(s[0]).toMatchObject({ tagName: 'h2' });
        for (const s of slides) expect(s.some((n) => n !== nl)).toBe(true);
      }),
    );
  });
});

describe('parseStepMinutes', () => {
  test.each([
    ['开场：地球给我们的提醒（约 5 分钟）', 5],
    ['第一篇章：什么是低碳生活（约 10 分钟）', 10],
    ['结束语（约2分钟）', 2],
    ['练习(约 3 分钟)', 3],
    ['讨论（５分钟）', 5],
    ['讨论（约 １０ 分钟）', 10],
    ['小组活动（约 5～10 分钟）', 10],
    ['小组活动（约 5-10 分钟）', 10],
    ['小组活动（大约 5 至 8 分钟）', 8],
    ['第一步：嚼一嚼，想一想', undefined],
    ['活动安排', undefined],
    ['用时（约 0 分钟）', undefined],
    ['倒着的（约 10～5 分钟）', undefined],
    ['（约 5 分钟）之后还有字', undefined],
    ['约 5 分钟', undefined],
    ['', undefined],
  ])('%s → %s', (heading, minutes) => expect(parseStepMinutes(heading)).toBe(minutes));

  test('property: any positive whole minutes round-trip through the heading suffix', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 999 }), (title, n) => {
        expect(parseStepMinutes(`${title.replace(/[（(]/g, '')}（约 ${n} 分钟）`)).toBe(n);
      }),
    );
  });

  test('property: never throws, returns a positive integer or nothing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const m = parseStepMinutes(s);
        expect(m === undefined || (Number.isInteger(m) && m > 0)).toBe(true);
      }),
    );
  });
});

describe('plannedLessonMinutes', () => {
  test.each([
    [[undefined, 5, 10, 10, 10, 3, 2], 40, 40],
    [[undefined, undefined], 60, 60],
    [[], 30, 30],
    [[undefined, 7], 60, 7],
  ])('%j with a %i-minute session → %i', (steps, session, out) =>
    expect(plannedLessonMinutes(steps, session)).toBe(out),
  );
});

describe('stepPlanError', () => {
  test.each([
    [[undefined, 5, 10, 10, 10, 3, 2], 40, undefined],
    [[], 40, undefined],
    [[undefined], 40, undefined],
    [[60, 30, 30, 30], 150, undefined],
    [[30, 20], 40, '各步骤标题里的“（约 N 分钟）”合计 50 分钟，超过了整课的 40 分钟'],
  ])('%j in a %i-minute lesson → %s', (steps, session, out) =>
    expect(stepPlanError(steps, session)).toBe(out),
  );
});

test('textOf joins nested text', () => {
  const node: TreeNode = {
    type: 'element',
    tagName: 'h2',
    children: [
      { type: 'text', value: '算一算' },
      { type: 'element', tagName: 'em', children: [{ type: 'text', value: '（约 10 分钟）' }] },
    ],
  };
  expect(textOf(node)).toBe('算一算（约 10 分钟）');
});

describe('slideSections (the hast plugin)', () => {
  test('wraps each ## section in a section element with its planned minutes', () => {
    const children = slideSections([esm, nl, h2('开场（约 5 分钟）'), p('x'), h2('讨论'), island]);
    expect(children).toEqual([
      esm,
      {
        type: 'element',
        tagName: 'section',
        properties: { className: ['eck-slide'], dataSlide: '', dataMinutes: '5' },
        children: [h2('开场（约 5 分钟）'), p('x')],
      },
      {
        type: 'element',
        tagName: 'section',
        properties: { className: ['eck-slide'], dataSlide: '' },
        children: [h2('讨论'), island],
      },
    ]);
  });

  test('an intro without a heading gets no minutes', () => {
    expect(slideSections([p('（约 5 分钟）')])).toEqual([
      {
        type: 'element',
        tagName: 'section',
        properties: { className: ['eck-slide'], dataSlide: '' },
        children: [p('（约 5 分钟）')],
      },
    ]);
  });

  test('the plugin replaces the root once, before the visitors run', () => {
    const calls: unknown[][] = [];
    const root = { type: 'root' as const, children: [h2('a'), p('x')] };
    slidesHastPlugin.before(root, { replaceNode: (...args) => calls.push(args) });
    expect(calls).toEqual([[root, { type: 'root', children: slideSections(root.children) }]]);
  });
});
