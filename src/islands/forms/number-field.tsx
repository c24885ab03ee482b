/**
 * Number text is normalised only on blur and after an input method's composition ends, never
 * while the pupil is still composing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseNumber, type NumberRule } from '../../lib/parse-number';
import { useComposition } from '../use-composition';
import { describe, LabelText, Messages, type FieldProps } from './field-parts';

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

interface NumberProps extends FieldProps {
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
        {...describe(p)}
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
      <Messages {...p} room={room.room} />
    </div>
  );
}
