import { useEffect, useState } from 'preact/hooks';
import { LetterEditor } from '../letter/LetterEditor';
import { COMPARISON_MARK, FINDINGS_MARK } from '../../lib/letter/text';
import { comparisonSentence, findingsSentence } from '../../lib/investigation/letter';
import { proposalLetterKey } from '../../lib/storage/storage-keys';
import type { InvestigationDefinition } from '../../schemas/investigation/definition';
import type { InvestigationClassData } from '../../schemas/investigation/records';
import { readInvestigationClass } from '../../stores/investigation/class-findings';
import { letterStoreFor } from '../../stores/proposal-letter';

/**
 * An investigation's letter to the school (its definition's `letter`), filled from the class
 * data gathered in its class view on this device; blanks when there is none.
 */
export default function InvestigationLetter({ def }: { def: InvestigationDefinition }) {
  const letter = def.letter;
  const [data, setData] = useState<InvestigationClassData | null>(null);
  useEffect(() => {
    let current = true;
    void readInvestigationClass(def).then((d) => current && setData(d));
    return () => {
      current = false;
    };
  }, [def]);
  if (!letter) return null;
  const store = letterStoreFor({
    key: proposalLetterKey(def.id),
    template: {
      title: letter.title,
      greeting: letter.greeting,
      body: letter.body.join('\n'),
      signer: '',
      date: '',
    },
  });
  const findings = findingsSentence(def, letter, data);
  const comparison = comparisonSentence(def, letter, data);
  return (
    <LetterEditor
      store={store}
      marks={[
        {
          mark: FINDINGS_MARK,
          text: findings.text,
          explain: '你们第一次调查得到的数字',
          status: findings.fromData
            ? '已经从本设备的全班数据页里填入了各区域第一次调查的数字。'
            : `本设备的全班数据页里还没有${def.title}的数据，调查数字先留空，打印后手写；也可以直接在正文里写上你们的数字。`,
          missing: '调查数字',
        },
        {
          mark: COMPARISON_MARK,
          text: comparison.text,
          explain: '两次调查的比较',
          status: comparison.fromData
            ? '前后比较来自两次都调查了的区域。'
            : '还没有同一个区域两次调查的数据，前后比较先留空，打印后手写。',
          missing: '前后比较',
        },
      ]}
    />
  );
}
