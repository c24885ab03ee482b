import { z } from 'astro/zod';
import type { FactKind } from './fact';

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

/**
 * One everyday action of the calculator, a row of content/data/carbon-actions.json. The figure
 * itself (kg of CO₂ per unit, its source and caveat) lives in the facts registry
 * (content/data/facts.json) under `fact`; src/lib/facts/carbon.ts joins the two.
 */
export const CarbonActionRowSchema = z
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
    /** Id of the figure in content/data/facts.json: kg of CO₂ saved per unit ("千克"). */
    fact: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, { error: 'fact 要写 facts.json 里的 id' }),
    /** Quantity per day the calculator starts with. */
    defaultPerDay: z.number().min(0),
    /** Most per day a pupil can sensibly do (24 for hours); above it the field shows an error. */
    maxPerDay: z.number().positive().max(1000),
    /** Amount the − / + buttons change the quantity by. */
    step: z.number().positive().max(100),
  })
  .refine((a) => a.defaultPerDay <= a.maxPerDay, {
    error: 'defaultPerDay 不能大于 maxPerDay',
    path: ['defaultPerDay'],
  });
export type CarbonActionRow = z.output<typeof CarbonActionRowSchema>;

/** The whole action file: at least one action, ids unique. */
export const CarbonActionListSchema = z
  .array(CarbonActionRowSchema)
  .min(1)
  .refine((list) => new Set(list.map((a) => a.id)).size === list.length, {
    error: '行动的 id 有重复',
  });

/** An action with its figure from the registry, as the calculator and the lesson use it. */
export interface CarbonAction extends CarbonActionRow {
  /** kg of CO₂ saved per unit as decimal text, whole grams at most ("0.218"). */
  kgPerUnit: string;
  /** The same in whole grams (218). */
  gramsPerUnit: number;
  /** How the figure is known (from the registry). */
  kind: FactKind;
  /** Where it comes from, in Chinese. */
  source: string;
  /** What makes it rough, in Chinese. */
  caveat: string;
}
