// Words for the player: texts by key, effects previewed before a choice, and the "why" of any
// figure as the list of named parts that make it.
import { MONTHS, turnNoun, turnsWord } from '../calendar';
import { FUNCTION_INDEX } from '../expr/functions';
import { parseExpression, type Node } from '../expr/parse';
import { DEFAULT_LANGUAGE } from '../format/texts';
import { blindFor, readsHidden } from '../rules/secrecy';
import type { GameView } from '../rules/view';
import type {
  CompiledNum,
  Effect,
  EvalContext,
  Modifier,
  OrderDef,
  Scenario,
  TrackDef,
} from '../types';

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
  const month = MONTHS[monthIndex % 12];
  return day ? `${day} ${month} ${year}` : `${month} ${year}`;
}

const signed = (n: number): string => (n > 0 ? `+${fmt(n)}` : fmt(n));
const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Where a preview is worked out: a faction's view of the game (and the region an order is
 *  aimed at), or only the faction, when no game is at hand. */
export type PreviewAt =
  { readonly view: GameView; readonly target?: string | null } | { readonly viewer: string };

/** Said in place of what the viewer may not know. */
export const UNSEEN = {
  effects: 'effects you cannot see',
  condition: 'something you cannot see',
  event: 'something you will not see',
  causes: 'causes you cannot see',
} as const;

/**
 * One line per effect, in the player's words, as the viewer may know them: amounts and
 * conditions are worked out from its view where they read only what it sees, and left as
 * formulas otherwise; others' private tracks, flags kept from it and events hidden from it are
 * never named (a list that changes any says so, once: "effects you cannot see").
 */
export function describeEffects(
  scenario: Scenario,
  effects: readonly Effect[],
  at: PreviewAt,
  lang?: string,
): string[] {
  const viewer = 'view' in at ? at.view.viewer : at.viewer;
  const ctx: EvalContext | null =
    'view' in at ? { scenario, state: at.view, target: at.target ?? null } : null;
  return describeList(scenario, effects, viewer, ctx, lang);
}

function describeList(
  scenario: Scenario,
  effects: readonly Effect[],
  viewer: string,
  ctx: EvalContext | null,
  lang?: string,
): string[] {
  const blind = blindFor(scenario, viewer);
  const hidden = (track: string) => blind.hiddenTracks.has(track);
  const knowable = (n: { readonly source: string }) => !readsHidden(scenario, viewer, n);
  const value = (n: CompiledNum) =>
    n.constant !== null ? n.constant : ctx && knowable(n) ? n.run(ctx) : null;
  const amount = (n: CompiledNum) => {
    const v = value(n);
    return v === null ? `(${knowable(n) ? n.source : 'unknown'})` : signed(Math.round(v * 10) / 10);
  };
  const region = (id: string) =>
    id === 'target'
      ? ctx?.target
        ? nameOf(scenario, 'region', ctx.target, lang)
        : 'the target'
      : nameOf(scenario, 'region', id, lang);
  const sub = (list: readonly Effect[]) => describeList(scenario, list, viewer, ctx, lang);
  // A cost larger than what the track holds stops at its floor; the rest of the effects happen
  // all the same, so the player is told before choosing.
  const shortfall = (id: string, n: Parameters<typeof value>[0]) => {
    const v = value(n);
    const def = scenario.index.track.get(id);
    const has = ctx?.state.tracks[id];
    if (v === null || v >= 0 || !def || has === undefined || has + v >= def.min) return '';
    const left = Math.round((has - def.min) * 10) / 10;
    return ` (only ${left} left: it stops at ${def.min})`;
  };
  const out: string[] = [];
  let unseen = false;
  for (const e of effects) {
    switch (e.op) {
      case 'add':
        for (const [id, n] of e.entries)
          if (hidden(id)) unseen = true;
          else out.push(`${nameOf(scenario, 'track', id, lang)} ${amount(n)}${shortfall(id, n)}`);
        break;
      case 'set':
        for (const [id, n] of e.tracks)
          if (hidden(id)) unseen = true;
          else
            out.push(
              `${nameOf(scenario, 'track', id, lang)} becomes ${value(n) ?? (knowable(n) ? n.source : 'unknown')}`,
            );
        for (const [id, v] of e.flags)
          if (blind.hiddenFlags.has(id)) unseen = true;
          else
            out.push(
              `${nameOf(scenario, 'flag', id, lang)}: ${v ? 'yes' : 'no'}${flagDrifts(scenario, id, v, viewer, ctx, lang)}`,
            );
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
      case 'trigger': {
        const title = blind.hiddenEvents.has(e.event)
          ? UNSEEN.event
          : text(scenario, `event.${e.event}.title`, lang);
        out.push(
          `Sets in motion: ${title}${e.delay > 1 ? ` (in ${turnsWord(scenario.calendar, e.delay)})` : ''}`,
        );
        break;
      }
      case 'end':
        out.push(`The story ends: ${text(scenario, `ending.${e.ending}.title`, lang)}`);
        break;
      case 'chance': {
        const p = value(e.p);
        const then = sub(e.then);
        const otherwise = sub(e.else);
        out.push(
          `${p === null ? 'Perhaps' : `${Math.round(p * 100)}% chance`}: ${then.join(', ') || 'nothing'}${otherwise.length ? `; otherwise ${otherwise.join(', ')}` : ''}`,
        );
        break;
      }
      case 'if': {
        // Listed with its condition, and whether it holds now: it is tested again when the
        // effect happens, and may have changed by then. A condition that reads what the viewer
        // cannot see is not named, nor its answer told: it would tell what is hidden.
        const known = knowable(e.when);
        const holds = ctx && known ? e.when.run(ctx) : null;
        const now = holds === null ? '' : holds ? ' (it does now)' : ' (it does not now)';
        const then = sub(e.then);
        const otherwise = sub(e.else);
        out.push(
          `If ${known ? e.when.source : UNSEEN.condition}${now}: ${then.join(', ') || 'nothing'}${otherwise.length ? `; otherwise ${otherwise.join(', ')}` : ''}`,
        );
        break;
      }
    }
  }
  if (unseen) out.push(out.length ? `and ${UNSEEN.effects}` : capitalise(UNSEEN.effects));
  return out;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------
// What a flag changes each month: the track drifts whose condition reads it

/** How a condition reads a flag: it holds only while the flag is true ('on'), only while it is
 *  false ('off'), or either way ('both', e.g. inside a comparison of numbers). */
type Reading = 'on' | 'off' | 'both';

interface FlagDrift {
  readonly track: TrackDef;
  readonly modifier: Modifier;
  readonly reads: Reading;
}

const merge = (a: Reading | undefined, b: Reading): Reading =>
  a === undefined || a === b ? b : 'both';
const flip = (r: Reading): Reading => (r === 'on' ? 'off' : r === 'off' ? 'on' : 'both');

/** The flags a condition reads and how, from its parsed tree (a reference argument such as
 *  `fired(x)` names an event, never a flag, so it is not looked at). */
function flagReadings(
  node: Node,
  flags: ReadonlyMap<string, unknown>,
  reading: Reading,
  out: Map<string, Reading>,
): void {
  switch (node.kind) {
    case 'name':
      if (flags.has(node.name)) out.set(node.name, merge(out.get(node.name), reading));
      return;
    case 'not':
      return flagReadings(node.arg, flags, flip(reading), out);
    case 'neg':
      return flagReadings(node.arg, flags, 'both', out);
    case 'call': {
      const params = FUNCTION_INDEX.get(node.name)?.params;
      node.args.forEach((a, i) => {
        const kind = params?.[i]?.kind;
        if (kind === undefined || kind === 'num' || kind === 'bool')
          flagReadings(a, flags, 'both', out);
      });
      return;
    }
    case 'binary': {
      const { op, left, right } = node;
      if (op === 'and' || op === 'or') {
        flagReadings(left, flags, reading, out);
        flagReadings(right, flags, reading, out);
        return;
      }
      // `flag == true`, `flag != false` and the like read the flag one way
      const literal = left.kind === 'bool' ? left : right.kind === 'bool' ? right : null;
      const other = literal === left ? right : left;
      if (literal?.kind === 'bool' && (op === '==' || op === '!=')) {
        const positive = literal.value === (op === '==');
        return flagReadings(other, flags, positive ? reading : flip(reading), out);
      }
      flagReadings(left, flags, 'both', out);
      flagReadings(right, flags, 'both', out);
      return;
    }
    default:
      return;
  }
}

const driftsByFlag = new WeakMap<Scenario, ReadonlyMap<string, readonly FlagDrift[]>>();

/** Every drift rule whose condition reads a flag, by flag; worked out once per scenario. */
function flagDriftIndex(scenario: Scenario): ReadonlyMap<string, readonly FlagDrift[]> {
  let index = driftsByFlag.get(scenario);
  if (index) return index;
  const byFlag = new Map<string, FlagDrift[]>();
  for (const track of scenario.tracks)
    for (const modifier of track.drift) {
      if (!modifier.when) continue;
      const parsed = parseExpression(modifier.when.source);
      if (!parsed.ok) continue; // the loader has already rejected it
      const readings = new Map<string, Reading>();
      flagReadings(parsed.node, scenario.index.flag, 'on', readings);
      for (const [flag, reads] of readings) {
        let list = byFlag.get(flag);
        if (!list) byFlag.set(flag, (list = []));
        list.push({ track, modifier, reads });
      }
    }
  driftsByFlag.set(scenario, (index = byFlag));
  return index;
}

/** A short value for a monthly drift: its constant, else its formula if short, else "varies". */
function driftAmount(d: FlagDrift): string {
  const v = d.modifier.value;
  if (v.constant !== null) return signed(v.constant);
  return v.source.length <= 24 ? `(${v.source})` : 'varies';
}

/** What setting `flag` to `value` changes each month, as a suffix to the flag's preview line
 *  ('' when no drift reads it, or only drifts of tracks the viewer may not see). */
function flagDrifts(
  scenario: Scenario,
  flag: string,
  value: boolean,
  viewer: string,
  ctx: EvalContext | null,
  lang?: string,
): string {
  const drifts = flagDriftIndex(scenario).get(flag);
  if (!drifts) return '';
  const hiddenTracks = blindFor(scenario, viewer).hiddenTracks;
  // With the game at hand, the drifts this change would switch on or off now, whatever else
  // their conditions ask; without it, every drift that reads the flag.
  const asIf = (v: boolean): EvalContext | null =>
    ctx && { ...ctx, state: { ...ctx.state, flags: { ...ctx.state.flags, [flag]: v } } };
  const [before, after] = [asIf(!value), asIf(value)];
  const holds: string[] = [];
  const stops: string[] = [];
  const depends: string[] = [];
  for (const d of drifts) {
    // a drift of a track the viewer cannot see, or one that also reads what it cannot see, is
    // a cause it may not be told of
    if (hiddenTracks.has(d.track.id) || readsHidden(scenario, viewer, d.modifier.when!)) continue;
    const key = `track.${d.track.id}.drift.${d.modifier.id}`;
    const label = hasText(scenario, key, lang) ? text(scenario, key, lang) : d.modifier.id;
    const line = `${nameOf(scenario, 'track', d.track.id, lang)} ${driftAmount(d)} (${label})`;
    if (before && after) {
      const [was, will] = [d.modifier.when!.run(before), d.modifier.when!.run(after)];
      if (will && !was) holds.push(line);
      else if (was && !will) stops.push(line);
    } else if (d.reads === 'both') depends.push(line);
    else ((d.reads === 'on') === value ? holds : stops).push(line);
  }
  const parts = [
    holds.length ? `each ${turnNoun(scenario.calendar)} while it holds: ${holds.join(', ')}` : '',
    stops.length ? `stops: ${stops.join(', ')}` : '',
    depends.length ? `also bears on: ${depends.join(', ')}` : '',
  ].filter(Boolean);
  // joined by dashes, not semicolons: the orders menu joins whole effects with semicolons
  return parts.length ? ` — ${parts.join(' — ')}` : '';
}

export interface Part {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly active: boolean;
  /** Set on the one part that stands for the causes the viewer cannot see: its value is not
   *  known to the viewer (it reads 0, and is not in the total). */
  readonly unseen?: true;
}

export interface Explanation {
  readonly id: string;
  readonly name: string;
  /** For a derived figure whose terms read what the viewer cannot see: the sum of the terms
   *  it can see. */
  readonly value: number;
  /** For a track: its monthly drift, part by part. For a derived figure: its terms. */
  readonly parts: readonly Part[];
  /** The sum of the parts the viewer can see. */
  readonly total: number;
}

/** The parts the viewer can work out, then one part for all those it cannot (never named: the
 *  rule's name would tell what it reads). */
function parts(
  ctx: EvalContext,
  viewer: string,
  mods: readonly Modifier[],
  labelPrefix: string,
  lang?: string,
): Part[] {
  const out: Part[] = [];
  let unseen = false;
  for (const m of mods) {
    if (
      (m.when && readsHidden(ctx.scenario, viewer, m.when)) ||
      readsHidden(ctx.scenario, viewer, m.value)
    ) {
      unseen = true;
      continue;
    }
    const active = !m.when || m.when.run(ctx);
    out.push({
      id: m.id,
      label: text(ctx.scenario, `${labelPrefix}.${m.id}`, lang),
      value: active ? m.value.run(ctx) : 0,
      active,
    });
  }
  if (unseen)
    out.push({ id: '', label: capitalise(UNSEEN.causes), value: 0, active: false, unseen: true });
  return out;
}

/** Why a track or derived figure is what it is, and where it is heading, as `view`'s faction may
 *  know it. Null for an unknown id or a track the faction cannot see. */
export function explain(
  scenario: Scenario,
  view: GameView,
  id: string,
  lang?: string,
): Explanation | null {
  const ctx: EvalContext = { scenario, state: view, target: null };
  const track = scenario.index.track.get(id);
  if (track) {
    if (!Object.hasOwn(view.tracks, id)) return null;
    const p = parts(ctx, view.viewer, track.drift, `track.${id}.drift`, lang);
    return {
      id,
      name: nameOf(scenario, 'track', id, lang),
      value: view.tracks[id] ?? 0,
      parts: p,
      total: p.reduce((a, b) => a + b.value, 0),
    };
  }
  const derived = scenario.index.derived.get(id);
  if (derived) {
    const p = parts(ctx, view.viewer, derived.terms, `derived.${id}.term`, lang);
    const value = p.reduce((a, b) => a + b.value, 0);
    return { id, name: nameOf(scenario, 'derived', id, lang), value, parts: p, total: value };
  }
  return null;
}

/** The stage a threat clock is at. */
export function clockStage(
  scenario: Scenario,
  view: GameView,
  id: string,
): { index: number; id: string; label: string } | null {
  const track = scenario.index.track.get(id);
  if (!track || track.stages.length === 0 || !Object.hasOwn(view.tracks, id)) return null;
  const v = view.tracks[id] ?? 0;
  let index = 0;
  track.stages.forEach((s, i) => {
    if (v >= s.at) index = i;
  });
  const stage = track.stages[index]!;
  return { index, id: stage.id, label: text(scenario, `track.${id}.stage.${stage.id}`) };
}

/** An order's chance of success as `view`'s faction may know it (between 0 and 1), or null when
 *  it has none or its odds read what the faction cannot see. */
export function orderChance(
  scenario: Scenario,
  order: OrderDef,
  view: GameView,
  target: string | null,
): number | null {
  if (!order.chance || readsHidden(scenario, view.viewer, order.chance)) return null;
  const p = order.chance.run({ scenario, state: view, target });
  return Math.max(0, Math.min(1, p));
}
