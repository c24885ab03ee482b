/**
 * Checking the decomposition log's forms (setup, predictions, observations). Apart from
 * gum-forms.ts so that it loads with the log's panel, not with the record page.
 */
import { textLimits } from '../schemas/gum-common';
import {
  media,
  sampleItems,
  sampleStates,
  type Medium,
  type SampleItem,
} from '../schemas/gum-vocab';
import type {
  DecompositionSetup,
  Observation,
  ObservationEntry,
  Prediction,
} from '../schemas/gum-decomposition';
import { Checker, isOneOf, numberRules, type Fields, type FormResult } from './gum-forms';

export type SetupInput = Fields<DecompositionSetup>;
export type PredictionInput = Fields<Prediction>;
export type ObservationInput = Fields<Observation>;

export interface SetupFields {
  startDate: string;
  media: string[];
  items: string[];
  note: string;
}
/** `firstObservation`: the earliest observation date, which the start may not come after. */
export function checkSetupForm(
  f: SetupFields,
  today: string,
  firstObservation: string | null,
): FormResult<SetupInput, keyof SetupFields> {
  const c = new Checker<keyof SetupFields>();
  const startDate = c.date('startDate', f.startDate, { today, label: '开始日期' });
  if (!c.errors.startDate && firstObservation && startDate > firstObservation) {
    c.errors.startDate = `开始日期不能晚于已记录的第一次观察（${firstObservation}）。`;
  }
  const chosenMedia = media.filter((m) => f.media.includes(m));
  if (chosenMedia.length === 0) c.errors.media = '至少选一个放样品的地方。';
  const chosenItems = sampleItems.filter((i) => f.items.includes(i));
  if (chosenItems.length === 0) c.errors.items = '至少选一种样品。';
  const note = c.text('note', f.note, { label: '备注', max: textLimits.note });
  return c.result({ startDate, media: chosenMedia, items: chosenItems, note });
}

export interface PredictionFields {
  pupil: string;
  mostChangeItem: string;
  leastChangeItem: string;
  mostChangeMedium: string;
  reason: string;
}
export function checkPredictionForm(
  f: PredictionFields,
): FormResult<PredictionInput, keyof PredictionFields> {
  const c = new Checker<keyof PredictionFields>();
  const pupil = c.text('pupil', f.pupil, {
    label: '昵称',
    max: textLimits.nickname,
    required: true,
  });
  const mostChangeItem = c.choice(
    'mostChangeItem',
    sampleItems,
    f.mostChangeItem,
    '请选择变化最大的样品。',
  );
  const leastChangeItem = c.choice(
    'leastChangeItem',
    sampleItems,
    f.leastChangeItem,
    '请选择几乎不变的样品。',
  );
  if (!c.errors.mostChangeItem && !c.errors.leastChangeItem && mostChangeItem === leastChangeItem) {
    c.errors.leastChangeItem = '变化最大和几乎不变的不能是同一种样品。';
  }
  const mostChangeMedium = c.choice(
    'mostChangeMedium',
    media,
    f.mostChangeMedium,
    '请选择变化最大的地方。',
  );
  const reason = c.text('reason', f.reason, { label: '理由', max: textLimits.note });
  return c.result({ pupil, mostChangeItem, leastChangeItem, mostChangeMedium, reason });
}

export interface EntryFields {
  item: SampleItem;
  medium: Medium;
  /** '' when this sample was not checked. */
  state: string;
  size: string;
  note: string;
}
export interface ObservationFields {
  date: string;
  observer: string;
  entries: EntryFields[];
  note: string;
}
/** Error keys: the top-level fields, plus `entry-<item>-<medium>-size` / `-note`. */
export type ObservationErrorKey = keyof ObservationFields | `entry-${string}`;

export function checkObservationForm(
  f: ObservationFields,
  today: string,
  startDate: string,
): FormResult<ObservationInput, ObservationErrorKey> {
  const c = new Checker<ObservationErrorKey>();
  const date = c.date('date', f.date, { today, notBefore: startDate, label: '观察日期' });
  const observer = c.text('observer', f.observer, { label: '观察人', max: textLimits.nickname });
  const entries: ObservationEntry[] = [];
  for (const e of f.entries) {
    const key = `entry-${e.item}-${e.medium}` as const;
    const size = c.number(`${key}-size`, e.size, numberRules.size);
    const note = c.text(`${key}-note`, e.note, { label: '备注', max: textLimits.entryNote });
    if (e.state === '') {
      if (e.size.trim() || e.note.trim()) {
        c.errors[`${key}-state`] = '填了大小或备注，请也选一个状态。';
      }
      continue;
    }
    if (!isOneOf(sampleStates, e.state)) {
      c.errors[`${key}-state`] = '请选择状态。';
      continue;
    }
    entries.push({ item: e.item, medium: e.medium, state: e.state, sizeCm: size, note });
  }
  if (entries.length === 0 && !Object.keys(c.errors).some((k) => k.startsWith('entry-'))) {
    c.errors.entries = '至少给一个样品选一个状态。';
  }
  const note = c.text('note', f.note, { label: '备注', max: textLimits.note });
  return c.result({ date, observer, entries, note });
}
