/**
 * The sorting activity's settings (rules, grade band, screen, timer, round size): coerced from
 * the address and from storage, and written back to the address so a teacher can share a link.
 */
import { gradeBands, type GradeBand } from '../../schemas/waste-sorting/vocab';
import type { Salvaged } from '../safe-json';
import { NATIONAL, parseCityId, parseGradeBand, type SortCity } from './rules';

export const screenModes = ['panel', 'tablet'] as const;
export type ScreenMode = (typeof screenModes)[number];
/** Timed-round lengths in seconds; 0 is untimed. */
export const timeLimits = [0, 60, 120, 180] as const;
export type TimeLimit = (typeof timeLimits)[number];
/** Cards per round; 0 is every item of the band. */
export const roundSizes = [12, 20, 0] as const;
export type RoundSize = (typeof roundSizes)[number];

export interface SortPrefs {
  city: string;
  band: GradeBand;
  mode: ScreenMode;
  limit: TimeLimit;
  size: RoundSize;
}

export const defaultPrefs = (): SortPrefs => ({
  city: NATIONAL,
  band: '3-4',
  mode: 'panel',
  limit: 0,
  size: 12,
});

const oneOf = <T>(list: readonly T[], v: unknown): v is T =>
  (list as readonly unknown[]).includes(v);

/** Settings from a stored value, keeping each valid field; `dropped` counts the bad ones. */
export function salvagePrefs(raw: unknown, cities: readonly SortCity[]): Salvaged<SortPrefs> {
  const d = defaultPrefs();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { value: d, dropped: 1 };
  const r = raw as Record<string, unknown>;
  let dropped = 0;
  const pick = <T>(ok: boolean, v: unknown, fallback: T): T => {
    if (v === undefined) return fallback;
    if (!ok) dropped++;
    return ok ? (v as T) : fallback;
  };
  const value: SortPrefs = {
    city: pick(r.city === NATIONAL || parseCityId(r.city, cities) !== NATIONAL, r.city, d.city),
    band: pick(oneOf(gradeBands, r.band), r.band, d.band),
    mode: pick(oneOf(screenModes, r.mode), r.mode, d.mode),
    limit: pick(oneOf(timeLimits, r.limit), r.limit, d.limit),
    size: pick(oneOf(roundSizes, r.size), r.size, d.size),
  };
  return { value, dropped };
}

/** Settings given in an address (`?city=shanghai&band=1-2&mode=tablet&time=120&cards=20`) over `base`. */
export function prefsFromQuery(
  search: string,
  base: SortPrefs,
  cities: readonly SortCity[],
): SortPrefs {
  const q = new URLSearchParams(search);
  const num = (k: string) => (q.has(k) ? Number(q.get(k)) : undefined);
  const city = q.get('city');
  const mode = q.get('mode');
  const limit = num('time');
  const size = num('cards');
  return {
    city: city === null ? base.city : parseCityId(city, cities),
    band: q.has('band') ? parseGradeBand(q.get('band'), base.band) : base.band,
    mode: oneOf(screenModes, mode) ? mode : base.mode,
    limit: oneOf(timeLimits, limit) ? limit : base.limit,
    size: oneOf(roundSizes, size) ? size : base.size,
  };
}

/** The address's query with the settings written in (other parameters kept). */
export function queryWithPrefs(search: string, p: SortPrefs): string {
  const q = new URLSearchParams(search);
  q.set('city', p.city);
  q.set('band', p.band);
  q.set('mode', p.mode);
  q.set('time', String(p.limit));
  q.set('cards', String(p.size));
  return `?${q.toString()}`;
}
