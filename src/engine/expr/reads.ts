// What a compiled expression reads of a game, worked out from its source once per scenario: the
// tracks and flags it names (through the derived figures it names too), the events, characters
// and regions its functions read, and whether it reads anything the engine never marks as
// written (the date, an order's target); of a region, its control and its unrest apart. The engine keeps the value of an expression that reads
// only what it marks, and evaluates it again only once one of them has been written (see
// rules/month/memo.ts).
import { FUNCTION_INDEX } from './functions';
import { parseExpression, type Node } from './parse';
import type { Scenario } from '../types';

export interface Reads {
  readonly tracks: readonly string[];
  readonly flags: readonly string[];
  /** Whether it reads more than tracks and flags. */
  readonly more: boolean;
}

/** Everything an expression reads, where the engine marks writes of each: the events whose
 *  firing or choice it reads, the characters whose state it reads, the regions whose control
 *  and those whose unrest it reads. */
export interface Marks {
  readonly tracks: readonly string[];
  readonly flags: readonly string[];
  readonly events: readonly string[];
  readonly characters: readonly string[];
  readonly control: readonly string[];
  readonly unrest: readonly string[];
}

interface Found {
  readonly tracks: Set<string>;
  readonly flags: Set<string>;
  readonly events: Set<string>;
  readonly characters: Set<string>;
  readonly control: Set<string>;
  readonly unrest: Set<string>;
  /** Whether it reads what no write marks. */
  unmarked: boolean;
  /** Both answers, made once. */
  reads: Reads | null;
  marks: Marks | null;
}

// Functions whose value depends on their arguments alone (`has_tag` of a named region on the
// scenario alone); `stage` reads the track its clock names.
const OF_ARGUMENTS: ReadonlySet<string> = new Set(['min', 'max', 'abs', 'clamp', 'has_tag']);
// Functions that read the record of the event (fired, choice) or character their first argument
// names.
const OF_EVENT: ReadonlySet<string> = new Set(['fired', 'chose']);
const OF_CHARACTER: ReadonlySet<string> = new Set(['alive', 'health']);

const known = new WeakMap<Scenario, Map<string, Found>>();

function foundOf(scenario: Scenario, expr: { readonly source: string }): Found {
  let bySource = known.get(scenario);
  if (!bySource) known.set(scenario, (bySource = new Map()));
  let found = bySource.get(expr.source);
  if (!found) {
    found = {
      tracks: new Set(),
      flags: new Set(),
      events: new Set(),
      characters: new Set(),
      control: new Set(),
      unrest: new Set(),
      unmarked: false,
      reads: null,
      marks: null,
    };
    const parsed = parseExpression(expr.source);
    if (parsed.ok) collect(scenario, parsed.node, found, new Set());
    else found.unmarked = true;
    bySource.set(expr.source, found);
  }
  return found;
}

/** What an expression of `scenario`, given by its source, reads of tracks and flags. */
export function readsOf(scenario: Scenario, expr: { readonly source: string }): Reads {
  const f = foundOf(scenario, expr);
  const more =
    f.unmarked ||
    f.events.size > 0 ||
    f.characters.size > 0 ||
    f.control.size > 0 ||
    f.unrest.size > 0;
  return (f.reads ??= { tracks: [...f.tracks], flags: [...f.flags], more });
}

/** What an expression of `scenario` reads, or null if it reads what no write marks. */
export function marksOf(scenario: Scenario, expr: { readonly source: string }): Marks | null {
  const f = foundOf(scenario, expr);
  if (f.unmarked) return null;
  return (f.marks ??= {
    tracks: [...f.tracks],
    flags: [...f.flags],
    events: [...f.events],
    characters: [...f.characters],
    control: [...f.control],
    unrest: [...f.unrest],
  });
}

/** Adds what `node` reads to `found`. */
function collect(scenario: Scenario, node: Node, found: Found, within: Set<string>): void {
  const sub = (n: Node) => collect(scenario, n, found, within);
  switch (node.kind) {
    case 'num':
    case 'bool':
    case 'date':
      return;
    case 'name': {
      const id = node.name;
      if (scenario.index.track.has(id)) return void found.tracks.add(id);
      if (scenario.index.flag.has(id)) return void found.flags.add(id);
      const derived = scenario.index.derived.get(id);
      // a derived figure that reads itself is refused by the loader; the guard keeps this total
      if (!derived || within.has(id)) return void (found.unmarked = true);
      within.add(id);
      for (const t of derived.terms)
        for (const e of t.when ? [t.when, t.value] : [t.value]) {
          const parsed = parseExpression(e.source);
          if (parsed.ok) collect(scenario, parsed.node, found, within);
          else found.unmarked = true;
        }
      within.delete(id);
      return;
    }
    case 'neg':
    case 'not':
      return sub(node.arg);
    case 'binary':
      sub(node.left);
      return sub(node.right);
    case 'call':
      return collectCall(scenario, node, found, sub);
  }
}

function collectCall(
  scenario: Scenario,
  node: Extract<Node, { kind: 'call' }>,
  found: Found,
  sub: (n: Node) => void,
): void {
  const spec = FUNCTION_INDEX.get(node.name);
  const name = spec?.name ?? '';
  const first = node.args[0];
  const named = first?.kind === 'name' ? first.name : null;
  if (name === 'stage') {
    if (named !== null && scenario.index.track.has(named)) found.tracks.add(named);
    else found.unmarked = true;
  } else if (OF_EVENT.has(name) && named !== null) found.events.add(named);
  else if (OF_CHARACTER.has(name) && named !== null) found.characters.add(named);
  else if (name === 'controls') {
    const region = node.args[1];
    if (region?.kind === 'name' && scenario.index.region.has(region.name))
      found.control.add(region.name);
    else found.unmarked = true;
  } else if (name === 'unrest' && named !== null && scenario.index.region.has(named))
    found.unrest.add(named);
  else if (name === 'controlled') for (const r of scenario.regions) found.control.add(r.id);
  else if (name === 'tagged_unrest' && named !== null) {
    for (const r of scenario.regions) if (r.tags.includes(named)) found.unrest.add(r.id);
  } else if (spec && OF_ARGUMENTS.has(name))
    spec.params.forEach((p, i) => {
      const a = node.args[i];
      if (!a) return;
      if (p.kind === 'num' || p.kind === 'bool') sub(a);
      // a region argument other than a named one (the target) reads the order's target
      else if (p.kind === 'region' && !(a.kind === 'name' && scenario.index.region.has(a.name)))
        found.unmarked = true;
    });
  // every other function reads the date or the target
  else found.unmarked = true;
}
