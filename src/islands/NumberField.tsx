import { useRef } from 'preact/hooks';
import { useComposition } from './use-composition';

interface Props {
  id: string;
  label: string;
  unit: string;
  text: string;
  error?: string | undefined;
  /** Extra words after the message, e.g. which value the result still uses. */
  errorNote?: string | undefined;
  inputMode: 'decimal' | 'numeric';
  /** Typed text; `composing` is true while an input method is still composing. */
  onType: (text: string, composing: boolean) => void;
  /** Blur or Enter: normalise and check. */
  onCommit: () => void;
  /** − and + buttons; left out when the field has none. */
  onStep?: ((dir: 1 | -1) => void) | undefined;
}

/**
 * A number typed as text (never type="number") with large − / + buttons and its message beside
 * it. Text is passed on as typed; nothing is normalised while an input method is composing.
 */
export function NumberField(props: Props) {
  const { id, label, unit, text, error, errorNote, inputMode, onType, onCommit, onStep } = props;
  const input = useRef<HTMLInputElement>(null);
  const composing = useComposition(input, (value) => onType(value, false));
  const msgId = `${id}-msg`;

  return (
    <div class="eck-field">
      <label class="eck-field-label" for={id}>
        {label}
      </label>
      <div class="eck-stepper">
        {onStep && (
          <button
            type="button"
            class="eck-step"
            aria-label={`${label}减少`}
            aria-controls={id}
            onClick={() => onStep(-1)}
          >
            −
          </button>
        )}
        <input
          ref={input}
          id={id}
          class="eck-field-input"
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${id}-unit ${msgId}`}
          onInput={(e) =>
            onType(
              e.currentTarget.value,
              composing.current || (e as unknown as InputEvent).isComposing === true,
            )
          }
          onBlur={onCommit}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.isComposing && !composing.current) onCommit();
          }}
        />
        <span class="eck-unit" id={`${id}-unit`}>
          {unit}
        </span>
        {onStep && (
          <button
            type="button"
            class="eck-step"
            aria-label={`${label}增加`}
            aria-controls={id}
            onClick={() => onStep(1)}
          >
            +
          </button>
        )}
      </div>
      <p id={msgId} class="eck-field-msg" aria-live="polite">
        {error && (
          <>
            {error}
            {errorNote && <span class="eck-field-note">{errorNote}</span>}
          </>
        )}
      </p>
    </div>
  );
}
