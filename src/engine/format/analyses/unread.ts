// Figures no rule reads: a track, flag, derived figure, character, tag or region's unrest that
// no condition or amount of an event, order, ending or routine reads changes nothing, however
// the player watches it. A track's drift and a derived figure's terms count as readers only when
// that track or figure is itself read (and a track's drift reading the track does not count).
import { FUNCTION_INDEX, TARGET } from '../../expr/functions';
import { parseExpression, type Node } from '../../expr/parse';
import type { EndingInput, EventInput, OrderInput, RoutineInput, ScenarioFile } from '../schema';
import type { LoadedFile } from '../source';
import type { Path } from '../yaml';

interface Declared<T> {
  readonly item: T;
  readonly file: LoadedFile;
}

export interface UnreadSources {
  readonly main: LoadedFile;
  readonly s: ScenarioFile;
  readonly orders: readonly Declared<OrderInput>[];
  readonly events: readonly Declared<EventInput>[];
  readonly endings: readonly Declared<EndingInput>[];
  readonly routines: readonly RoutineInput[];
}

type Warn = (file: LoadedFile, path: Path, code: string, message: string, hint?: string) => void;

/** What one expression reads, as `kind:id` keys. */
function readsOf(src: unknown, out: Set<string>): void {
  if (typeof src !== 'string') return;
  const parsed = parseExpression(src);
  if (parsed.ok) walk(parsed.node, out);
}

function walk(node: Node, out: Set<string>): void {
  switch (node.kind) {
    case 'name':
      out.add(`var:${node.name}`);
      return;
    case 'neg':
    case 'not':
      return walk(node.arg, out);
    case 'binary':
      walk(node.left, out);
      return walk(node.right, out);
    case 'call': {
      const spec = FUNCTION_INDEX.get(node.name);
      node.args.forEach((arg, i) => {
        const kind = spec?.params[i]?.kind;
        if (arg.kind !== 'name' || kind === undefined || kind === 'num' || kind === 'bool')
          return walk(arg, out);
        const id = arg.name;
        if (kind === 'character') out.add(`character:${id}`);
        else if (kind === 'tag') {
          out.add(`tag:${id}`);
          if (node.name === 'tagged_unrest') out.add(`unrest-tag:${id}`);
        } else if (kind === 'clock') out.add(`var:${id}`);
        else if (kind === 'region' && node.name === 'unrest')
          out.add(id === TARGET ? 'unrest:*' : `unrest:${id}`);
      });
      return;
    }
    default:
      return;
  }
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What an effect list reads: the amounts and conditions in it. */
function effectReads(list: unknown, out: Set<string>): void {
  if (!Array.isArray(list)) return;
  for (const item of list) {
    if (!isMap(item)) continue;
    for (const [op, arg] of Object.entries(item)) {
      if (op === 'chance' || op === 'if') {
        if (!isMap(arg)) continue;
        readsOf(op === 'chance' ? arg.p : arg.when, out);
        effectReads(arg.then, out);
        effectReads(arg.else, out);
      } else if (isMap(arg)) for (const v of Object.values(arg)) readsOf(v, out);
    }
  }
}

export function checkUnread(src: UnreadSources, warn: Warn): void {
  const { s, main } = src;
  // Reads of the rules themselves, always live.
  const live = new Set<string>();
  for (const { item: o } of src.orders) {
    for (const v of [o.where, o.when, o.chance, o.exposure]) readsOf(v, live);
    effectReads(o.effects, live);
    effectReads(o.failure, live);
    for (const track of Object.keys(o.cost ?? {})) live.add(`var:${track}`);
  }
  for (const { item: e } of src.events) {
    readsOf(e.when, live);
    effectReads(e.effects, live);
    for (const c of e.choices ?? []) {
      readsOf(c.when, live);
      effectReads(c.effects, live);
    }
  }
  for (const { item: e } of src.endings) readsOf(e.when, live);
  for (const r of src.routines)
    for (const rule of r.rules)
      for (const v of [rule.when, rule.where, rule.most, rule.least]) readsOf(v, live);

  // Drifts and derived terms read for their owner: live once the owner is.
  const owned = new Map<string, Set<string>>();
  for (const t of s.tracks) {
    const reads = new Set<string>();
    for (const m of t.drift ?? []) [m.when, m.value].forEach((v) => readsOf(v, reads));
    reads.delete(`var:${t.id}`);
    owned.set(`var:${t.id}`, reads);
  }
  for (const d of s.derived ?? []) {
    const reads = new Set<string>();
    for (const m of d.terms) [m.when, m.value].forEach((v) => readsOf(v, reads));
    owned.set(`var:${d.id}`, reads);
  }
  for (let grew = true; grew;) {
    grew = false;
    for (const [owner, reads] of owned)
      if (live.has(owner)) {
        for (const r of reads)
          if (!live.has(r)) {
            live.add(r);
            grew = true;
          }
        owned.delete(owner);
      }
  }

  const hint =
    'no condition or amount of an event, order, ending or routine reads it (nor a drift or derived figure that one reads): make a rule read it, or remove it';
  const unread = (path: Path, what: string) =>
    warn(main, path, 'W_UNREAD_FIGURE', `${what} is read by no rule`, hint);
  s.tracks.forEach((t, i) => {
    if (!live.has(`var:${t.id}`)) unread(['tracks', i, 'id'], `track \`${t.id}\``);
  });
  (s.flags ?? []).forEach((f, i) => {
    if (!live.has(`var:${f.id}`)) unread(['flags', i, 'id'], `flag \`${f.id}\``);
  });
  (s.derived ?? []).forEach((d, i) => {
    if (!live.has(`var:${d.id}`)) unread(['derived', i, 'id'], `derived figure \`${d.id}\``);
  });
  (s.characters ?? []).forEach((c, i) => {
    if (!live.has(`character:${c.id}`)) unread(['characters', i, 'id'], `character \`${c.id}\``);
  });
  const tagsSeen = new Set<string>();
  s.regions.forEach((r, i) => {
    (r.tags ?? []).forEach((tag, j) => {
      if (tagsSeen.has(tag)) return;
      tagsSeen.add(tag);
      if (!live.has(`tag:${tag}`)) unread(['regions', i, 'tags', j], `tag \`${tag}\``);
    });
    const unrestRead =
      live.has('unrest:*') ||
      live.has(`unrest:${r.id}`) ||
      (r.tags ?? []).some((tag) => live.has(`unrest-tag:${tag}`));
    if (!unrestRead) unread(['regions', i, 'id'], `the unrest of region \`${r.id}\``);
  });
}
