import { useState } from 'preact/hooks';
import type { GumRecordStore } from '../../stores/gum-record';
import type { Group } from '../../schemas/gum-group';
import { textLimits } from '../../schemas/gum-common';
import { checkGroupForm, type GroupFields } from '../../lib/gum-forms';
import { ChoiceField, TextField } from '../forms/fields';
import { gradeLabels, grades } from '../../lib/grades/maths-skills';

const gradeOptions = grades.map((g) => ({ value: String(g), label: gradeLabels[g] }));
import { useFormDraft } from '../use-form-draft';

/** Group name or number and optional nicknames (no real names). */
export function GroupPanel({ store, group }: { store: GumRecordStore; group: Group | null }) {
  const [editing, setEditing] = useState(group === null);
  const shown: GroupFields = {
    name: group?.name ?? '',
    nicknames: group?.nicknames.join('、') ?? '',
    grade: group?.grade === undefined ? '' : String(group.grade),
  };
  const [fields, setFields] = useState(shown);
  const [errors, setErrors] = useState<Partial<Record<keyof GroupFields, string>>>({});
  useFormDraft('gum-group', editing ? fields : shown, shown, (d) => {
    setFields(d);
    setEditing(true);
  });

  const submit = (e: Event) => {
    e.preventDefault();
    const r = checkGroupForm(fields);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    store.saveGroup(r.value);
    setErrors({});
    setEditing(false);
  };

  if (group && !editing) {
    return (
      <section class="eck-record-section eck-group" aria-labelledby="eck-group-title">
        <h2 id="eck-group-title">小组：{group.name}</h2>
        {group.nicknames.length > 0 && <p>组员昵称：{group.nicknames.join('、')}</p>}
        {group.grade === undefined ? (
          <p class="eck-grade-missing" role="note">
            还没有选年级：表格按六年级记录（直径、小数）。
          </p>
        ) : (
          <p>年级：{gradeLabels[group.grade]}</p>
        )}
        <button
          type="button"
          class="eck-button"
          onClick={() => {
            setFields(shown);
            setEditing(true);
          }}
        >
          修改小组信息
        </button>
      </section>
    );
  }
  return (
    <section class="eck-record-section eck-group" aria-labelledby="eck-group-title">
      <h2 id="eck-group-title">{group ? '修改小组信息' : '先写上小组名称'}</h2>
      <p>不需要写真实姓名：写小组名称或编号就可以，组员可以用昵称。</p>
      <form class="eck-record-form" onSubmit={submit} noValidate>
        <TextField
          id="group-name"
          label="小组名称或编号"
          required
          hint="例如：第 3 组、绿叶队"
          maxLength={textLimits.groupName}
          value={fields.name}
          onChange={(v) => setFields((f) => ({ ...f, name: v }))}
          error={errors.name}
        />
        <TextField
          id="group-nicknames"
          label="组员昵称"
          hint={`用顿号或空格隔开，最多 ${textLimits.nicknames} 个，每个最多 ${textLimits.nickname} 个字。`}
          maxLength={textLimits.nicknames * (textLimits.nickname + 1)}
          value={fields.nicknames}
          onChange={(v) => setFields((f) => ({ ...f, nicknames: v }))}
          error={errors.nicknames}
        />
        <ChoiceField
          id="group-grade"
          label="年级"
          hint="表格只问学过的数学。三年级上学期请选二年级。"
          value={[fields.grade]}
          options={gradeOptions}
          onChange={([v]) => setFields((f) => ({ ...f, grade: v ?? '' }))}
          error={errors.grade}
        />
        <div class="eck-form-buttons">
          <button type="submit" class="eck-button eck-button--primary">
            {group ? '保存小组信息' : '开始记录'}
          </button>
          {group && (
            <button type="button" class="eck-button" onClick={() => setEditing(false)}>
              取消修改
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
