import { Fragment } from 'preact';
import {
  EditorPanel,
  PrintActions,
  PrintPreview,
  TextAreaField,
  TextInput,
  useDeviceValue,
} from '../printable/EditorParts';
import { BLANK, fillMarks, toParagraphs } from '../../lib/letter/text';
import { letterLimits, type ProposalLetter } from '../../schemas/proposal-letter';
import type { ProposalLetterStore } from '../../stores/proposal-letter';

/** A mark in the body and what replaces it (the class's sentence, or blanks). */
export interface LetterMark {
  /** E.g. 【调查结果】. */
  mark: string;
  /** What the mark becomes in the letter. */
  text: string;
  /** What it is replaced with, for the hint: "你们调查得到的数字". */
  explain: string;
  /** Said above the form: where the sentence came from, or why it is blank. */
  status: string;
  /** Warn beside the body when this mark is missing, naming what then stays out. */
  missing?: string;
}

const fields: { field: Exclude<keyof ProposalLetter, 'body'>; label: string; hint?: string }[] = [
  { field: 'title', label: '标题' },
  { field: 'greeting', label: '称呼' },
  { field: 'signer', label: '署名', hint: '例如：四年三班全体同学' },
  { field: 'date', label: '日期（不填则留空线手写）' },
];

/** Text with every blank drawn as a line to write on (a line that never breaks). */
function WithBlanks({ text }: { text: string }) {
  const parts = text.split(BLANK);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <span class="eck-blank" role="img" aria-label="空白" />}
        </Fragment>
      ))}
    </>
  );
}

/**
 * A class's letter (倡议书, 建议书): the class edits it, the marks in its body become the class's
 * own numbers (or blanks), and the A4 preview below prints as it looks. Entry islands give the
 * store and the marks.
 */
export function LetterEditor({
  store,
  marks,
}: {
  store: ProposalLetterStore;
  marks: LetterMark[];
}) {
  const { mounted, value: letter } = useDeviceValue(store.$proposalLetter, store.template);
  const noun = store.template.title;

  const paragraphs = toParagraphs(fillMarks(letter.body, marks));
  const missing = marks
    .filter((m) => m.missing && !letter.body.includes(m.mark))
    .map((m) => `正文里没有“${m.mark}”，${m.missing}不会出现在${noun}里。`)
    .join('');

  return (
    <div>
      <EditorPanel
        id="eck-letter-edit"
        heading={`修改${noun}`}
        mounted={mounted}
        device={{
          what: noun,
          $save: store.$proposalSave,
          $notice: store.$proposalNotice,
          rawFileName: `${store.key}-原来的数据.txt`,
          onDismiss: store.dismissProposalNotice,
          onRelease: store.releaseProposalDamaged,
        }}
      >
        <p class="eck-notice" id="eck-findings-status">
          {marks.map((m) => m.status).join('')}
        </p>
        <div class="eck-field-grid">
          {fields.map(({ field, label, hint }) => (
            <TextInput
              key={field}
              id={`eck-letter-${field}`}
              label={label}
              value={letter[field]}
              placeholder={hint}
              maxLength={letterLimits[field]}
              onInput={(value) => store.setLetterField(field, value)}
            />
          ))}
        </div>
        <TextAreaField
          id="eck-letter-body"
          label="正文（每行一段）"
          hint={
            <>
              {marks.map((m) => `“${m.mark}”会换成${m.explain}`).join('，')}
              （没有数据时留空手写）。可以把它们移到别处，也可以删掉、自己写。横线“{BLANK}
              ”打印出来是空白，可以换成你们的话。
            </>
          }
          rows={14}
          value={letter.body}
          maxLength={letterLimits.body}
          describedBy={['eck-letter-body-warning']}
          onInput={(value) => store.setLetterField('body', value)}
        >
          <p class="eck-field-warning" id="eck-letter-body-warning">
            {missing}
          </p>
        </TextAreaField>
        <PrintActions
          printLabel={`打印${noun}`}
          resetLabel="恢复模板"
          resetQuestion="恢复成原来的模板？你们改过的文字会被替换。"
          onReset={store.resetProposalLetter}
        />
      </EditorPanel>

      <PrintPreview id="eck-letter-preview" heading="打印预览">
        <article class="eck-sheet eck-sheet--flow eck-letter" aria-label={noun}>
          <div class="eck-sheet-body">
            <h3 class="eck-letter-title">{letter.title.trim() || noun}</h3>
            <p class="eck-letter-greeting">{letter.greeting}</p>
            {paragraphs.map((p, i) => (
              <p class="eck-letter-p" key={i}>
                <WithBlanks text={p} />
              </p>
            ))}
            <div class="eck-letter-sign">
              <p>{letter.signer.trim() || <span class="eck-blank eck-blank--wide" />}</p>
              <p>{letter.date.trim() || <span class="eck-blank" />}</p>
            </div>
          </div>
        </article>
      </PrintPreview>
    </div>
  );
}
