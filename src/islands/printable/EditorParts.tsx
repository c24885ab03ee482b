/**
 * The parts every printable editor (the pledge sheet, the proposal letter) is made of: a panel
 * of settings hidden on paper, with what the device says about keeping them; text inputs; the
 * print and reset buttons; and the A4 preview that prints as it looks.
 */
import type { ComponentChildren } from 'preact';
import type { ReadableAtom } from 'nanostores';
import { useStore } from '@nanostores/preact';
import type { LoadNotice, SaveState } from '../../stores/persisted';
import { useMounted } from '../use-mounted';
import { DeviceNotice } from '../DeviceNotice';

/**
 * The value kept on the device once mounted, `defaults` before (what the page was built with,
 * so hydration matches), and whether it is mounted.
 */
export function useDeviceValue<T>($value: ReadableAtom<T>, defaults: T) {
  const mounted = useMounted();
  const stored = useStore($value);
  return { mounted, value: mounted ? stored : defaults };
}

/** What the panel says about keeping the value on the device (see DeviceNotice). */
interface DeviceProps {
  /** What is kept, as in “本设备上保存的设置”. */
  what: string;
  $save: ReadableAtom<SaveState>;
  $notice: ReadableAtom<LoadNotice | null>;
  /** File name for the raw damaged value. */
  rawFileName: string;
  onDismiss: () => void;
  onRelease: () => void;
}

/** The device's notices, once mounted (storage is read then). */
function PanelNotice({ $save, $notice, ...rest }: DeviceProps) {
  const save = useStore($save);
  const notice = useStore($notice);
  return <DeviceNotice save={save} notice={notice} {...rest} />;
}

/** The settings, not printed, with what the device says about keeping them. */
export function EditorPanel(p: {
  /** Id of the heading, which names the panel. */
  id: string;
  heading: string;
  mounted: boolean;
  device: DeviceProps;
  children: ComponentChildren;
}) {
  return (
    <section class="eck-print-hidden eck-settings" aria-labelledby={p.id}>
      <h2 id={p.id}>{p.heading}</h2>
      {p.mounted && <PanelNotice {...p.device} />}
      {/* Disabled until the island runs and has read what this device keeps: a word typed
          into the page's HTML before then would be lost (nothing saves it, and the stored
          value then replaces it). */}
      <fieldset class="eck-settings-fields" disabled={!p.mounted}>
        {p.children}
      </fieldset>
    </section>
  );
}

/** A labelled one-line text input cut to `maxLength`. */
export function TextInput(p: {
  id: string;
  label: string;
  value: string;
  placeholder?: string | undefined;
  maxLength: number;
  onInput: (value: string) => void;
}) {
  return (
    <div class="eck-field">
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        type="text"
        value={p.value}
        placeholder={p.placeholder}
        maxLength={p.maxLength}
        onInput={(e) => p.onInput(e.currentTarget.value)}
      />
    </div>
  );
}

/**
 * A labelled text area with its hint (`ID-hint`) above it; `describedBy` names what `children`
 * (shown below it) say about the text, e.g. a warning.
 */
export function TextAreaField(p: {
  id: string;
  label: string;
  hint: ComponentChildren;
  rows: number;
  value: string;
  maxLength: number;
  describedBy: readonly string[];
  onInput: (value: string) => void;
  children: ComponentChildren;
}) {
  const hintId = `${p.id}-hint`;
  return (
    <div class="eck-field">
      <label for={p.id}>{p.label}</label>
      <p class="eck-hint" id={hintId}>
        {p.hint}
      </p>
      <textarea
        id={p.id}
        rows={p.rows}
        value={p.value}
        maxLength={p.maxLength}
        aria-describedby={[hintId, ...p.describedBy].join(' ')}
        onInput={(e) => p.onInput(e.currentTarget.value)}
      />
      {p.children}
    </div>
  );
}

/** Print, and go back to the defaults after the user confirms `resetQuestion`. */
export function PrintActions(p: {
  printLabel: ComponentChildren;
  resetLabel: string;
  resetQuestion: string;
  onReset: () => void;
}) {
  return (
    <div class="eck-actions">
      <button type="button" class="eck-button eck-button--primary" onClick={() => window.print()}>
        {p.printLabel}
      </button>
      <button
        type="button"
        class="eck-button"
        onClick={() => {
          if (window.confirm(p.resetQuestion)) p.onReset();
        }}
      >
        {p.resetLabel}
      </button>
    </div>
  );
}

/** The A4 pages as they print, in a region that scrolls sideways on a narrow screen. */
export function PrintPreview(p: {
  /** Id of the heading (hidden on paper), which names the preview. */
  id: string;
  heading: ComponentChildren;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <section class={p.class} aria-labelledby={p.id}>
      <h2 id={p.id} class="eck-print-hidden">
        {p.heading}
      </h2>
      <div
        class="eck-sheets-scroll"
        tabIndex={0}
        role="region"
        aria-label="A4 打印预览，可左右滚动"
      >
        <div class="eck-sheets">{p.children}</div>
      </div>
    </section>
  );
}
