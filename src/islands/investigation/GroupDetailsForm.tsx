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

const gradeOptions = grades.map((g) => ({ value: String(g), label: gradeLabels[g] }));

/** Gives the details to store, or null (the messages are shown) when they need fixing. */
export type GroupDetailsCheck = () => GroupDetails | null;

export interface GroupDetailsProps {
  ask: GroupDetailsDef;
  group: GroupDetails | null;
  check: MutableRef<GroupDetailsCheck | undefined>;
}

export function GroupDetailsForm({ ask, group, check }: GroupDetailsProps) {
  const [fields, setFields] = useState(() => groupDetailsFields(group));
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
          hint={`不要写真实姓名。一行写一个，或用顿号、逗号隔开；最多 ${textLimits.nicknames} 个，每个最多 ${textLimits.nickname} 个字。`}
          multiline
          maxLength={textLimits.nicknames * (textLimits.nickname + 1)}
          value={fields.nicknames}
          onChange={(v) => setFields((f) => ({ ...f, nicknames: v }))}
          error={errors.nicknames}
        />
      )}
    </>
  );
}
