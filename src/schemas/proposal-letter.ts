// zod/mini (the same Zod 4, tree-shakable): this schema runs in the letter page's island.
import * as z from 'zod/mini';
import { FINDINGS_MARK, RESULTS_MARK } from '../lib/letter/text';

/** Longest texts of the letter (inputs enforce them). */
export const letterLimits = { title: 30, greeting: 40, body: 4000, signer: 40, date: 20 } as const;

/** The class's proposal letter draft, remembered on the device. */
export const ProposalLetterSchema = z.strictObject({
  /** Heading, usually 倡议书. */
  title: z.string().check(z.maxLength(letterLimits.title)),
  /** Greeting line, e.g. 亲爱的全校同学们：. */
  greeting: z.string().check(z.maxLength(letterLimits.greeting)),
  /** Body, one paragraph per line; the findings mark is replaced by the class's numbers. */
  body: z.string().check(z.maxLength(letterLimits.body)),
  /** Who signs, e.g. 四年三班全体同学. */
  signer: z.string().check(z.maxLength(letterLimits.signer)),
  /** Date as written; empty prints a line. */
  date: z.string().check(z.maxLength(letterLimits.date)),
});
export type ProposalLetter = z.output<typeof ProposalLetterSchema>;

/**
 * The template, in the spirit of the lesson's last step. It states no experimental result of its
 * own: the marks are filled from the class's data, or with blanks.
 */
export const defaultProposalLetter: ProposalLetter = {
  title: '倡议书',
  greeting: '亲爱的全校同学们：',
  body: [
    '口香糖是很多同学喜欢的零食。可是嚼过的口香糖如果随口吐在地上，被踩扁以后就变成了又黑又硬、很难清除的残胶。',
    `这几天，我们先量出调查区域的面积，再一块一块地数残胶。${FINDINGS_MARK}`,
    `我们还把口香糖残胶、废纸和塑料分别埋进土里，泡在自来水、洗衣粉水和食醋里，每隔几天按同样的标准观察一次。${RESULTS_MARK}`,
    '讨论时我们知道了：口香糖里嚼不化的胶基是人工合成的材料，在自然界里很难分解，粘在地上很多年都清除不掉。',
    '为了让我们的校园和城市更干净，我们向全校同学倡议：',
    '一、嚼过的口香糖用纸包好，扔进垃圾桶，不随口乱吐。',
    '二、不把口香糖粘在课桌下、墙上、楼梯扶手和座椅上。',
    '三、看到地上的口香糖残胶，告诉老师或清洁工人，不用尖刀自己刮。',
    '四、把我们的发现讲给家人和朋友听，请他们也这样做。',
    '保护环境从我做起，从小事做起！',
  ].join('\n'),
  signer: '',
  date: '',
};
