/**
 * The group details a definition asks for (`group`), inside the group form: the school year
 * and the members' nicknames. Loaded with import() only on the pages of such an investigation,
 * so the others ship none of it. The form's submit asks `check` for the details to store.
 */
import { useState } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';
import type { GroupDetailsDef } from '../../schemas/investigation/definition';
import type { GroupDetails } from '../../schemas/investigation/records';
import { textLimits } from '../../schemas/gum-common';
import { gradeLabels, grades } from '../../lib/grades/maths-skills';
import { checkGroupDetails, groupDetailsFields } from '../../lib/investigation/check-group';
import { ChoiceField, TextField } from '../forms/fields';

/** The grades, and 不填 to take a chosen one back (radio buttons cannot be unchosen). */
const gradeOptions = [
  { value: '', label: '不填' },
  ...grades.map((g) => ({ value: String(g), label: gradeLabels[g] })),
];

/** Gives the details to store, or null (the messages are shown) when they need fixing. */
export type GroupDetailsCheck = () => GroupDetails | null;

export interface GroupDetailsProps {
  ask: GroupDetailsDef;
  group: GroupDetails | null;
  check: MutableRef<GroupDetailsCheck | undefined>;
}

export function GroupDetailsForm({ ask, group, check }: GroupDetailsProps) {
  const stored = groupDetailsFields(group);
  const [fields, setFields] = useState(stored);
  // The stored details changed under the form (the durable copy loaded, another tab): show
  // them, except a field the pupil has changed.
  const [shown, setShown] = useState(stored);
  if (stored.grade !== shown.grade || stored.nicknames !== shown.nicknames) {
    setShown(stored);
    setFields((f) => ({
      grade: f.grade === shown.grade ? stored.grade : f.grade,
      nicknames: f.nicknames === shown.nicknames ? stored.nicknames : f.nicknames,
    }));
  }
  const [errors, setErrors] = useState<{ grade?: string; nicknames?: string }>({});
  check.current = () => {
    const r = checkGroupDetails(ask, fields, group);
    setErrors(r.ok ? {} : r.errors);
    return r.ok ? r.value : null;
  };
  return (
    <>
      {ask.grade && (
        <ChoiceField
          id="eck-group-grade"
          label="年级"
          hint="可以不选。"
          value={[fields.grade]}
          options={gradeOptions}
          onChange={([v]) => setFields((f) => ({ ...f, grade: v ?? '' }))}
          error={errors.grade}
        />
      )}
      {ask.nicknames && (
        <TextField
          id="eck-group-nicknames"
          label="组员昵称"
          hint={`不要写真实姓名。一行写一个，或用顿号、逗号、空格隔开；最多 ${textLimits.nicknames} 个，每个最多 ${textLimits.nickname} 个字。`}
          multiline
          // Room for every nickname at its longest with “、 ” between them.
          maxLength={textLimits.nicknames * (textLimits.nickname + 2)}
          value={fields.nicknames}
          onChange={(v) => setFields((f) => ({ ...f, nicknames: v }))}
          error={errors.nicknames}
        />
      )}
    </>
  );
}
