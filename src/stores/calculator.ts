/**
 * State of one carbon calculator: the scenario that drives the result, the text in each field
 * (which may be wrong while the pupil is typing), and notices about a bad shared link.
 *
 * A factory rather than module-level stores: the lesson page and /calculator/ each build one from
 * the data passed in as props, and tests build fresh ones. Islands subscribe and dispatch.
 */
import { atom, computed, map } from 'nanostores';
import { calculateSavings } from '../lib/carbon';
import type { Group, Period } from '../lib/carbon';
import {
  daysOf,
  defaultScenario,
  fieldKeys,
  fieldText,
  fieldValue,
  parseField,
  parseScenario,
  peopleOf,
  serializeScenario,
  steppedValue,
  withField,
  type CalculatorBand,
  type FieldKey,
  type Scenario,
  type ScenarioConfig,
} from '../lib/carbon-scenario';

/** What a field shows and the message beside it. */
export interface FieldDraft {
  text: string;
  /** Chinese message when the text is not accepted; the scenario keeps its last good value. */
  error?: string;
}

export type Calculator = ReturnType<typeof createCalculator>;

export function createCalculator(config: ScenarioConfig) {
  const draftsOf = (s: Scenario) =>
    Object.fromEntries(
      fieldKeys(config).map((k) => [k, { text: fieldText(config, s, k) }]),
    ) as Record<FieldKey, FieldDraft>;

  const $scenario = atom<Scenario>(defaultScenario(config));
  const $fields = map<Record<FieldKey, FieldDraft>>(draftsOf($scenario.get()));
  /** Problems found in the URL the page was opened with. */
  const $notices = atom<string[]>([]);
  const $savings = computed($scenario, (s) =>
    calculateSavings({
      factors: config.actions,
      perDay: s.perDay,
      people: peopleOf(s),
      days: daysOf(s),
    }),
  );
  /** The scenario as a URL query, for history.replaceState. */
  const $query = computed($scenario, (s) => serializeScenario(config, s));

  function setValue(key: FieldKey, value: number) {
    $scenario.set(withField($scenario.get(), key, value));
  }

  /**
   * Text typed into a field. While an input method is composing, only the text is kept; otherwise
   * a good value updates the result at once, a bad one shows its message and changes nothing.
   * Empty text waits for blur, so clearing a field to retype it does not flash a message.
   */
  function typeField(key: FieldKey, text: string, composing = false) {
    if (composing) {
      $fields.setKey(key, { ...$fields.get()[key], text });
      return;
    }
    const r = parseField(config, key, text, $scenario.get().band);
    if (r.ok) {
      setValue(key, r.value);
      $fields.setKey(key, { text });
    } else {
      $fields.setKey(key, text.trim() === '' ? { text } : { text, error: r.error });
    }
  }

  /** The field lost focus: show its text normalised (１２ → 12) or its message. */
  function commitField(key: FieldKey) {
    const text = $fields.get()[key]?.text ?? '';
    const r = parseField(config, key, text, $scenario.get().band);
    if (r.ok) {
      setValue(key, r.value);
      $fields.setKey(key, { text: r.text });
    } else {
      $fields.setKey(key, { text, error: r.error });
    }
  }

  /** − (dir −1) or + (dir +1): from the last good value, within the field's range. */
  function stepField(key: FieldKey, dir: 1 | -1) {
    const value = steppedValue(config, key, fieldValue($scenario.get(), key), dir);
    setValue(key, value);
    $fields.setKey(key, { text: fieldText(config, $scenario.get(), key) });
  }

  function setPeriod(period: Period) {
    $scenario.set({ ...$scenario.get(), period });
  }

  function setWho(who: Group) {
    $scenario.set({ ...$scenario.get(), who });
  }

  /** Grades 3–4 or 5–6; a value the new band does not accept is flagged beside its field. */
  function setBand(band: CalculatorBand) {
    $scenario.set({ ...$scenario.get(), band });
    for (const key of fieldKeys(config)) commitField(key);
  }

  /** Restore a scenario from a URL query; wrong values fall back to defaults with a notice. */
  function loadQuery(search: string) {
    const { scenario, problems } = parseScenario(config, search);
    $scenario.set(scenario);
    $fields.set(draftsOf(scenario));
    $notices.set(problems);
  }

  /** Back to the defaults. */
  function reset() {
    loadQuery('');
  }

  function dismissNotices() {
    $notices.set([]);
  }

  return {
    config,
    $scenario,
    $fields,
    $notices,
    $savings,
    $query,
    typeField,
    commitField,
    stepField,
    setPeriod,
    setWho,
    setBand,
    loadQuery,
    reset,
    dismissNotices,
  };
}
