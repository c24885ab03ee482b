import { describe, expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { lessonPlanFromMdx } from '../../../../src/lib/lesson-plan/from-mdx';
import { lessonPlanDocx } from '../../../../src/lib/lesson-plan/docx';
import { lessonSlugs, lessonSource } from './lesson-source';

/** The text of a .docx body: every w:t joined, paragraphs on their own lines. */
function documentText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
}

async function unpack(slug: string) {
  const { lesson, body } = lessonSource(slug);
  const plan = lessonPlanFromMdx(lesson, body);
  const files = unzipSync(await lessonPlanDocx(plan, lesson.setting));
  const doc = files['word/document.xml'];
  const styles = files['word/styles.xml'];
  if (!doc || !styles) throw new Error('not a Word document');
  return {
    plan,
    lesson,
    xml: strFromU8(doc),
    styles: strFromU8(styles),
    text: documentText(strFromU8(doc)),
  };
}

describe.each(lessonSlugs)('教案 of %s', (slug) => {
  test('has every section of a Chinese lesson plan, in order', async () => {
    const { text, plan } = await unpack(slug);
    const headings = [
      '活动（教学）目标',
      '活动准备',
      '教师准备',
      '学生准备',
      '活动过程',
      ...(plan.blackboard ? ['板书设计'] : []),
      '活动延伸',
      '安全提示',
      '教学反思',
    ];
    let at = 0;
    for (const h of headings) {
      const i = text.indexOf(h, at);
      expect(i, `section ${h} after position ${at}`).toBeGreaterThan(-1);
      at = i;
    }
    if (plan.objectives)
      for (const h of ['知识目标', '能力目标', '情感目标']) expect(text).toContain(h);
    expect(text).toContain(`《${plan.title}》教案`);
  });

  test('lists every step with its minutes and the teacher notes', async () => {
    const { text, plan, body } = { ...(await unpack(slug)), body: lessonSource(slug).body };
    expect(plan.steps.length).toBeGreaterThan(2);
    for (const s of plan.steps) {
      expect(text).toContain(
        s.minutes === undefined ? s.title : `${s.title}（约 ${s.minutes} 分钟）`,
      );
    }
    // Every TeacherNote title of the MDX shows up as a note heading.
    for (const m of body.matchAll(/<TeacherNote[^>]*title="([^"]+)"/g))
      expect(text).toContain(`·${m[1]}】`);
    for (const s of lessonSource(slug).lesson.safety) expect(text).toContain(s);
  });

  test('is A4 with Chinese fonts in the East Asian slot', async () => {
    const { xml, styles } = await unpack(slug);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="宋体"/);
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="黑体"/);
  });
});
