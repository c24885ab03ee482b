import { z } from 'astro/zod';

/** The words and size of the 校园垃圾大调查 tally sheets: content/data/campus-litter-sheet.json. */
export const TallySheetSchema = z.strictObject({
  /** Rows of the class summary: one zone per group, as a class usually has 6–8 groups. */
  zones: z
    .number({ error: 'zones 要写成数字' })
    .int({ error: 'zones 要写成整数' })
    .min(4, { error: 'zones 至少 4 个区域' })
    .max(10, { error: 'zones 最多 10 个区域，多了一张 A4 放不下' }),
  /** 出发前检查: short safety reminders pupils tick before they go, in pupils' words. */
  checklist: z
    .array(
      z
        .string({ error: 'checklist 每一条都要是文字' })
        .trim()
        .min(1, { error: 'checklist 的一条不能为空' })
        .max(80, { error: 'checklist 每条不超过 80 字，太长印不下' }),
    )
    .min(3, { error: 'checklist 至少 3 条' })
    .max(6, { error: 'checklist 最多 6 条，多了一张 A4 放不下' }),
});
export type TallySheet = z.output<typeof TallySheetSchema>;
