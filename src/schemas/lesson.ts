import { z } from 'astro/zod';

/** School years of a Chinese primary school (小学一至六年级). */
export const grades = [1, 2, 3, 4, 5, 6] as const;
export type Grade = (typeof grades)[number];

/** Where a lesson takes place. */
export const settings = ['classroom', 'campus', 'home', 'outdoors'] as const;
export type Setting = (typeof settings)[number];

/** Chinese labels for {@link settings}, shown to teachers. */
export const settingLabels: Record<Setting, string> = {
  classroom: '教室',
  campus: '校园',
  home: '家里',
  outdoors: '校外公共场所',
};

const text = (field: string) =>
  z
    .string({ error: `${field}必须是文字` })
    .trim()
    .min(1, { error: `${field}不能为空` });

/** How long a lesson runs: one or more sessions, optionally over days or weeks. */
export const DurationSchema = z.strictObject({
  /** Number of sessions (课时). */
  sessions: z.number().int().min(1).max(20),
  /** Minutes of each session; the first session may differ (see firstSessionMinutes). */
  minutesPerSession: z.number().int().min(5).max(120),
  /** Minutes of the first session when it is longer than the others. */
  firstSessionMinutes: z.number().int().min(5).max(180).optional(),
  /** Calendar span in weeks for lessons that run over days, e.g. { min: 1, max: 2 }. */
  spanWeeks: z
    .strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) })
    .refine((s) => s.max >= s.min, { error: 'spanWeeks.max 不能小于 min' })
    .optional(),
});
export type Duration = z.output<typeof DurationSchema>;

/** A mistaken belief (possibly from a source text) and what to teach instead. */
export const MisconceptionSchema = z.strictObject({
  /** The mistaken claim, as pupils or the source put it. */
  claim: text('misconceptions.claim'),
  /** The correct statement. */
  correction: text('misconceptions.correction'),
  /** Where the correction comes from. */
  source: z.string().trim().min(1).optional(),
});
export type Misconception = z.output<typeof MisconceptionSchema>;

/** Frontmatter of a lesson MDX file in content/lessons/. */
export const LessonSchema = z.strictObject({
  /** Title shown on cards and the lesson page. */
  title: text('title'),
  /** One or two sentences for the lesson card. */
  summary: text('summary').max(160, { error: 'summary 不超过 160 字' }),
  /** Position on the home page (ascending). */
  order: z.number().int().min(0),
  /** School years the lesson suits, e.g. [4, 5, 6]. */
  grades: z
    .array(z.literal(grades))
    .min(1, { error: 'grades 至少一个年级' })
    .refine((g) => new Set(g).size === g.length, { error: 'grades 有重复年级' }),
  duration: DurationSchema,
  /** Where the lesson takes place. */
  setting: z.array(z.enum(settings)).min(1),
  /** What the teacher prepares. */
  materials: z.array(text('materials')).min(1),
  /** Learning outcomes, each an "我能…" statement from the pupil's point of view. */
  outcomes: z
    .array(
      text('outcomes').refine((s) => s.startsWith('我能'), {
        error: 'outcomes 每一条都要以“我能”开头',
      }),
    )
    .min(1),
  /** Key words pupils should meet. */
  keywords: z.array(text('keywords')).min(1),
  /** Misconceptions to correct; include errors of the source text here. */
  misconceptions: z.array(MisconceptionSchema).default([]),
  /** Safety and hygiene notes for the teacher. */
  safety: z.array(text('safety')).default([]),
});
export type Lesson = z.output<typeof LessonSchema>;
