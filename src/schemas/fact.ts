import { z } from 'astro/zod';

/**
 * How a figure is known: published by an authority, repeated in publicity material, a common
 * estimate of unknown origin, a survey's finding, or computed by the kit from other figures.
 */
export const factKinds = ['official', 'publicity', 'estimate', 'survey', 'calculation'] as const;
export type FactKind = (typeof factKinds)[number];
export const factKindLabels: Record<FactKind, string> = {
  official: '官方发布',
  publicity: '节能宣传材料中的估算',
  estimate: '常见估算，出处不明',
  survey: '调查结果',
  calculation: '本工具箱根据其他数字计算',
};

const text = (field: string) =>
  z
    .string({ error: `${field}必须是文字` })
    .trim()
    .min(1, { error: `${field}不能为空` });

/** A decimal written as text so it is shown exactly as published: "0.5306", "140489", "27.0". */
const decimalText = z
  .string({ error: 'value 要写成文字，例如 "0.5306"' })
  .regex(/^-?\d+(\.\d+)?$/, { error: 'value 只能是数字，例如 "0.5306"（不带单位和逗号）' });

/** A date as published: "2026-01-19", or "2026-01" when only the month is known. */
const publishedDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
  error: 'published 写成 2026-01-19 或 2026-01',
});

/** Where the kit checked a figure when the publisher's own page was not at hand: a press report. */
export const FactReportSchema = z.strictObject({
  /** Who reported it and when, e.g. "光明日报（网易转载），2026 年 1 月". */
  title: text('via.title'),
  /** The report's address. */
  url: z.url({ protocol: /^https?$/, error: 'via.url 要是 http(s) 网址' }),
});

/** One figure the kit teaches, with where it comes from: a row of content/data/facts.json. */
export const FactSchema = z.strictObject({
  /** Stable id used by `<Fact id="…" />` and the data files, e.g. "population". */
  id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, { error: 'id 只能用小写英文字母、数字和连字符' }),
  /** What the figure is, in Chinese, e.g. "全国人口". */
  label: text('label'),
  /** The figure exactly as published, as decimal text. */
  value: decimalText,
  /** Its unit as written after the number, e.g. "万人", "千克/千瓦时", "%". */
  unit: text('unit'),
  /** A rounded form for pupils, e.g. { value: "14.05", unit: "亿人" }; optional. */
  rounded: z.strictObject({ value: decimalText, unit: text('rounded.unit') }).optional(),
  /** What period the figure describes, as shown after it, e.g. "2025 年末", "2023 年". */
  describes: text('describes'),
  /** The year it describes, when there is one (publicity estimates often have none). */
  year: z.number().int().min(1900).max(2100).optional(),
  /** How the figure is known. */
  kind: z.enum(factKinds),
  /** Who published it, e.g. "国家统计局"; "出处不明" for an estimate of unknown origin. */
  publisher: text('publisher'),
  /** The document or announcement, e.g. "《关于发布2023年电力二氧化碳排放因子的公告》". */
  document: text('document'),
  /** The publisher's own address for it, when known. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** When it was published, when known. */
  published: publishedDate.optional(),
  /** A press report where the kit checked it, when the publisher's page is not linked. */
  via: FactReportSchema.optional(),
  /** What makes the figure rough or easy to misread, in Chinese; required for estimates. */
  caveat: z.string().trim().min(1).optional(),
  /** For a calculation: the ids of the figures it is computed from. */
  derivedFrom: z.array(z.string()).min(1).optional(),
});
export type Fact = z.output<typeof FactSchema>;

/** The whole registry: ids unique, estimates carry a caveat, calculations name their inputs. */
export const FactListSchema = z
  .array(FactSchema)
  .min(1)
  .superRefine((facts, ctx) => {
    const ids = new Set(facts.map((f) => f.id));
    const seen = new Set<string>();
    facts.forEach((f, i) => {
      if (seen.has(f.id)) {
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id “${f.id}” 重复` });
      }
      seen.add(f.id);
      if ((f.kind === 'estimate' || f.kind === 'publicity') && !f.caveat) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'caveat'],
          message: '估算数字必须写 caveat（要注意什么）',
        });
      }
      if (f.kind === 'calculation' && !f.derivedFrom) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'derivedFrom'],
          message: '计算得到的数字要写 derivedFrom（用了哪些数字）',
        });
      }
      for (const d of f.derivedFrom ?? []) {
        if (!ids.has(d) || d === f.id) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'derivedFrom'],
            message: `derivedFrom 里的 “${d}” 不是别的数字的 id`,
          });
        }
      }
    });
  });
