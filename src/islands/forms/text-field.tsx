import { describe, LabelText, Messages, type FieldProps } from './field-parts';

interface TextProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  required?: boolean;
  multiline?: boolean;
  /** Suggestions (e.g. the group's nicknames). */
  list?: string | undefined;
}

/**
 * Plain text with its length against the limit ("12/200 字"): always in a text area, in a
 * one-line field only from 80 % of the limit, so a short name is not counted.
 */
export function TextField(p: TextProps) {
  const max = p.maxLength;
  const length = p.value.trim().length;
  const counted = p.multiline || length >= max * 0.8;
  const over = counted && length > max;
  const props = {
    id: p.id,
    class: 'eck-input',
    value: p.value,
    required: p.required,
    ...describe(p, over, counted ? `${p.id}-count` : ''),
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
      {counted && (
        <span class={over ? 'eck-counter eck-counter--over' : 'eck-counter'} id={`${p.id}-count`}>
          {length}/{max} 字
        </span>
      )}
      <Messages {...p} />
    </div>
  );
}
