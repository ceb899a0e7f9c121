// The scenario's calendar: how long a turn lasts, and how dates become numbers the rules compare.
// A date is a *tick*: a month index (`year * 12 + month - 1`) in a scenario played by the month,
// a day number (days since 1970-01-01) in one played by the day or the week. A monthly scenario
// thus keeps the numbers it always had, and every save of one replays unchanged.

export const TURN_UNITS = ['day', 'week', 'month'] as const;
export type TurnUnit = (typeof TURN_UNITS)[number];

export interface Calendar {
  readonly unit: TurnUnit;
  /** How many units one turn lasts. */
  readonly length: number;
}

export const MONTHLY: Calendar = { unit: 'month', length: 1 };

/** The longest turn a scenario may declare, in its unit. */
export const MAX_TURN_LENGTH = 12;

const TURN = /^(?:(\d+) +)?(day|week|month)s?$/;

/** A scenario's `turn` (`day`, `3 days`, `week`, `2 weeks`, `month`) read, or null if it is not
 *  one. */
export function parseTurn(text: string): Calendar | null {
  const m = TURN.exec(text.trim());
  if (!m) return null;
  const length = m[1] === undefined ? 1 : Number(m[1]);
  if (length < 1 || length > MAX_TURN_LENGTH) return null;
  return { unit: m[2] as TurnUnit, length };
}

/** Ticks from one turn to the next. */
export function turnStep(c: Calendar): number {
  return c.unit === 'week' ? 7 * c.length : c.length;
}

/** Whether ticks count days (rather than months). */
export const countsDays = (c: Calendar): boolean => c.unit !== 'month';

/** The tick of a date given as a month index and an optional day (the first of the month if
 *  none is given). */
export function tickOf(c: Calendar, month: number, day: number | null): number {
  if (!countsDays(c)) return month;
  return daysFromCivil(Math.floor(month / 12), (month % 12) + 1, day ?? 1);
}

export interface DateParts {
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  /** The day of the month, or null in a monthly calendar. */
  readonly day: number | null;
}

export function partsOf(c: Calendar, tick: number): DateParts {
  if (!countsDays(c)) return { year: Math.floor(tick / 12), month: (tick % 12) + 1, day: null };
  return civilFromDays(tick);
}

/** The month index a tick falls in. */
export function monthOfTick(c: Calendar, tick: number): number {
  const p = partsOf(c, tick);
  return p.year * 12 + p.month - 1;
}

/** The calendar and first tick a turn is counted from. */
export interface Timeline {
  readonly calendar: Calendar;
  readonly start: number;
}

/** The first tick of a turn. */
export function turnTick(s: Timeline, turn: number): number {
  return s.start + turn * turnStep(s.calendar);
}

/** The turn a tick falls in (negative before the start). */
export function turnOfTick(s: Timeline, tick: number): number {
  return Math.floor((tick - s.start) / turnStep(s.calendar));
}

/** How many turns a calendar from `start` to `end` holds (the last one holds `end`). */
export function turnCount(s: Timeline & { readonly end: number }): number {
  return turnOfTick(s, s.end) + 1;
}

/** The first tick of the turn a tick falls in. */
export function turnStartOf(s: Timeline, tick: number): number {
  return turnTick(s, turnOfTick(s, tick));
}

/** The months' names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "October 1962" or "22 October 1962". */
export function partsName(p: DateParts): string {
  const month = MONTHS[p.month - 1];
  return p.day ? `${p.day} ${month} ${p.year}` : `${month} ${p.year}`;
}

/** A tick in words, with the day where the calendar or the scenario gives one. */
export function tickName(c: Calendar, tick: number, day: number | null = null): string {
  const p = partsOf(c, tick);
  return partsName(day && !p.day ? { ...p, day } : p);
}

/** A turn in words: its month, its day, or the days it spans ("22–28 October 1962"). */
export function turnName(s: Timeline, turn: number): string {
  const first = turnTick(s, turn);
  const step = turnStep(s.calendar);
  if (!countsDays(s.calendar)) {
    if (step === 1) return tickName(s.calendar, first);
    return `${tickName(s.calendar, first)} – ${tickName(s.calendar, first + step - 1)}`;
  }
  if (step === 1) return tickName(s.calendar, first);
  const a = civilFromDays(first);
  const b = civilFromDays(first + step - 1);
  if (a.year !== b.year) return `${partsName(a)} – ${partsName(b)}`;
  if (a.month !== b.month) return `${a.day} ${MONTHS[a.month - 1]} – ${partsName(b)}`;
  return `${a.day}–${partsName(b)}`;
}

/** What a number of turns counts, in the plural: "months", "days", "weeks" or "turns" (of 3
 *  days, say). */
export function turnsUnit(c: Calendar): string {
  return c.length === 1 ? `${c.unit}s` : 'turns';
}

/** A turn as a short label: `1948-03` by the month, `1962-10-22` by the day or the week (its
 *  first day). */
export function turnLabel(s: Timeline, turn: number): string {
  const p = partsOf(s.calendar, turnTick(s, turn));
  const ym = `${p.year}-${String(p.month).padStart(2, '0')}`;
  return p.day === null ? ym : `${ym}-${String(p.day).padStart(2, '0')}`;
}

/** A number of turns in words: "1 month", "3 days", "2 weeks". */
export function turnsWord(c: Calendar, turns: number): string {
  const n = turns * c.length;
  return `${n} ${c.unit}${n === 1 ? '' : 's'}`;
}

/** The unit of one turn, as a noun: "month", "day", "week" (or "3 days"). */
export function turnNoun(c: Calendar): string {
  return c.length === 1 ? c.unit : turnsWord(c, 1);
}

// Howard Hinnant's days-from-civil and its inverse: the proleptic Gregorian calendar in integer
// arithmetic, with no clock and no `Date`, so the rules stay pure.
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
