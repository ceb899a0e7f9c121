// Words for the player: texts by key, effects previewed before a choice, and the "why" of any
// figure as the list of named parts that make it.
import { sumModifiers } from './expr/compile';
import { DEFAULT_LANGUAGE } from './texts';
import type { Effect, EvalContext, GameState, Modifier, Scenario } from './types';

export function text(scenario: Scenario, key: string, lang = DEFAULT_LANGUAGE): string {
  return scenario.texts[lang]?.[key] ?? scenario.texts[DEFAULT_LANGUAGE]?.[key] ?? key;
}

export function hasText(scenario: Scenario, key: string, lang = DEFAULT_LANGUAGE): boolean {
  return (
    scenario.texts[lang]?.[key] !== undefined ||
    scenario.texts[DEFAULT_LANGUAGE]?.[key] !== undefined
  );
}

export function nameOf(
  scenario: Scenario,
  kind: 'track' | 'region' | 'character' | 'faction' | 'order' | 'derived' | 'flag',
  id: string,
  lang?: string,
): string {
  if (id === 'none') return 'no one';
  const key = `${kind}.${id}.name`;
  return hasText(scenario, key, lang) ? text(scenario, key, lang) : id;
}

export function monthName(monthIndex: number, day: number | null = null): string {
  const year = Math.floor(monthIndex / 12);
  const month = [
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
  ][monthIndex % 12];
  return day ? `${day} ${month} ${year}` : `${month} ${year}`;
}

const signed = (n: number): string => (n > 0 ? `+${fmt(n)}` : fmt(n));
const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** One line per effect, in the player's words, with amounts worked out where `ctx` is given.
 *  With a `viewer`, changes to other factions' private tracks are left out: they are not the
 *  viewer's to know. */
export function describeEffects(
  scenario: Scenario,
  effects: readonly Effect[],
  ctx: EvalContext | null,
  lang?: string,
  viewer?: string,
): string[] {
  const hidden = (track: string) => {
    const def = scenario.index.track.get(track);
    return viewer !== undefined && def !== undefined && def.private && def.owner !== viewer;
  };
  const value = (n: {
    constant: number | null;
    source: string;
    run: (c: EvalContext) => number;
  }) => (n.constant !== null ? n.constant : ctx ? n.run(ctx) : null);
  const amount = (n: Parameters<typeof value>[0]) => {
    const v = value(n);
    return v === null ? `(${n.source})` : signed(Math.round(v * 10) / 10);
  };
  const region = (id: string) =>
    id === 'target'
      ? ctx?.target
        ? nameOf(scenario, 'region', ctx.target, lang)
        : 'the target'
      : nameOf(scenario, 'region', id, lang);
  const out: string[] = [];
  for (const e of effects) {
    switch (e.op) {
      case 'add':
        for (const [id, n] of e.entries)
          if (!hidden(id)) out.push(`${nameOf(scenario, 'track', id, lang)} ${amount(n)}`);
        break;
      case 'set':
        for (const [id, n] of e.tracks)
          if (!hidden(id))
            out.push(`${nameOf(scenario, 'track', id, lang)} becomes ${value(n) ?? n.source}`);
        for (const [id, v] of e.flags)
          out.push(`${nameOf(scenario, 'flag', id, lang)}: ${v ? 'yes' : 'no'}`);
        break;
      case 'unrest':
        for (const [id, n] of e.entries) out.push(`Unrest in ${region(id)} ${amount(n)}`);
        break;
      case 'control':
        for (const [id, f] of e.entries)
          out.push(`${region(id)} passes to ${nameOf(scenario, 'faction', f, lang)}`);
        break;
      case 'health':
        for (const [id, n] of e.entries)
          out.push(`${nameOf(scenario, 'character', id, lang)}'s health ${amount(n)}`);
        break;
      case 'kill':
        out.push(`${nameOf(scenario, 'character', e.character, lang)} dies`);
        break;
      case 'trigger':
        out.push(
          `Sets in motion: ${text(scenario, `event.${e.event}.title`, lang)}${e.delay > 1 ? ` (in ${e.delay} months)` : ''}`,
        );
        break;
      case 'end':
        out.push(`The story ends: ${text(scenario, `ending.${e.ending}.title`, lang)}`);
        break;
      case 'chance': {
        const p = value(e.p);
        const then = describeEffects(scenario, e.then, ctx, lang, viewer);
        const otherwise = describeEffects(scenario, e.else, ctx, lang, viewer);
        out.push(
          `${p === null ? 'Perhaps' : `${Math.round(p * 100)}% chance`}: ${then.join(', ') || 'nothing'}${otherwise.length ? `; otherwise ${otherwise.join(', ')}` : ''}`,
        );
        break;
      }
      case 'if': {
        const holds = ctx ? e.when.run(ctx) : null;
        const branch = holds === null ? null : holds ? e.then : e.else;
        if (branch) out.push(...describeEffects(scenario, branch, ctx, lang, viewer));
        else
          out.push(
            `If ${e.when.source}: ${describeEffects(scenario, e.then, ctx, lang, viewer).join(', ')}`,
          );
        break;
      }
    }
  }
  return out;
}

export interface Part {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly active: boolean;
}

export interface Explanation {
  readonly id: string;
  readonly name: string;
  readonly value: number;
  /** For a track: its monthly drift, part by part. For a derived figure: its terms. */
  readonly parts: readonly Part[];
  readonly total: number;
}

function parts(
  ctx: EvalContext,
  mods: readonly Modifier[],
  labelPrefix: string,
  lang?: string,
): Part[] {
  return mods.map((m) => {
    const active = !m.when || m.when.run(ctx);
    return {
      id: m.id,
      label: text(ctx.scenario, `${labelPrefix}.${m.id}`, lang),
      value: active ? m.value.run(ctx) : 0,
      active,
    };
  });
}

/** Why a track or derived figure is what it is, and where it is heading. */
export function explain(
  scenario: Scenario,
  state: GameState,
  id: string,
  lang?: string,
): Explanation | null {
  const ctx: EvalContext = { scenario, state, target: null };
  const track = scenario.index.track.get(id);
  if (track) {
    const p = parts(ctx, track.drift, `track.${id}.drift`, lang);
    return {
      id,
      name: nameOf(scenario, 'track', id, lang),
      value: state.tracks[id] ?? 0,
      parts: p,
      total: p.reduce((a, b) => a + b.value, 0),
    };
  }
  const derived = scenario.index.derived.get(id);
  if (derived) {
    const p = parts(ctx, derived.terms, `derived.${id}.term`, lang);
    const value = sumModifiers(ctx, derived.terms);
    return { id, name: nameOf(scenario, 'derived', id, lang), value, parts: p, total: value };
  }
  return null;
}

/** The stage a threat clock is at. */
export function clockStage(
  scenario: Scenario,
  state: GameState,
  id: string,
): { index: number; id: string; label: string } | null {
  const track = scenario.index.track.get(id);
  if (!track || track.stages.length === 0) return null;
  const v = state.tracks[id] ?? 0;
  let index = 0;
  track.stages.forEach((s, i) => {
    if (v >= s.at) index = i;
  });
  const stage = track.stages[index]!;
  return { index, id: stage.id, label: text(scenario, `track.${id}.stage.${stage.id}`) };
}
