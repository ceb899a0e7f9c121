// What a compiled expression reads of a game, worked out from its source once per scenario: the
// tracks and flags it names (through the derived figures it names too), and whether it reads
// anything else (the date, regions, characters, events fired, choices made). The engine keeps
// the value of an expression that reads tracks and flags alone, and evaluates it again only once
// one of them has been written (see rules/month/memo.ts).
import { FUNCTION_INDEX } from './functions';
import { parseExpression, type Node } from './parse';
import type { Scenario } from '../types';

export interface Reads {
  readonly tracks: readonly string[];
  readonly flags: readonly string[];
  /** Whether it reads more than tracks and flags: then nothing of it can be kept. */
  readonly more: boolean;
}

// Functions whose value depends on their arguments alone (`has_tag` of a named region on the
// scenario alone); `stage` reads the track its clock names. Every other function reads the state.
const OF_ARGUMENTS: ReadonlySet<string> = new Set(['min', 'max', 'abs', 'clamp', 'has_tag']);

const known = new WeakMap<Scenario, Map<string, Reads>>();

/** What an expression of `scenario`, given by its source, reads. */
export function readsOf(scenario: Scenario, expr: { readonly source: string }): Reads {
  let bySource = known.get(scenario);
  if (!bySource) known.set(scenario, (bySource = new Map()));
  let reads = bySource.get(expr.source);
  if (!reads) {
    const tracks = new Set<string>();
    const flags = new Set<string>();
    const parsed = parseExpression(expr.source);
    const more = parsed.ok ? collect(scenario, parsed.node, tracks, flags, new Set()) : true;
    reads = { tracks: [...tracks], flags: [...flags], more };
    bySource.set(expr.source, reads);
  }
  return reads;
}

/** Adds what `node` reads to `tracks` and `flags`; true if it reads anything else. */
function collect(
  scenario: Scenario,
  node: Node,
  tracks: Set<string>,
  flags: Set<string>,
  within: Set<string>,
): boolean {
  const sub = (n: Node) => collect(scenario, n, tracks, flags, within);
  switch (node.kind) {
    case 'num':
    case 'bool':
    case 'date':
      return false;
    case 'name': {
      const id = node.name;
      if (scenario.index.track.has(id)) return tracks.add(id) && false;
      if (scenario.index.flag.has(id)) return flags.add(id) && false;
      const derived = scenario.index.derived.get(id);
      // a derived figure that reads itself is refused by the loader; the guard keeps this total
      if (!derived || within.has(id)) return true;
      within.add(id);
      let more = false;
      for (const t of derived.terms)
        for (const e of t.when ? [t.when, t.value] : [t.value]) {
          const parsed = parseExpression(e.source);
          more = (parsed.ok ? collect(scenario, parsed.node, tracks, flags, within) : true) || more;
        }
      within.delete(id);
      return more;
    }
    case 'neg':
    case 'not':
      return sub(node.arg);
    case 'binary': {
      const left = sub(node.left);
      return sub(node.right) || left;
    }
    case 'call': {
      const spec = FUNCTION_INDEX.get(node.name);
      if (spec?.name === 'stage') {
        const clock = node.args[0];
        if (clock?.kind === 'name' && scenario.index.track.has(clock.name)) {
          tracks.add(clock.name);
          return false;
        }
        return true;
      }
      if (!spec || !OF_ARGUMENTS.has(spec.name)) return true;
      let more = false;
      spec.params.forEach((p, i) => {
        const a = node.args[i];
        if (!a) return;
        if (p.kind === 'num' || p.kind === 'bool') more = sub(a) || more;
        // a region argument other than a named one (the target) reads the order's target
        else if (p.kind === 'region' && !(a.kind === 'name' && scenario.index.region.has(a.name)))
          more = true;
      });
      return more;
    }
  }
}
