// What the page shows of a game, worked out in the worker from the player's view only.
import {
  briefing,
  clockStage,
  describeEffects,
  endingsNear,
  endingWarnings,
  explain,
  hasText,
  legalActions,
  monthChange,
  monthName,
  turnName,
  nameOf,
  orderChance,
  text,
  type GameView,
  type Scenario,
  formulaInWords,
  viewedScore,
} from '../../engine';
import type {
  TurnModel,
  BriefingModel,
  Cost,
  GlossaryEntry,
  DecisionModel,
  EndingModel,
  LockedOrder,
  MonthModel,
  OrderOptionModel,
  PersonModel,
  RegionModel,
  TrackModel,
} from '../protocol';

const round1 = (n: number) => Math.round(n * 10) / 10;
const describe = (scenario: Scenario, key: string) =>
  hasText(scenario, key) ? text(scenario, key) : '';

export function dateOf(scenario: Scenario, turn: number): string {
  return turnName(scenario, turn);
}

/** The heading of the month's report: the month just ended, or the one under way. */
export function newsTitle(scenario: Scenario, view: GameView): string {
  if (view.phase === 'choices') return `During ${dateOf(scenario, view.turn)}`;
  if (view.phase === 'ended') return `${dateOf(scenario, view.turn)}`;
  return view.turn === 0 ? 'The story so far' : `News of ${dateOf(scenario, view.turn - 1)}`;
}

/** People, places, sides and the figures the faction sees, in the scenario's words where it has
 *  them, else in a line of its data. */
export function glossary(scenario: Scenario, view: GameView): GlossaryEntry[] {
  const faction = (id: string) => nameOf(scenario, 'faction', id);
  const out: GlossaryEntry[] = [];
  const own = (kind: string, id: string, fallback: string) => {
    const key = `${kind}.${id}.description`;
    return hasText(scenario, key) ? text(scenario, key) : fallback;
  };
  for (const c of scenario.characters)
    out.push({
      id: `character.${c.id}`,
      kind: 'person',
      name: nameOf(scenario, 'character', c.id),
      text: own(
        'character',
        c.id,
        c.faction ? `On the side of ${faction(c.faction)}.` : 'A person of the story.',
      ),
    });
  for (const r of scenario.regions)
    out.push({
      id: `region.${r.id}`,
      kind: 'place',
      name: nameOf(scenario, 'region', r.id),
      text: own(
        'region',
        r.id,
        `A region of the map; at the start, held by ${faction(r.control)}.`,
      ),
    });
  for (const f of scenario.factions)
    out.push({
      id: `faction.${f.id}`,
      kind: 'side',
      name: faction(f.id),
      text: own('faction', f.id, ''),
    });
  for (const t of scenario.tracks)
    if (t.id in view.tracks)
      out.push({
        id: `track.${t.id}`,
        kind: 'term',
        name: nameOf(scenario, 'track', t.id),
        text: own('track', t.id, `A figure from ${t.min} to ${t.max}.`),
      });
  for (const d of scenario.derived)
    out.push({
      id: `derived.${d.id}`,
      kind: 'term',
      name: nameOf(scenario, 'derived', d.id),
      text: own('derived', d.id, 'A figure worked out from others.'),
    });
  return out.filter((e) => e.text).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

export function briefingModel(scenario: Scenario, view: GameView): BriefingModel {
  const b = briefing(scenario, view.viewer);
  return {
    name: b.name,
    aims: b.aims,
    endings: b.endings,
    wants: b.wants,
    fears: b.fears,
    lastMonth: monthName(b.lastMonth),
    glossary: glossary(scenario, view),
  };
}

/** How a figure moved over the month the view tells of, cause by cause, from the view alone. */
export function monthModel(scenario: Scenario, view: GameView, figure: string): MonthModel | null {
  const m = monthChange(scenario, view, figure);
  if (!m) return null;
  const when = dateOf(scenario, m.turn);
  return {
    title:
      view.phase === 'choices'
        ? `This month so far (${when})`
        : view.phase === 'ended'
          ? `The last month (${when})`
          : `Last month (${when})`,
    total: round1(m.total),
    parts: m.parts
      .map((p) => ({ kind: p.kind, label: p.label, value: round1(p.value) }))
      .filter((p) => p.value !== 0),
  };
}

export function trackModels(scenario: Scenario, view: GameView): TrackModel[] {
  const faction = view.viewer;
  const out: TrackModel[] = [];
  for (const t of scenario.tracks) {
    if (!(t.id in view.tracks)) continue;
    const e = explain(scenario, view, t.id)!;
    const value = view.tracks[t.id] ?? 0;
    const stage = clockStage(scenario, view, t.id);
    const next = stage ? t.stages[stage.index + 1] : undefined;
    const label = (id: string) => text(scenario, `track.${t.id}.stage.${id}`);
    const month = monthModel(scenario, view, `track:${t.id}`);
    out.push({
      id: t.id,
      name: e.name,
      description: describe(scenario, `track.${t.id}.description`),
      value,
      min: t.min,
      max: t.max,
      drift: round1(e.total),
      change: month ? month.total : null,
      month,
      parts: e.parts.map((p) => ({ ...p, value: round1(p.value) })),
      derived: false,
      clock: stage
        ? {
            stage: stage.label,
            stages: t.stages.map((s) => ({ label: label(s.id), at: s.at })),
            next: next ? { label: label(next.id), at: next.at } : null,
          }
        : null,
      budget: t.owner === faction,
    });
  }
  for (const d of scenario.derived) {
    const e = explain(scenario, view, d.id)!;
    out.push({
      id: d.id,
      name: e.name,
      description: describe(scenario, `derived.${d.id}.description`),
      value: round1(e.value),
      min: 0,
      max: 100,
      drift: null,
      change: null,
      month: null,
      parts: e.parts.map((p) => ({ ...p, value: round1(p.value) })),
      derived: true,
      clock: null,
      budget: false,
    });
  }
  return out;
}

/** The faction's own people, with their health, from its view. */
export function peopleModels(scenario: Scenario, view: GameView): PersonModel[] {
  const faction = view.viewer;
  return scenario.characters
    .filter((c) => c.faction === faction && view.characters[c.id])
    .map((c) => {
      const st = view.characters[c.id]!;
      return {
        id: c.id,
        name: nameOf(scenario, 'character', c.id),
        health: Math.round(st.health),
        alive: st.alive,
        month: monthModel(scenario, view, `health:${c.id}`),
      };
    });
}

/** The regions as the faction sees them, with what moved their unrest last month. */
export function regionModels(scenario: Scenario, view: GameView): RegionModel[] {
  return Object.entries(view.regions).map(([id, r]) => ({
    id,
    control: r.control,
    unrest: Math.round(r.unrest),
    month: monthModel(scenario, view, `unrest:${id}`),
  }));
}

export function orderModels(
  scenario: Scenario,
  view: GameView,
): { max: number; options: OrderOptionModel[]; locked: LockedOrder[] } | null {
  const legal = legalActions(scenario, view).orders;
  if (!legal) return null;
  const options = legal.options.map((o): OrderOptionModel => {
    const def = scenario.index.order.get(o.order)!;
    const at = { view, target: o.target ?? null };
    const cost: Cost[] = o.cost.map(([track, amount]) => ({
      track,
      amount,
      name: nameOf(scenario, 'track', track),
    }));
    const chance = orderChance(scenario, def, view, o.target ?? null);
    return {
      order: o.order,
      ...(o.target !== undefined
        ? { target: o.target, targetName: nameOf(scenario, 'region', o.target) }
        : {}),
      name: nameOf(scenario, 'order', o.order),
      description: describe(scenario, `order.${o.order}.description`),
      cost,
      chance: chance === null || chance >= 1 ? null : round1(chance * 100) / 100,
      covert: def.covert,
      effects: describeEffects(scenario, def.effects, at),
      failure: describeEffects(scenario, def.failure, at),
    };
  });
  const open = new Set(options.map((o) => o.order));
  const locked = scenario.orders
    .filter((def) => def.faction === view.viewer && !open.has(def.id))
    .map((def): LockedOrder => {
      const ctx = { scenario, state: view, target: null };
      const needs =
        def.when && !def.when.run(ctx)
          ? `needs ${formulaInWords(scenario, def.when.source)}`
          : def.cost.some(([t, n]) => (view.tracks[t] ?? 0) < n)
            ? `costs ${def.cost.map(([t, n]) => `${n} ${nameOf(scenario, 'track', t)}`).join(', ')}`
            : def.where
              ? `no region fits: ${formulaInWords(scenario, def.where.source)}`
              : 'not open now';
      return { order: def.id, name: nameOf(scenario, 'order', def.id), needs };
    });
  return { max: legal.max, options, locked };
}

export function decisionModel(scenario: Scenario, view: GameView): DecisionModel | null {
  const pending = legalActions(scenario, view).choices[0];
  if (!pending) return null;
  const def = scenario.index.event.get(pending.event)!;
  return {
    event: pending.event,
    title: text(scenario, `event.${pending.event}.title`),
    body: text(scenario, `event.${pending.event}.body`),
    options: pending.options.map((id) => ({
      id,
      label: text(scenario, `event.${pending.event}.choice.${id}.label`),
      effects: [
        ...describeEffects(scenario, def.choices.find((c) => c.id === id)?.effects ?? [], {
          view,
        }),
        ...endingsNear(scenario, def.choices.find((c) => c.id === id)?.effects ?? []),
      ],
    })),
  };
}

export function endingModel(scenario: Scenario, view: GameView): EndingModel | null {
  const state = view;
  if (!state.ending) return null;
  const score = viewedScore(scenario, view);
  return {
    id: state.ending,
    title: text(scenario, `ending.${state.ending}.title`),
    body: text(scenario, `ending.${state.ending}.body`),
    score: score ?? null,
  };
}

/** The endings one step away for the viewer, good ones told apart. */
export function warningModels(scenario: Scenario, view: GameView): TurnModel['warnings'] {
  return endingWarnings(scenario, view).map((w) => ({
    title: w.title,
    text: w.text,
    good: w.score >= 60,
  }));
}
