import * as z from 'zod/mini';
import { recordMeta, requiredText, textLimits } from './gum-common';

/** The pupils' group that records on one tablet. No real names are needed. */
export const GroupSchema = z.strictObject({
  ...recordMeta,
  /** Group name or number as the class knows it, e.g. "第3组" or "绿叶队"; 1–20 characters. */
  name: requiredText(textLimits.groupName),
  /** Optional nicknames of the members (each 1–10 characters, at most 8); not real names. */
  nicknames: z.array(requiredText(textLimits.nickname)).check(z.maxLength(textLimits.nicknames)),
});
export type Group = z.output<typeof GroupSchema>;
