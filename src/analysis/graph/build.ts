// The event graph of a scenario, worked out from its data alone: events and their options, the
// follow-ups they trigger, the flags they set and the conditions that read them, the endings
// they reach; the canon line marked, and what a reachability search did not reach.
import { DEFAULT_LANGUAGE, type Effect, type Scenario } from '../../engine';

export type NodeKind = 'event' | 'choice' | 'order' | 'flag' | 'ending';
export type EdgeKind = 'option' | 'trigger' | 'sets' | 'reads' | 'ends' | 'next';

export interface GraphNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: string;
  /** Second line: a date, `follow-up`, `decision of mexico`, `hidden`. */
  readonly detail: string;
  readonly canon: boolean;
  /** A reachability search was run and never reached it (events and endings only). */
  readonly unreached: boolean;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  readonly label: string;
  readonly canon: boolean;
}

export interface EventGraph {
  readonly scenario: string;
  readonly title: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** What a reachability search found unreached; absent when none was run. */
export interface Unreached {
  readonly events: readonly string[];
  readonly endings: readonly string[];
  readonly runs: number;
}

interface Outcomes {
  readonly triggers: { event: string; delay: number }[];
  readonly sets: { flag: string; value: boolean }[];
  readonly ends: string[];
}

/** The follow-ups, flags and endings an effect list may lead to, in either branch. */
function outcomesOf(effects: readonly Effect[], into: Outcomes): Outcomes {
  for (const e of effects)
    if (e.op === 'trigger') into.triggers.push({ event: e.event, delay: e.delay });
    else if (e.op === 'set') for (const [flag, value] of e.flags) into.sets.push({ flag, value });
    else if (e.op === 'end') into.ends.push(e.ending);
    else if (e.op === 'chance' || e.op === 'if') {
      outcomesOf(e.then, into);
      outcomesOf(e.else, into);
    }
  return into;
}
const outcomes = (effects: readonly Effect[]) =>
  outcomesOf(effects, { triggers: [], sets: [], ends: [] });

/** The flags an expression names (names resolve only to what the scenario declares). */
function flagsRead(source: string | undefined, flags: ReadonlySet<string>): string[] {
  if (!source) return [];
  return [...new Set(source.match(/[a-z][a-z0-9_]*/g) ?? [])].filter((w) => flags.has(w));
}

/** `1945-06` or `1945-06-12` (a month index counts months from year 0). */
function monthLabel(m: number, day: number | null): string {
  const y = Math.floor(m / 12);
  const mm = String((m % 12) + 1).padStart(2, '0');
  return `${y}-${mm}${day ? `-${String(day).padStart(2, '0')}` : ''}`;
}

export function buildGraph(scenario: Scenario, unreached?: Unreached): EventGraph {
  const texts = scenario.texts[DEFAULT_LANGUAGE] ?? {};
  const text = (key: string, fallback: string) => texts[key] ?? fallback;
  const flags = new Set(scenario.flags.map((f) => f.id));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const missedEvents = new Set(unreached?.events ?? []);
  const missedEndings = new Set(unreached?.endings ?? []);
  const usedFlags = new Set<string>();

  const lead = (from: string, o: Outcomes, canon: boolean) => {
    for (const t of o.triggers)
      edges.push({
        from,
        to: `event:${t.event}`,
        kind: 'trigger',
        label: t.delay === 1 ? '' : t.delay === 0 ? 'same month' : `+${t.delay} months`,
        canon,
      });
    for (const s of o.sets) {
      usedFlags.add(s.flag);
      edges.push({
        from,
        to: `flag:${s.flag}`,
        kind: 'sets',
        label: s.value ? 'sets' : 'clears',
        canon,
      });
    }
    for (const e of o.ends)
      edges.push({ from, to: `ending:${e}`, kind: 'ends', label: 'end', canon });
  };
  const reads = (to: string, source: string | undefined) => {
    for (const f of flagsRead(source, flags)) {
      usedFlags.add(f);
      edges.push({ from: `flag:${f}`, to, kind: 'reads', label: 'when', canon: false });
    }
  };

  // Follow-ups the canon line triggers are on the canon line too.
  const canonEvents = new Set(scenario.events.filter((e) => e.canon).map((e) => e.id));
  for (const e of scenario.events) {
    const canonOption = e.choices.find((c) => c.canon);
    const on = canonEvents.has(e.id);
    if (!on) continue;
    const follow = outcomes([...e.effects, ...(canonOption?.effects ?? [])]);
    for (const t of follow.triggers) canonEvents.add(t.event);
  }

  const dated: { id: string; at: number }[] = [];
  for (const e of scenario.events) {
    const id = `event:${e.id}`;
    const canon = canonEvents.has(e.id);
    const when =
      e.date !== null
        ? monthLabel(e.date, e.day)
        : e.followUpOnly
          ? 'follow-up'
          : e.mtth !== null
            ? `about every ${e.mtth} months`
            : 'when its condition holds';
    const parts = [when, e.decider ? `${e.decider} decides` : '', e.hidden ? 'hidden' : ''];
    nodes.push({
      id,
      kind: 'event',
      label: text(`event.${e.id}.title`, e.id),
      detail: parts.filter(Boolean).join(' · '),
      canon,
      unreached: missedEvents.has(e.id),
    });
    if (e.date !== null && !e.followUpOnly) dated.push({ id, at: e.date * 100 + (e.day ?? 0) });
    reads(id, e.when?.source);
    lead(id, outcomes(e.effects), canon);
    for (const c of e.choices) {
      const cid = `choice:${e.id}.${c.id}`;
      const canonChoice = canon && c.canon;
      nodes.push({
        id: cid,
        kind: 'choice',
        label: text(`event.${e.id}.choice.${c.id}.label`, c.id),
        detail: c.canon ? 'canon option' : 'option',
        canon: canonChoice,
        unreached: false,
      });
      edges.push({ from: id, to: cid, kind: 'option', label: '', canon: canonChoice });
      reads(cid, c.when?.source);
      lead(cid, outcomes(c.effects), canonChoice);
    }
  }
  // The calendar as a faint spine, so dated events read in their order.
  dated.sort((a, b) => a.at - b.at);
  for (let i = 1; i < dated.length; i++)
    edges.push({
      from: dated[i - 1]!.id,
      to: dated[i]!.id,
      kind: 'next',
      label: '',
      canon: false,
    });

  for (const o of scenario.orders) {
    const out = outcomes([...o.effects, ...o.failure]);
    if (!out.triggers.length && !out.sets.length && !out.ends.length) continue;
    const id = `order:${o.id}`;
    nodes.push({
      id,
      kind: 'order',
      label: text(`order.${o.id}.name`, o.id),
      detail: `order of ${o.faction}`,
      canon: o.canon !== null,
      unreached: false,
    });
    reads(id, o.when?.source);
    lead(id, out, o.canon !== null);
  }

  for (const e of scenario.endings) {
    const id = `ending:${e.id}`;
    nodes.push({
      id,
      kind: 'ending',
      label: text(`ending.${e.id}.title`, e.id),
      detail: e.fallback ? 'ending · when time runs out' : 'ending',
      canon: e.canon,
      unreached: missedEndings.has(e.id),
    });
    reads(id, e.when?.source);
  }

  for (const f of scenario.flags)
    if (usedFlags.has(f.id))
      nodes.push({
        id: `flag:${f.id}`,
        kind: 'flag',
        label: text(`flag.${f.id}.name`, f.id),
        detail: `flag${f.initial ? ' · starts true' : ''}`,
        canon: false,
        unreached: false,
      });

  return {
    scenario: scenario.id,
    title: text('scenario.title', scenario.id),
    nodes,
    edges,
  };
}
