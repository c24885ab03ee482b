// zod/mini (the same Zod 4, tree-shakable): this schema runs in the pledge page's island.
import * as z from 'zod/mini';

/** How the pledge is printed: one class sheet with signatures, or cards to cut out. */
export const pledgeLayouts = ['sheet', 'cards'] as const;
export type PledgeLayout = (typeof pledgeLayouts)[number];
export const pledgeLayoutLabels: Record<PledgeLayout, string> = {
  sheet: '全班签名表',
  cards: '个人承诺卡（每页 6 张）',
};

/** Who signs: the pupils whose names were pasted, or a number of blank lines. */
export const signerModes = ['names', 'blank'] as const;
export type SignerMode = (typeof signerModes)[number];
export const signerModeLabels: Record<SignerMode, string> = {
  names: '粘贴学生名单',
  blank: '空白签名行',
};

/** Longest texts the printed layouts are designed for (inputs enforce them too). */
export const pledgeLimits = {
  school: 40,
  className: 20,
  title: 40,
  item: 30,
  items: 8,
  date: 20,
  namesText: 20_000,
  blankCount: 300,
} as const;

/** The pledge sheet generator's settings, remembered on the device. */
export const PledgeSettingsSchema = z.strictObject({
  /** School name, e.g. 阳光小学. */
  school: z.string().check(z.maxLength(pledgeLimits.school)),
  /** Class, e.g. 四年三班. */
  className: z.string().check(z.maxLength(pledgeLimits.className)),
  /** Heading of the sheet, e.g. 低碳生活倡议书. */
  title: z.string().check(z.maxLength(pledgeLimits.title)),
  /** Pledge items in order; empty ones are skipped when printing. */
  items: z
    .array(z.string().check(z.maxLength(pledgeLimits.item)))
    .check(z.minLength(1), z.maxLength(pledgeLimits.items)),
  /** Date as the teacher writes it; empty prints a line to write on. */
  date: z.string().check(z.maxLength(pledgeLimits.date)),
  /** Whether pupils' names are printed or blank lines. */
  signers: z.enum(signerModes),
  /** Names as pasted (split when printing, so nothing typed is lost). */
  namesText: z.string().check(z.maxLength(pledgeLimits.namesText)),
  /** Number of blank signature lines or cards when `signers` is "blank". */
  blankCount: z.int().check(z.minimum(0), z.maximum(pledgeLimits.blankCount)),
  /** Class sheet or individual cards. */
  layout: z.enum(pledgeLayouts),
});
export type PledgeSettings = z.output<typeof PledgeSettingsSchema>;

/** Defaults from the low-carbon lesson's 班级倡议与宣誓 step. */
export const defaultPledgeSettings: PledgeSettings = {
  school: '',
  className: '',
  title: '低碳生活倡议书',
  items: ['节约一滴水', '节约一度电', '节约一张纸', '节约一粒米'],
  date: '',
  signers: 'names',
  namesText: '',
  blankCount: 45,
  layout: 'sheet',
};
