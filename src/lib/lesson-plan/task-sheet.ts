/**
 * The pupil task sheet (学习任务单) of a lesson, planned from its lesson plan: only what pupils
 * read (step titles, the slides' titles as prompts, the "我能…" outcomes, keywords, safety),
 * never the teacher's text. Pages are planned here so every page fits A4.
 */
import { paginate } from '../paginate';
import type { LessonPlan } from './plan';

export interface Task {
  /** 1-based number on the sheet. */
  number: number;
  title: string;
  minutes: number | undefined;
  /** Questions or tasks the class sees on the slides of this step. */
  prompts: string[];
}

export interface TaskSheet {
  title: string;
  /** "一至六年级" */
  gradesText: string;
  outcomes: string[];
  keywords: string[];
  safety: string[];
  /** Tasks by page after the first page; the last page also holds the self-assessment. */
  taskPages: Task[][];
}

/** Tasks on one A4 page (each has a writing box); the last page keeps room for 自我评价. */
export const TASKS_PER_PAGE = 4;

/** Steps that are organisation or advice for the teacher rather than a pupil's task. */
const notATask = /^(活动安排|导入|打开记录页|教师提示|教学建议|给老师)/;

/** "第一步：嚼一嚼" → "嚼一嚼" (the sheet numbers its tasks itself). */
export function taskTitle(stepTitle: string): string {
  return stepTitle.replace(/^第[一二三四五六七八九十\d]+步\s*[：:]\s*/, '') || stepTitle;
}

/** The task sheet of a lesson plan. */
export function buildTaskSheet(plan: LessonPlan): TaskSheet {
  const tasks = plan.steps
    .filter((s) => !notATask.test(s.title))
    .map((s, i) => ({
      number: i + 1,
      title: taskTitle(s.title),
      minutes: s.minutes,
      prompts: s.blocks.flatMap((b) => (b.kind === 'slide' && b.title ? [b.title] : [])),
    }));
  // The self-assessment takes the room of one task on the last page.
  const pages = paginate(tasks, TASKS_PER_PAGE, TASKS_PER_PAGE);
  const last = pages[pages.length - 1] ?? [];
  if (last.length >= TASKS_PER_PAGE) pages.push([]);
  return {
    title: plan.title,
    gradesText: plan.gradesText,
    outcomes: plan.outcomes,
    keywords: plan.keywords,
    safety: plan.safety,
    taskPages: pages,
  };
}
