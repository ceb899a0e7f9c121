// What each faction can never see in a scenario (others' private tracks, flags kept from it,
// hidden events), and whether an expression reads any of it. Views strip the first; previews and
// "why" use the second to leave unresolved what a faction cannot know, rather than answer it
// from the true state.
import { FUNCTION_INDEX } from '../../expr/functions';
import { parseExpression, type Node } from '../../expr/parse';
import type { Scenario } from '../../types';

export interface Blind {
  /** The tracks the faction sees. */
  readonly tracks: readonly string[];
  /** Those tracks, all at 0: a view's tracks start as a copy of it, so that every view of the
   *  faction has one shape and filling it in never adds a property. */
  readonly tracksShape: Readonly<Record<string, number>>;
  /** The flags the faction sees, or null when it sees them all. */
  readonly flags: readonly string[] | null;
  /** Those flags, all false, for the same reason as `tracksShape` (null when it sees them all). */
  readonly flagsShape: Readonly<Record<string, boolean>> | null;
  readonly hiddenTracks: ReadonlySet<string>;
  readonly hiddenFlags: ReadonlySet<string>;
  readonly hiddenEvents: ReadonlySet<string>;
  /** Expression source → whether it reads anything hidden from the faction. */
  readonly reads: Map<string, boolean>;
}

const blindness = new WeakMap<Scenario, Map<string, Blind>>();

export function blindFor(scenario: Scenario, faction: string): Blind {
  let byFaction = blindness.get(scenario);
  if (!byFaction) blindness.set(scenario, (byFaction = new Map()));
  let blind = byFaction.get(faction);
  if (!blind) {
    const seen = scenario.tracks.filter((t) => !t.private || t.owner === faction);
    const tracks = seen.map((t) => t.id);
    const hiddenFlags = scenario.flags
      .filter((f) => f.visibleTo !== null && !f.visibleTo.includes(faction))
      .map((f) => f.id);
    blind = {
      tracks,
      tracksShape: Object.fromEntries(tracks.map((id) => [id, 0])),
      flags: hiddenFlags.length
        ? scenario.flags.filter((f) => !hiddenFlags.includes(f.id)).map((f) => f.id)
        : null,
      flagsShape: hiddenFlags.length
        ? Object.fromEntries(
            scenario.flags.filter((f) => !hiddenFlags.includes(f.id)).map((f) => [f.id, false]),
          )
        : null,
      hiddenTracks: new Set(scenario.tracks.filter((t) => !seen.includes(t)).map((t) => t.id)),
      hiddenFlags: new Set(hiddenFlags),
      hiddenEvents: new Set(
        scenario.events
          .filter((e) => e.hidden && !e.visibleTo?.includes(faction) && e.decider !== faction)
          .map((e) => e.id),
      ),
      reads: new Map(),
    };
    byFaction.set(faction, blind);
  }
  return blind;
}

/** Whether an expression reads something `faction` cannot see: a track or flag hidden from it,
 *  whether a hidden event fired or what was chosen in it, or a derived figure that does. Such an
 *  expression has an answer the faction may not be told. */
export function readsHidden(
  scenario: Scenario,
  faction: string,
  expr: { readonly source: string },
): boolean {
  const blind = blindFor(scenario, faction);
  const known = blind.reads.get(expr.source);
  if (known !== undefined) return known;
  // a derived figure that reads itself is refused by the loader; the guard keeps this total
  blind.reads.set(expr.source, false);
  const parsed = parseExpression(expr.source);
  const hidden = parsed.ok ? nodeReadsHidden(scenario, faction, blind, parsed.node) : true;
  blind.reads.set(expr.source, hidden);
  return hidden;
}

function nodeReadsHidden(scenario: Scenario, faction: string, blind: Blind, node: Node): boolean {
  const sub = (n: Node) => nodeReadsHidden(scenario, faction, blind, n);
  switch (node.kind) {
    case 'name': {
      if (blind.hiddenTracks.has(node.name) || blind.hiddenFlags.has(node.name)) return true;
      const derived = scenario.index.derived.get(node.name);
      return (
        derived !== undefined &&
        derived.terms.some(
          (t) =>
            (t.when !== null && readsHidden(scenario, faction, t.when)) ||
            readsHidden(scenario, faction, t.value),
        )
      );
    }
    case 'not':
    case 'neg':
      return sub(node.arg);
    case 'binary':
      return sub(node.left) || sub(node.right);
    case 'call': {
      const params = FUNCTION_INDEX.get(node.name)?.params;
      return node.args.some((a, i) => {
        const kind = params?.[i]?.kind;
        const ref = a.kind === 'name' ? a.name : null;
        if (kind === 'event') return ref !== null && blind.hiddenEvents.has(ref);
        if (kind === 'clock') return ref !== null && blind.hiddenTracks.has(ref);
        if (kind === 'num' || kind === 'bool' || kind === undefined) return sub(a);
        return false;
      });
    }
    default:
      return false;
  }
}
