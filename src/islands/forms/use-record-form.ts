import { useEffect, useState } from 'preact/hooks';
import type { ActionResult } from '../../stores/actions';
import { draftRestoredMessage, useFormDraft } from '../use-form-draft';

/** Said when a submitted form has errors; each is shown in red next to its field. */
export const fixErrorsMessage = '有几项需要改一改，请看红字。';
/** Said when the record being edited is deleted (here, in another tab, by an undo). */
export const editedGoneMessage = '正在修改的那条记录已经删除了，表格已清空，可以添加新的记录。';

/** A message per field (or per part of a field, e.g. one cell of a table of entries). */
export type FormErrors<K extends PropertyKey> = Partial<Record<K, string | undefined>>;
export type Checked<K extends PropertyKey, V> =
  { ok: true; value: V } | { ok: false; errors: FormErrors<K> };

export interface RecordFormOptions<F, V, R extends { id: string }, K extends PropertyKey> {
  /** Names the form's draft kept across a reload (src/islands/use-form-draft.ts). */
  draft: string;
  /** The empty form. */
  blank: () => F;
  /** The records the form adds to and edits. */
  records: readonly R[];
  /** A record's values as the form shows them, to edit it. */
  fieldsOf: (record: R) => F;
  /** Validate the typed fields: the value to store, or a message per field. */
  check: (fields: F) => Checked<K, V>;
  add: (value: V) => ActionResult;
  update: (id: string, value: V) => ActionResult;
  /** What the form says after adding, after saving an edit, and (optionally) on starting one. */
  said: { added: string; updated: string; editing?: string };
  /** A draft's fields made to fit the current form (e.g. a setup changed since). */
  restore?: (draft: F) => F;
  /** The form after a record was added or saved (blank unless given, e.g. keeping the date). */
  next?: (submitted: F) => F;
}

/**
 * The state machine every record form shares: typed fields, errors per field, the record being
 * edited, the status message, the draft across a reload, and leaving edit mode when the edited
 * record is gone, whoever removed it.
 */
export function useRecordForm<F, V, R extends { id: string }, K extends PropertyKey = keyof F>(
  o: RecordFormOptions<F, V, R, K>,
) {
  const [fields, setFields] = useState<F>(o.blank);
  const [errors, setErrors] = useState<FormErrors<K>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  useFormDraft(
    o.draft,
    { fields, editing: editing ?? '' },
    { fields: o.blank(), editing: '' },
    (d) => {
      setFields(o.restore ? o.restore(d.fields) : d.fields);
      setEditing(o.records.some((r) => r.id === d.editing) ? d.editing : null);
      setMessage(draftRestoredMessage);
    },
  );

  const edited = editing === null ? undefined : o.records.find((r) => r.id === editing);
  const gone = editing !== null && edited === undefined;
  useEffect(() => {
    if (!gone) return;
    setEditing(null);
    setFields(o.blank());
    setErrors({});
    setMessage(editedGoneMessage);
  }, [gone]);

  const reset = () => {
    setEditing(null);
    setFields(o.blank());
    setErrors({});
  };
  return {
    fields,
    setFields,
    /** A setter for one text field. */
    set: (k: keyof F) => (v: string) => setFields((f) => ({ ...f, [k]: v })),
    errors,
    setErrors,
    editing,
    /** The record being edited, while it exists. */
    edited,
    message,
    setMessage,
    startEdit(record: R) {
      setEditing(record.id);
      setFields(o.fieldsOf(record));
      setErrors({});
      if (o.said.editing) setMessage(o.said.editing);
    },
    cancel() {
      reset();
      setMessage('');
    },
    submit(e: Event) {
      e.preventDefault();
      const r = o.check(fields);
      if (!r.ok) {
        setErrors(r.errors);
        setMessage(fixErrorsMessage);
        return;
      }
      const done = editing ? o.update(editing, r.value) : o.add(r.value);
      if (!done.ok) {
        setMessage(done.error);
        return;
      }
      setMessage(editing ? o.said.updated : o.said.added);
      reset();
      if (o.next) setFields(o.next(fields));
    },
  };
}
