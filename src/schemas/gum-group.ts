import * as z from 'zod/mini';
import { recordMeta, requiredText, textLimits } from './gum-common';
import { grades } from '../lib/grades/maths-skills';

/** The pupils' group that records on one tablet. No real names are needed. */
export const GroupSchema = z.strictObject({
  ...recordMeta,
  /** Group name or number as the class knows it, e.g. "第3组" or "绿叶队"; 1–20 characters. */
  name: requiredText(textLimits.groupName),
  /** Optional nicknames of the members (each 1–10 characters, at most 8); not real names. */
  nicknames: z.array(requiredText(textLimits.nickname)).check(z.maxLength(textLimits.nicknames)),
  /**
   * The group's school year 1–6; the forms ask only for the maths it has learned
   * (`src/lib/grades/gum-levels.ts`). Optional: data from before grades were asked has none,
   * and is shown as it always was (the full form, as for grade 6).
   */
  grade: z.optional(z.literal(grades)),
});
export type Group = z.output<typeof GroupSchema>;
