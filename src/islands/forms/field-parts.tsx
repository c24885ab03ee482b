/**
 * What every field of the kit has: its label, and the hint and message lines below the input,
 * tied to it with aria-describedby (and aria-invalid while there is an error).
 */

export interface FieldProps {
  id: string;
  label: string;
  /** Read by screen readers before the label, e.g. the sample a size belongs to. */
  hiddenPrefix?: string | undefined;
  /** Leave out "（可不填）" where space is short. */
  compact?: boolean;
  error?: string | undefined;
  hint?: string | undefined;
}

/** The input's aria attributes; `more` names other lines about it (a counter). */
export function describe(p: FieldProps, invalid?: boolean, ...more: string[]) {
  const ids = [p.hint && `${p.id}-hint`, p.error && `${p.id}-error`, ...more].filter(Boolean);
  return {
    'aria-invalid': p.error || invalid ? true : undefined,
    'aria-describedby': ids.length ? ids.join(' ') : undefined,
  };
}

/**
 * The hint and the error below a field. `room` keeps the error line's height while there is no
 * error (a field checked on blur, see number-field.tsx).
 */
export function Messages({ id, error, hint, room }: FieldProps & { room?: boolean }) {
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

/** A field's label text; "（可不填）" after it when `optional`. */
export function LabelText(p: FieldProps & { optional?: boolean | undefined }) {
  return (
    <>
      {p.hiddenPrefix && <span class="eck-visually-hidden">{p.hiddenPrefix} </span>}
      {p.label}
      {p.optional && !p.compact && <span class="eck-optional">（可不填）</span>}
    </>
  );
}
