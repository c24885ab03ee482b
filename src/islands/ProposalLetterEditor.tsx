import { useEffect, useState } from 'preact/hooks';
import { LetterEditor } from './letter/LetterEditor';
import {
  FINDINGS_MARK,
  RESULTS_MARK,
  findingsSentence,
  resultsSentence,
} from '../lib/proposal-letter';
import type { DecompositionFindings, FindingsSummary } from '../schemas/findings-summary';
import { readClassDecomposition, readClassFindings } from '../stores/class-findings';
import { letterStoreFor } from '../stores/proposal-letter';
import type { InvestigationDefinition } from '../schemas/investigation/definition';

/** The gum lesson's 倡议书, filled from the gum class data gathered on this device. */
export default function ProposalLetterEditor({
  definition,
}: {
  /** The gum experiment's definition: the letter reads its class data. */
  definition: InvestigationDefinition;
}) {
  const [findings, setFindings] = useState<FindingsSummary | null>(null);
  const [results, setResults] = useState<DecompositionFindings | null>(null);
  useEffect(() => {
    void readClassFindings(definition).then(setFindings);
    void readClassDecomposition(definition).then(setResults);
  }, [definition]);
  return (
    <LetterEditor
      store={letterStoreFor()}
      marks={[
        {
          mark: FINDINGS_MARK,
          text: findingsSentence(findings),
          explain: '你们调查得到的数字',
          status: findings
            ? '已经从本设备保存的班级调查数据里填入了你们的发现。'
            : '本设备上还没有班级的调查数据，倡议书里的数字先留空，打印后手写；也可以直接在正文里写上你们的数字。',
          missing: '调查数字',
        },
        {
          mark: RESULTS_MARK,
          text: resultsSentence(results),
          explain: '你们观察记录到的变化',
          status: results
            ? '观察结果来自本设备保存的各组分解记录。'
            : '本设备上还没有分解观察记录，实验结果先留空，打印后手写。',
        },
      ]}
    />
  );
}
