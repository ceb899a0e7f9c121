// A figure's actual change over a month, as the sum of its named causes, from a faction's view:
// the orders, events, choices and drift the faction may know of by name, and one part for all
// the causes it may not.
import { hasText, nameOf, text, UNSEEN } from './words';
import type { GameView, KnownChange } from '../rules/view/view';
import type { KnownCause, Scenario } from '../types';

export interface ChangePart {
  readonly kind: KnownCause['kind'];
  readonly label: string;
  readonly value: number;
}

export interface MonthChange {
  /** The month told of, as a turn: last month while orders are being given, else this one. */
  readonly turn: number;
  /** What the figure moved in that month: the sum of the parts. */
  readonly total: number;
  /** Largest first; causes that moved it by the same label are added together. */
  readonly parts: readonly ChangePart[];
}

/** The month a view's changes tell of. */
export function changeMonth(view: GameView): number {
  return view.phase === 'orders' ? view.turn - 1 : view.turn;
}

/**
 * How `figure` (`track:<id>`, `unrest:<region>` or `health:<character>`) moved in the month the
 * view tells of, cause by cause. Null before the first month has resolved; a month in which it
 * did not move has no parts.
 */
export function monthChange(
  scenario: Scenario,
  view: GameView,
  figure: string,
  lang?: string,
): MonthChange | null {
  const turn = changeMonth(view);
  if (turn < 0) return null;
  const byLabel = new Map<string, { kind: KnownCause['kind']; value: number }>();
  for (const c of view.changes) {
    if (c.turn !== turn || c.figure !== figure) continue;
    const label = causeLabel(scenario, c, view.viewer, lang);
    const part = byLabel.get(label);
    if (part) part.value += c.delta;
    else byLabel.set(label, { kind: c.cause.kind, value: c.delta });
  }
  const parts = [...byLabel]
    .map(([label, p]) => ({ kind: p.kind, label, value: p.value }))
    .filter((p) => p.value !== 0)
    // the unseen part last, the others largest first, then by label: a stable order
    .sort(
      (a, b) =>
        Number(a.kind === 'unseen') - Number(b.kind === 'unseen') ||
        Math.abs(b.value) - Math.abs(a.value) ||
        (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
    );
  return { turn, total: parts.reduce((a, p) => a + p.value, 0), parts };
}

function causeLabel(scenario: Scenario, c: KnownChange, viewer: string, lang?: string): string {
  const cause = c.cause;
  const order = (id: string) => nameOf(scenario, 'order', id, lang);
  const who = (f: string) => (f === viewer ? 'your' : `${nameOf(scenario, 'faction', f, lang)}'s`);
  switch (cause.kind) {
    case 'order':
      return `${capitalise(who(cause.faction))} order: ${order(cause.order)}${
        cause.target ? ` (${nameOf(scenario, 'region', cause.target, lang)})` : ''
      }`;
    case 'cost':
      return `The cost of ${who(cause.faction)} order: ${order(cause.order)}`;
    case 'event':
      return `Event: ${text(scenario, `event.${cause.event}.title`, lang)}`;
    case 'choice':
      return `Decision: ${text(scenario, `event.${cause.event}.title`, lang)} — ${text(
        scenario,
        `event.${cause.event}.choice.${cause.option}.label`,
        lang,
      )}`;
    case 'drift': {
      if (cause.modifier === '') return 'Held at its limit';
      const key = `track.${cause.track}.drift.${cause.modifier}`;
      return `Drift: ${hasText(scenario, key, lang) ? text(scenario, key, lang) : cause.modifier}`;
    }
    case 'unseen':
      return capitalise(UNSEEN.causes);
  }
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
