/**
 * Phrases that state the gum experiment's result (issue 11 §3). Pupil-facing text before the
 * discussion step must contain none of them; questions ("哪一种几乎不变？") are allowed, since
 * asking is not telling.
 */
const resultPhrases: RegExp[] = [
  /无动于衷/,
  /几乎(没有|没)(什么)?变化/,
  /几乎不变/,
  /(很快|会)?变软/,
  /散开了/,
  /(不会|没有)(烂|分解)/,
  /(很难|难以|不容易)(分解|除去|消失)/,
  /分解不了/,
  /看不出(什么)?变化/,
  /(最|更)(难|容易)(取下|清除)/,
  /很难(拿起|取下|清除)/,
  /你会发现/,
];

const questionWords = /[？?]|吗|哪|什么|怎样|怎么|是不是/;

/** The sentences of a text that state a result, once for each phrase found. */
export function resultStatements(text: string): { sentence: string; phrase: string }[] {
  const sentences = text
    .split(/(?<=[。！!？?\n])/)
    .map((s) => s.trim())
    .filter(Boolean);
  const found: { sentence: string; phrase: string }[] = [];
  for (const sentence of sentences) {
    if (questionWords.test(sentence)) continue;
    for (const p of resultPhrases) {
      const m = p.exec(sentence);
      if (m) found.push({ sentence, phrase: m[0] });
    }
  }
  return found;
}
