// What a flag changes each month, for an effect's preview: the track drifts whose condition reads
// it, as far as the viewer may know them.
import { turnNoun } from '../calendar';
import { FUNCTION_INDEX } from '../expr/functions';
import { parseExpression, type Node } from '../expr/parse';
import { blindFor, readsHidden } from '../rules/view/secrecy';
import type { EvalContext, Modifier, Scenario, TrackDef } from '../types';
import { hasText, nameOf, signed, text } from './words';

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
export function flagDrifts(
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
