import { z } from 'astro/zod';
import { scaledInteger } from '../lib/parse-number';

/** How well a factor is sourced: named publicity material, or an estimate of unknown origin. */
export const provenances = ['publicity', 'estimate'] as const;
export type Provenance = (typeof provenances)[number];
export const provenanceLabels: Record<Provenance, string> = {
  publicity: '节能宣传材料中的估算',
  estimate: '常见估算，出处不明',
};

/**
 * Query keys the calculator's URL uses for its own settings (src/lib/carbon-scenario.ts);
 * an action id must not take one of them.
 */
export const reservedScenarioKeys = ['period', 'days', 'who', 'class', 'school', 'pop'] as const;

const text = (field: string) =>
  z
    .string({ error: `${field}必须是文字` })
    .trim()
    .min(1, { error: `${field}不能为空` });

/** One everyday action and the CO₂ it saves, a row of content/data/carbon-actions.json. */
export const CarbonActionSchema = z
  .strictObject({
    /** Stable id, also the action's key in the calculator URL, e.g. "stairs". */
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,23}$/, { error: 'id 只能用小写英文字母、数字和连字符' })
      .refine((id) => !(reservedScenarioKeys as readonly string[]).includes(id), {
        error: `id 不能是 ${reservedScenarioKeys.join('、')}（计算器链接已经用了）`,
      }),
    /** What pupils do, in Chinese, e.g. "走楼梯代替坐电梯". */
    label: text('label'),
    /** Unit of one quantity, e.g. "层", "小时", "次". */
    unit: text('unit').max(4),
    /** The unit as a phrase for the factor table, e.g. "每走 1 层楼". */
    unitPhrase: text('unitPhrase'),
    /** kg of CO₂ saved per unit as a decimal string, whole grams at most ("0.218"). */
    kgPerUnit: z
      .string()
      .regex(/^\d+(\.\d{1,3})?$/, {
        error: 'kgPerUnit 要写成千克数的文字，最多三位小数，例如 "0.218"',
      })
      .refine(
        (s) => {
          const g = scaledInteger(s, 3);
          return g !== null && g > 0 && g <= 1_000_000;
        },
        { error: 'kgPerUnit 要大于 0，不超过 1000 千克' },
      ),
    /** Quantity per day the calculator starts with. */
    defaultPerDay: z.number().min(0),
    /** Most per day a pupil can sensibly do (24 for hours); above it the field shows an error. */
    maxPerDay: z.number().positive().max(1000),
    /** Amount the − / + buttons change the quantity by. */
    step: z.number().positive().max(100),
    /** How well the figure is sourced. */
    provenance: z.enum(provenances),
    /** Where the figure comes from, in Chinese. */
    source: text('source'),
    /** What makes it rough, in Chinese. */
    caveat: text('caveat'),
  })
  .refine((a) => a.defaultPerDay <= a.maxPerDay, {
    error: 'defaultPerDay 不能大于 maxPerDay',
    path: ['defaultPerDay'],
  })
  .transform((a) => ({ ...a, gramsPerUnit: scaledInteger(a.kgPerUnit, 3) ?? 0 }));
export type CarbonAction = z.output<typeof CarbonActionSchema>;

/** The whole factor file: at least one action, ids unique. */
export const CarbonActionListSchema = z
  .array(CarbonActionSchema)
  .min(1)
  .refine((list) => new Set(list.map((a) => a.id)).size === list.length, {
    error: '行动的 id 有重复',
  });
