import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { issueMessages } from '../../../../src/lib/import/zod-issues';

const messagesOf = (schema: z.ZodMiniType, value: unknown, where: string) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected a refusal');
  return issueMessages(r.error.issues, () => where);
};

describe('issueMessages', () => {
  test.each([
    [
      'a date field named …日期',
      z.iso.date(),
      '2024/1/1',
      '调查日期',
      '调查日期格式不对（应为“年-月-日”）。',
    ],
    [
      'a date field named otherwise',
      z.iso.date(),
      '2024/1/1',
      '第 1 条',
      '第 1 条日期格式不对（应为“年-月-日”）。',
    ],
    ['a time field named …时间', z.iso.datetime(), 'soon', '导出时间', '导出时间格式不对。'],
    ['an id named …编号', z.uuid(), 'x', '小组编号', '小组编号格式不对。'],
    ['an id named otherwise', z.uuid(), 'x', '小组', '小组编号格式不对。'],
  ])('%s: the noun is said once', (_, schema, value, where, expected) => {
    expect(messagesOf(schema, value, where)).toEqual([expected]);
  });

  test.each([
    ['without a full stop', '不能早于开始日期', '第 2 条：不能早于开始日期。'],
    ['with one', '不能早于开始日期。', '第 2 条：不能早于开始日期。'],
    ['ending in a question', '是哪一天？', '第 2 条：是哪一天？'],
  ])("a schema's own message %s ends with one", (_, message, expected) => {
    const schema = z.string().check(z.refine(() => false, { message }));
    expect(messagesOf(schema, 'a', '第 2 条')).toEqual([expected]);
  });
});
