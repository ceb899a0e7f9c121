// Warnings about how events and endings are reached: an event an option triggers that also fires
// on its own, an ending nothing leads to. Heuristics over the compiled scenario, never errors.
import type { Effect, EventDef, OrderDef } from '../../types';
import type { LoadedFile } from '../source';
import type { Path } from '../yaml';

type Warn = (file: LoadedFile, path: Path, code: string, message: string, hint?: string) => void;

/** Every effect of a list, those nested in `chance` and `if` included. */
function* allEffects(effects: readonly Effect[]): Generator<Effect> {
  for (const e of effects) {
    yield e;
    for (const v of Object.values(e))
      if (Array.isArray(v) && v.some((x) => typeof x === 'object' && x !== null && 'op' in x))
        yield* allEffects(v as Effect[]);
  }
}

/** The names an effect list changes: tracks, flags, regions, characters. */
function namesChangedBy(effects: readonly Effect[]): Set<string> {
  const out = new Set<string>();
  for (const e of allEffects(effects)) {
    if (e.op === 'kill') out.add(e.character);
    for (const v of Object.values(e))
      if (Array.isArray(v))
        for (const x of v) if (Array.isArray(x) && typeof x[0] === 'string') out.add(x[0]);
  }
  return out;
}

/** The endings `end` effects lead to, anywhere in events and orders. */
export function endingsLedTo(
  events: readonly EventDef[],
  orders: readonly OrderDef[],
): Set<string> {
  const lists = [
    ...events.flatMap((e) => [e.effects, ...e.choices.map((c) => c.effects)]),
    ...orders.flatMap((o) => [o.effects, o.failure]),
  ];
  const out = new Set<string>();
  for (const list of lists) for (const e of allEffects(list)) if (e.op === 'end') out.add(e.ending);
  return out;
}

/**
 * An event without `followUp: true` fires by itself whenever its `when` holds. When an event or
 * option triggers it and that `when` reads neither the trigger nor anything it changes, it was
 * most likely meant as that trigger's follow-up only.
 */
export function warnFollowUpsFiringAlone(
  events: readonly { item: { id: string }; file: LoadedFile; path: Path }[],
  defs: readonly EventDef[],
  triggers: ReadonlyMap<string, readonly { to: string; path: Path }[]>,
  warn: Warn,
): void {
  const byId = new Map(defs.map((d) => [d.id, d]));
  const sources = new Map<string, { from: string; changed: Set<string> }[]>();
  for (const [from, list] of triggers) {
    const def = byId.get(from);
    if (!def) continue;
    for (const t of list) {
      // A trigger's path runs through `choices/<j>` when an option holds it.
      const c = t.path.indexOf('choices');
      const effects = c >= 0 ? def.choices[Number(t.path[c + 1])]?.effects : def.effects;
      const entry = { from, changed: namesChangedBy(effects ?? []) };
      sources.set(t.to, [...(sources.get(t.to) ?? []), entry]);
    }
  }
  events.forEach(({ item, file, path }, i) => {
    const def = defs[i]!;
    const from = sources.get(item.id);
    if (!from || def.followUpOnly || def.date !== null || !def.when) return;
    const reads = new Set(def.when.source.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
    // `chose(trigger, …)`, `fired(trigger)` or a name the trigger changes: it waits for the trigger.
    if (from.some((s) => reads.has(s.from) || [...s.changed].some((n) => reads.has(n)))) return;
    const first = from[0]!.from;
    warn(
      file,
      [...path, 'id'],
      'W_FOLLOW_UP_FIRES_ALONE',
      `event \`${item.id}\` is triggered by \`${first}\` but also fires on its own whenever its \`when\` holds`,
      `add \`followUp: true\` if it should only follow \`${first}\``,
    );
  });
}
