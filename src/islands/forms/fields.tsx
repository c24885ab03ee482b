/**
 * The form field kit: label, input, hint and the error below the field. Every form uses it
 * (record forms, the printable editors, the class view's paste box). Text and number fields live
 * in their own modules so a page with text fields only does not load the number parser.
 */
import type { ComponentChildren } from 'preact';
import { textLimits } from '../../schemas/gum-common';
import { describe, LabelText, Messages, type FieldProps } from './field-parts';
import { TextField } from './text-field';

export { TextField };
export { NumberField } from './number-field';

interface DateProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  min?: string | undefined;
  max: string;
}

/** A calendar date (the browser's date picker; typed text is checked too). */
export function DateField(p: DateProps) {
  return (
    <div class="eck-field">
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        class="eck-input"
        type="date"
        value={p.value}
        min={p.min}
        max={p.max}
        {...describe(p)}
        onInput={(e) => p.onChange((e.currentTarget as HTMLInputElement).value)}
      />
      <Messages {...p} />
    </div>
  );
}

interface Option {
  value: string;
  label: string;
}

interface SelectProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  /** Text of the empty first option (e.g. "请选择"). */
  placeholder?: string;
}

export function SelectField(p: SelectProps) {
  return (
    <div class="eck-field">
      <label for={p.id}>
        <LabelText {...p} />
      </label>
      <select
        id={p.id}
        class="eck-input"
        value={p.value}
        {...describe(p)}
        onChange={(e) => p.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {p.placeholder !== undefined && <option value="">{p.placeholder}</option>}
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages {...p} />
    </div>
  );
}

interface ChoiceProps extends FieldProps {
  /** Radio buttons (one value) or checkboxes (several). */
  multiple?: boolean;
  value: readonly string[];
  onChange: (value: string[]) => void;
  options: readonly Option[];
}

/** Big touch-friendly radio buttons or checkboxes in a fieldset. */
export function ChoiceField(p: ChoiceProps) {
  const toggle = (v: string, checked: boolean) => {
    if (!p.multiple) p.onChange([v]);
    else p.onChange(checked ? [...p.value, v] : p.value.filter((x) => x !== v));
  };
  return (
    <fieldset class="eck-field eck-choices" aria-describedby={describe(p)['aria-describedby']}>
      <legend>{p.label}</legend>
      <div class="eck-choice-list">
        {p.options.map((o) => (
          <label key={o.value} class="eck-choice">
            <input
              type={p.multiple ? 'checkbox' : 'radio'}
              name={p.id}
              value={o.value}
              checked={p.value.includes(o.value)}
              onChange={(e) => toggle(o.value, (e.currentTarget as HTMLInputElement).checked)}
            />
            {o.label}
          </label>
        ))}
      </div>
      <Messages {...p} />
    </fieldset>
  );
}

/** Options from a vocabulary tuple and its labels. */
export function optionsOf<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
): Option[] {
  return values.map((v) => ({ value: v, label: labels[v] }));
}

/** A record form's end: submit (保存修改 while editing), 取消修改, and the form's status line. */
export function FormButtons({
  editing,
  addLabel,
  onCancel,
  message,
  children,
}: {
  editing: boolean;
  addLabel: string;
  onCancel: () => void;
  message: string;
  children?: ComponentChildren;
}) {
  return (
    <>
      <div class="eck-form-buttons">
        <button type="submit" class="eck-button eck-button--primary">
          {editing ? '保存修改' : addLabel}
        </button>
        {editing && (
          <button type="button" class="eck-button" onClick={onCancel}>
            取消修改
          </button>
        )}
        {children}
      </div>
      <p class="eck-form-message" role="status">
        {message}
      </p>
    </>
  );
}

/** The 备注 field every record form ends with. */
export function NoteField(p: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
}) {
  return (
    <TextField
      id={p.id}
      label="备注"
      multiline
      maxLength={textLimits.note}
      value={p.value}
      onChange={p.onChange}
      error={p.error}
    />
  );
}

/** One recorded item with its edit and delete buttons. */
export function RecordItem({
  children,
  onEdit,
  onDelete,
  what,
}: {
  children: ComponentChildren;
  onEdit?: (() => void) | undefined;
  /** Without it, no delete button (a record that can no longer change). */
  onDelete?: (() => void) | undefined;
  /** Names the record for screen readers, e.g. "2026-03-15 教室". */
  what: string;
}) {
  return (
    <li class="eck-record-item">
      <div class="eck-record-text">{children}</div>
      <div class="eck-record-actions">
        {onEdit && (
          <button type="button" class="eck-button" onClick={onEdit} aria-label={`修改 ${what}`}>
            修改
          </button>
        )}
        {onDelete && (
          <button
            type="button"
            class="eck-button eck-button--danger"
            onClick={onDelete}
            aria-label={`删除 ${what}`}
          >
            删除
          </button>
        )}
      </div>
    </li>
  );
}
