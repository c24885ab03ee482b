import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  EditorPanel,
  PrintActions,
  PrintPreview,
  TextAreaField,
  TextInput,
  useDeviceValue,
} from './printable/EditorParts';
import {
  BLANK,
  FINDINGS_MARK,
  RESULTS_MARK,
  fillLetter,
  toParagraphs,
} from '../lib/proposal-letter';
import {
  defaultProposalLetter,
  letterLimits,
  type ProposalLetter,
} from '../schemas/proposal-letter';
import type { DecompositionFindings, FindingsSummary } from '../schemas/findings-summary';
import { readClassDecomposition, readClassFindings } from '../stores/class-findings';
import {
  $proposalLetter,
  $proposalNotice,
  $proposalSave,
  dismissProposalNotice,
  PROPOSAL_LETTER_KEY,
  releaseProposalDamaged,
  resetProposalLetter,
  setLetterField,
} from '../stores/proposal-letter';

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

/** The class edits the letter; the A4 preview below prints as it looks. */
export default function ProposalLetterEditor() {
  const { mounted, value: letter } = useDeviceValue($proposalLetter, defaultProposalLetter);
  const [findings, setFindings] = useState<FindingsSummary | null>(null);
  const [results, setResults] = useState<DecompositionFindings | null>(null);
  useEffect(() => {
    setFindings(readClassFindings());
    setResults(readClassDecomposition());
  }, []);

  const paragraphs = useMemo(
    () => toParagraphs(fillLetter(letter.body, findings, results)),
    [letter.body, findings, results],
  );
  const hasMark = letter.body.includes(FINDINGS_MARK);

  return (
    <div>
      <EditorPanel
        id="eck-letter-edit"
        heading="修改倡议书"
        mounted={mounted}
        device={{
          what: '倡议书',
          $save: $proposalSave,
          $notice: $proposalNotice,
          rawFileName: `${PROPOSAL_LETTER_KEY}-原来的数据.txt`,
          onDismiss: dismissProposalNotice,
          onRelease: releaseProposalDamaged,
        }}
      >
        <p class="eck-notice" id="eck-findings-status">
          {findings
            ? '已经从本设备保存的班级调查数据里填入了你们的发现。'
            : '本设备上还没有班级的调查数据，倡议书里的数字先留空，打印后手写；也可以直接在正文里写上你们的数字。'}
          {results
            ? '观察结果来自本设备保存的各组分解记录。'
            : '本设备上还没有分解观察记录，实验结果先留空，打印后手写。'}
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
              onInput={(value) => setLetterField(field, value)}
            />
          ))}
        </div>
        <TextAreaField
          id="eck-letter-body"
          label="正文（每行一段）"
          hint={
            <>
              “{FINDINGS_MARK}”会换成你们调查得到的数字，“{RESULTS_MARK}
              ”会换成你们观察记录到的变化（没有数据时留空手写）。可以把它们移到别处，也可以删掉、自己写。
            </>
          }
          rows={14}
          value={letter.body}
          maxLength={letterLimits.body}
          describedBy={['eck-letter-body-warning']}
          onInput={(value) => setLetterField('body', value)}
        >
          <p class="eck-field-warning" id="eck-letter-body-warning">
            {!hasMark && '正文里没有“【调查结果】”，调查数字不会出现在倡议书里。'}
          </p>
        </TextAreaField>
        <PrintActions
          printLabel="打印倡议书"
          resetLabel="恢复模板"
          resetQuestion="恢复成原来的模板？你们改过的文字会被替换。"
          onReset={resetProposalLetter}
        />
      </EditorPanel>

      <PrintPreview id="eck-letter-preview" heading="打印预览">
        <article class="eck-sheet eck-sheet--flow eck-letter" aria-label="倡议书">
          <div class="eck-sheet-body">
            <h3 class="eck-letter-title">{letter.title.trim() || '倡议书'}</h3>
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
