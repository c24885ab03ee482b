/**
 * Rehype plugin for lesson MDX: wraps every `##` section in
 * `<section class="eck-slide" data-slide data-minutes="5">`. On the lesson page the
 * sections are plain blocks; the present view shows one at a time. Imports and exports stay
 * at the root, so islands imported in the MDX work in both.
 */
import { isSlideBoundary, parseStepMinutes, splitIntoSlides, textOf } from './slides';
import type { TreeNode } from './slides';

interface Element extends TreeNode {
  type: 'element';
  tagName: string;
  properties: Record<string, string | string[]>;
  children: TreeNode[];
}

/** Wrap the slides of one tree; exported for tests. */
export function wrapSlides(tree: { children: TreeNode[] }): void {
  const { modules, slides } = splitIntoSlides(tree.children);
  tree.children = [
    ...modules,
    ...slides.map((children): Element => {
      const [first] = children;
      const minutes = first && isSlideBoundary(first) ? parseStepMinutes(textOf(first)) : undefined;
      const properties: Element['properties'] = { className: ['eck-slide'], dataSlide: '' };
      if (minutes !== undefined) properties['dataMinutes'] = String(minutes);
      return { type: 'element', tagName: 'section', properties, children };
    }),
  ];
}

/** The plugin: `mdx({ rehypePlugins: [rehypeSlides] })`. */
export default function rehypeSlides() {
  return (tree: { children: TreeNode[] }) => wrapSlides(tree);
}
