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

/** One planned session of a lesson that runs over several (the 活动安排 table). */
export const SessionPlanSchema = z.strictObject({
  /** Which session, as teachers say it, e.g. "第一次", "观察（第 1 天）". */
  label: text('duration.plan.label'),
  /** Planned minutes of this session. */
  minutes: z.number().int().min(5).max(180),
  /** When it fits in the timetable, e.g. "连堂或课后服务"; optional. */
  slot: z.string().trim().min(1).optional(),
  /** What the class does in it. */
  what: text('duration.plan.what'),
});
export type SessionPlan = z.output<typeof SessionPlanSchema>;

/** How long a lesson runs: one or more sessions, optionally over days or weeks. */
export const DurationSchema = z
  .strictObject({
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
    /**
     * Optional: every session with its minutes, in order (the lesson page's 活动安排 table is
     * made from it, and the present view's timer plans the lesson from its sum). When given,
     * it must have `sessions` rows, the first lasting `firstSessionMinutes ?? minutesPerSession`
     * and none of the others longer than `minutesPerSession`.
     */
    plan: z.array(SessionPlanSchema).min(1).optional(),
  })
  .superRefine((d, ctx) => {
    if (!d.plan) return;
    if (d.plan.length !== d.sessions) {
      ctx.addIssue({
        code: 'custom',
        path: ['plan'],
        message: `duration.plan 有 ${d.plan.length} 次，但 sessions 写的是 ${d.sessions} 次`,
      });
      return;
    }
    const first = d.firstSessionMinutes ?? d.minutesPerSession;
    if (d.plan[0]?.minutes !== first) {
      ctx.addIssue({
        code: 'custom',
        path: ['plan', 0, 'minutes'],
        message: `第一次应为 ${first} 分钟（firstSessionMinutes 或 minutesPerSession）`,
      });
    }
    d.plan.slice(1).forEach((p, i) => {
      if (p.minutes > d.minutesPerSession) {
        ctx.addIssue({
          code: 'custom',
          path: ['plan', i + 1, 'minutes'],
          message: `${p.label}的 ${p.minutes} 分钟超过了每次的 ${d.minutesPerSession} 分钟`,
        });
      }
    });
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

/** The three kinds of aims of a Chinese 教案's 活动目标: 知识, 能力, 情感（态度与价值观）. */
export const objectiveDomains = ['knowledge', 'ability', 'emotion'] as const;
export type ObjectiveDomain = (typeof objectiveDomains)[number];
export const objectiveDomainLabels: Record<ObjectiveDomain, string> = {
  knowledge: '知识目标',
  ability: '能力目标',
  emotion: '情感目标',
};

/**
 * 活动目标 for the teacher's lesson plan (教案), in the teacher's wording ("知道…", "能…",
 * "愿意…"), grouped by kind. The pupil-facing "我能…" list stays in `outcomes`.
 */
export const ObjectivesSchema = z.strictObject({
  /** 知识目标: what pupils know afterwards. */
  knowledge: z.array(text('objectives.knowledge')).min(1),
  /** 能力目标: what pupils can do (measure, compute, check, record…). */
  ability: z.array(text('objectives.ability')).min(1),
  /** 情感目标: attitudes and values (情感态度与价值观). */
  emotion: z.array(text('objectives.emotion')).min(1),
});
export type Objectives = z.output<typeof ObjectivesSchema>;

/** 活动准备, split by who prepares it. */
export const PreparationSchema = z.strictObject({
  /** What the teacher prepares before the lesson (教师准备). */
  teacher: z.array(text('preparation.teacher')).min(1),
  /** What pupils bring or prepare (学生准备). */
  pupils: z.array(text('preparation.pupils')).default([]),
});
export type Preparation = z.output<typeof PreparationSchema>;

/** A curriculum document the lesson serves, and the part of it. */
export const CurriculumLinkSchema = z.strictObject({
  /** Exact title of the document, with its edition, e.g. "《义务教育科学课程标准（2022年版）》". */
  document: text('curriculum.document'),
  /** Which part, e.g. "学段目标 3～4 年级" or "核心概念：能源与可持续发展"; optional. */
  part: z.string().trim().min(1).optional(),
  /** What the lesson serves there, in the document's words or close to them. */
  point: text('curriculum.point'),
});
export type CurriculumLink = z.output<typeof CurriculumLinkSchema>;

/** One grade band's version of an activity. */
export const ActivityVariantSchema = z.strictObject({
  /** The grades this version is for, e.g. [1, 2] or [3, 4, 5]; consecutive. */
  grades: z
    .array(z.literal(grades))
    .min(1)
    .refine((g) => g.every((x, i) => i === 0 || x === (g[i - 1] ?? 0) + 1), {
      error: '一个版本的年级要连续并从小到大写，例如 [3, 4, 5]',
    }),
  /** What pupils of these grades do, in Chinese. */
  task: text('activities.variants.task'),
  /** The maths it needs, which these grades have learned (e.g. "数方格求面积，整数除法"). */
  maths: z.string().trim().min(1).optional(),
});
export type ActivityVariant = z.output<typeof ActivityVariantSchema>;

/**
 * An activity of the lesson that differs by grade, with one version per band. The lesson page
 * shows the versions where the MDX puts `<GradeBands activity="id" />`.
 */
export const ActivitySchema = z
  .strictObject({
    /** Stable id, unique over all lessons, e.g. "gum-size"; used by `<GradeBands activity>`. */
    id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, { error: 'activities.id 用小写英文和连字符' }),
    /** Short Chinese name, e.g. "量一量残胶有多大". */
    title: text('activities.title'),
    /** The versions; no grade in two of them. */
    variants: z.array(ActivityVariantSchema).min(1),
  })
  .refine(
    (a) => {
      const all = a.variants.flatMap((v) => v.grades);
      return new Set(all).size === all.length;
    },
    { error: '同一个年级不能出现在两个版本里', path: ['variants'] },
  );
export type Activity = z.output<typeof ActivitySchema>;

/** Frontmatter of a lesson MDX file in content/lessons/. */
export const LessonSchema = z
  .strictObject({
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
    /** Optional: 活动目标 by 知识/能力/情感 for the Word 教案 (teacher wording). */
    objectives: ObjectivesSchema.optional(),
    /** Optional: 活动准备 split into teacher and pupils (materials stays the shopping list). */
    preparation: PreparationSchema.optional(),
    /** Optional: 板书设计, one line per entry; the first line is the board's title. */
    boardPlan: z.array(text('boardPlan')).min(1).optional(),
    /** Optional: 活动延伸, follow-up activities after the lesson. */
    extension: z.array(text('extension')).min(1).optional(),
    /** Curriculum documents the lesson serves (shown on the lesson page). */
    curriculum: z.array(CurriculumLinkSchema).default([]),
    /** Activities that differ by grade band; every grade in `grades` has a version of each. */
    activities: z.array(ActivitySchema).default([]),
  })
  .superRefine((lesson, ctx) => {
    const ids = new Set<string>();
    lesson.activities.forEach((a, i) => {
      if (ids.has(a.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['activities', i, 'id'],
          message: `活动 id “${a.id}” 重复`,
        });
      }
      ids.add(a.id);
      const covered = new Set(a.variants.flatMap((v) => v.grades));
      const missing = lesson.grades.filter((g) => !covered.has(g));
      if (missing.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['activities', i, 'variants'],
          message: `活动“${a.title}”没有给 ${missing.join('、')} 年级的版本`,
        });
      }
      const extra = [...covered].filter((g) => !lesson.grades.includes(g));
      if (extra.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['activities', i, 'variants'],
          message: `活动“${a.title}”有 ${extra.join('、')} 年级的版本，但本课不面向这些年级`,
        });
      }
    });
  });
export type Lesson = z.output<typeof LessonSchema>;
