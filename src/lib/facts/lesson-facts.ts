/** Which registry figures a lesson page shows: its `<Fact>` tags and the figure-showing components it embeds. Pure. */
import { factIdsInMdx } from './format';

/**
 * Ids of every figure a lesson's MDX shows, first use first: each `<Fact id>` and the figures of
 * each embedded component named in `componentFacts` (e.g. the calculator's factors).
 */
export function lessonFactIds(
  mdx: string,
  componentFacts: Readonly<Record<string, readonly string[]>>,
): string[] {
  const ids = factIdsInMdx(mdx);
  for (const [component, facts] of Object.entries(componentFacts)) {
    if (new RegExp(`<${component}\\b`).test(mdx)) ids.push(...facts);
  }
  return [...new Set(ids)];
}
