/**
 * Hast plugin for lesson MDX (Astro's default Sätteri processor): wraps every `##` section
 * in `<section class="eck-slide" data-slide data-minutes="5">`. On the lesson page the
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

/** The root's new children: module nodes first, then one section per slide. */
export function slideSections(children: readonly TreeNode[]): TreeNode[] {
  const { modules, slides } = splitIntoSlides(children);
  return [
    ...modules,
    ...slides.map((nodes): Element => {
      const [first] = nodes;
      const minutes = first && isSlideBoundary(first) ? parseStepMinutes(textOf(first)) : undefined;
      const properties: Element['properties'] = { className: ['eck-slide'], dataSlide: '' };
      if (minutes !== undefined) properties['dataMinutes'] = String(minutes);
      return { type: 'element', tagName: 'section', properties, children: [...nodes] };
    }),
  ];
}

interface HastContext {
  replaceNode(node: unknown, replacement: unknown): void;
}

/** The plugin: `satteri({ hastPlugins: [slidesHastPlugin] })` in astro.config.mjs. */
export const slidesHastPlugin = {
  name: 'eck-slides',
  before(root: { type: 'root'; children: readonly TreeNode[] }, ctx: HastContext) {
    ctx.replaceNode(root, { type: 'root', children: slideSections(root.children) });
  },
};
