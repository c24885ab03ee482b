import { textLimits } from '../../schemas/gum-common';
/**
 * Form fields of the record page: label, input, limit and the error beside the field
 * (aria-describedby / aria-invalid). Number text is normalised only on blur and after an
 * input method's composition ends, never while the pupil is still composing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { parseNumber, type NumberRule } from '../../lib/parse-number';
import { useComposition } from '../use-composition';

interface BaseProps {
  id: string;
  label: string;
  /** Read by screen readers before the label, e.g. the sample a size belongs to. */
  hiddenPrefix?: string | undefined;
  /** Leave out "（可不填）" where space is short. */
  compact?: boolean;
  error?: string | undefined;
  hint?: string | undefined;
}

function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Messages({
  id,
  error,
  hint,
  room = false,
}: {
  id: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** Keep the error line's height while there is no error (see `useMessageRoom`). */
  room?: boolean;
}) {
  return (
    <>
      {hint && (
        <span class="eck-field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error ? (
        <span class="eck-field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : (
        room && (
          <span class="eck-field-room" aria-hidden="true">
            {'\u00a0'}
          </span>
        )
      )}
    </>
  );
}

/**
 * Room for a field's message line from the moment the field is focused, for a field checked on
 * blur. Without it, a pupil who types a bad value and taps 保存 at once loses the tap: the blur
 * check inserts the message (or removes one) between the finger going down and the click, the
 * button moves and the click lands beside it. The room is given back when the form refills the
 * field from outside (cleared after a save, a record opened for editing) and shows no error.
 */
function useMessageRoom(value: string, error: string | undefined) {
  const [room, setRoom] = useState(false);
  const field = useRef<HTMLDivElement>(null);
  /** The last value this field itself reported (typed or normalised). */
  const own = useRef(value);
  useEffect(() => {
    if (value === own.current) return;
    own.current = value;
    const focused = field.current?.contains(document.activeElement) === true;
    if (!focused && !error) setRoom(false);
  }, [value]);
  return {
    room,
    field,
    onFocusIn: () => setRoom(true),
    /** Call with every value the field reports, before the form's onChange. */
    report: (v: string) => {
      own.current = v;
    },
  };
}

function LabelText(p: BaseProps & { optional: boolean }) {
  return (
    <>
      {p.hiddenPrefix && <span class="eck-visually-hidden">{p.hiddenPrefix} </span>}
      {p.label}
      {p.optional && !p.compact && <span class="eck-optional">（可不填）</span>}
    </>
  );
}

interface TextProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  required?: boolean;
  multiline?: boolean;
  /** Suggestions (e.g. the group's nicknames). */
  list?: string | undefined;
}

/** Plain text with its length limit shown ("12/200 字"). */
export function TextField(p: TextProps) {
  const length = p.value.trim().length;
  const over = length > p.maxLength;
  const counterId = `${p.id}-count`;
  const props = {
    id: p.id,
    class: 'eck-input',
    value: p.value,
    required: p.required,
    'aria-invalid': p.error || over ? true : undefined,
    'aria-describedby': [describedBy(p.id, p.error, p.hint), counterId].filter(Boolean).join(' '),
    onInput: (e: Event) => p.onChange((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="eck-field">
      <label for={p.id}>
        <LabelText {...p} optional={!p.required} />
      </label>
      {p.multiline ? (
        <textarea {...props} rows={3} />
      ) : (
        <input {...props} type="text" autocomplete="off" list={p.list} />
      )}
      <span class={over ? 'eck-counter eck-counter--over' : 'eck-counter'} id={counterId}>
        {length}/{p.maxLength} 字
      </span>
      <Messages id={p.id} error={p.error} hint={p.hint} />
    </div>
  );
}

interface NumberProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  rule: NumberRule;
  /** Reports the message of a check on blur (undefined when fine). */
  onCheck?: (error: string | undefined) => void;
  integer?: boolean;
}

/** A number typed as text: full-width digits, 。/， decimal marks and spaces are accepted. */
export function NumberField(p: NumberProps) {
  const input = useRef<HTMLInputElement>(null);
  const room = useMessageRoom(p.value, p.error);
  const change = (v: string) => {
    room.report(v);
    p.onChange(v);
  };
  const normalise = (text: string) => {
    const r = parseNumber(text, p.rule);
    if (r.ok) change(r.text);
    // An empty field is only flagged when the form is sent, not when the pupil moves on.
    p.onCheck?.(r.ok || text.trim() === '' ? undefined : r.error);
  };
  const composing = useComposition(input, normalise);
  return (
    <div class="eck-field" ref={room.field} onFocusIn={room.onFocusIn}>
      <label for={p.id}>
        <LabelText {...p} optional={p.rule.required === false} />
      </label>
      <input
        ref={input}
        id={p.id}
        class="eck-input eck-input--number"
        type="text"
        inputMode={p.integer ? 'numeric' : 'decimal'}
        autocomplete="off"
        value={p.value}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.error, p.hint)}
        onInput={(e) => change((e.currentTarget as HTMLInputElement).value)}
        onBlur={(e) => {
          // Focus going to a button of this form (保存, 取消修改): its own action checks or
          // clears every field, and a message shown now could still move it under the finger
          // (a message longer than one line, in a narrow column).
          const to = e.relatedTarget;
          if (to instanceof HTMLButtonElement && to.form === e.currentTarget.form) return;
          if (!composing.current) normalise(e.currentTarget.value);
        }}
      />
      <Messages id={p.id} error={p.error} hint={p.hint} room={room.room} />
    </div>
  );
}

interface DateProps extends BaseProps {
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
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.error, p.hint)}
        onInput={(e) => p.onChange((e.currentTarget as HTMLInputElement).value)}
      />
      <Messages id={p.id} error={p.error} hint={p.hint} />
    </div>
  );
}

interface Option {
  value: string;
  label: string;
}

interface SelectProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  /** Text of the empty first option (e.g. "请选择"). */
  placeholder?: string;
}

export function SelectField(p: SelectProps) {
  return (
    <div class="eck-field">
      <label for={p.id}>{p.label}</label>
      <select
        id={p.id}
        class="eck-input"
        value={p.value}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.error, p.hint)}
        onChange={(e) => p.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {p.placeholder !== undefined && <option value="">{p.placeholder}</option>}
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={p.id} error={p.error} hint={p.hint} />
    </div>
  );
}

interface ChoiceProps extends BaseProps {
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
    <fieldset class="eck-field eck-choices" aria-describedby={describedBy(p.id, p.error, p.hint)}>
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
      <Messages id={p.id} error={p.error} hint={p.hint} />
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

/** The buttons at the end of a form: submit, and cancel while editing. */
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
  onDelete: () => void;
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
        <button
          type="button"
          class="eck-button eck-button--danger"
          onClick={onDelete}
          aria-label={`删除 ${what}`}
        >
          删除
        </button>
      </div>
    </li>
  );
}
