// Applying compiled effects to a draft state. Only the reducer (step.ts) calls this, on a copy.
import { TARGET } from '../expr/functions';
import { clampTo } from '../expr/numbers';
import { generatorFrom, nextFloat, type Generator } from '../rng';
import type { Effect, EvalContext, GameState, LogEntry, Scenario } from '../types';

/** A draft being changed by one step: the state, and the generator once a number is drawn. */
export interface Draft {
  readonly scenario: Scenario;
  readonly state: GameState;
  gen: Generator | null;
}

export function draw(d: Draft): number {
  d.gen ??= generatorFrom(d.state.rng);
  d.state.draws++;
  return nextFloat(d.gen);
}

/** Writes the generator back into the state at the end of a step. */
export function settle(d: Draft): void {
  if (d.gen) d.state.rng = [...d.gen.getState()];
  d.gen = null;
}

export function ctxOf(d: Draft, target: string | null = null): EvalContext {
  return { scenario: d.scenario, state: d.state, target };
}

export function log(d: Draft, entry: LogEntry): void {
  d.state.log.push(entry);
}

// Every figure is kept within its bounds; a value that is not a number (which saturated
// arithmetic never gives) becomes the lower bound rather than poisoning the state.
const clamp = clampTo;

export function addToTrack(d: Draft, id: string, delta: number): void {
  const def = d.scenario.index.track.get(id);
  if (!def) return;
  d.state.tracks[id] = clamp((d.state.tracks[id] ?? 0) + delta, def.min, def.max);
}

export function setHealth(d: Draft, id: string, health: number): void {
  const c = d.state.characters[id];
  if (!c || !c.alive) return;
  c.health = clamp(health, 0, 100);
  if (c.health <= 0) {
    c.health = 0;
    c.alive = false;
    log(d, { kind: 'death', turn: d.state.turn, character: id });
  }
}

export function schedule(d: Draft, event: string, delay: number): void {
  d.state.scheduled.push({ event, turn: d.state.turn + delay });
}

/** `target` in an effect stands for the region an order is aimed at. */
const regionOf = (id: string, target: string | null) => (id === TARGET ? (target ?? '') : id);

export function applyEffects(d: Draft, effects: readonly Effect[], target: string | null): void {
  if (effects.length === 0) return;
  const ctx = ctxOf(d, target);
  for (const e of effects) {
    switch (e.op) {
      case 'add':
        for (const [id, n] of e.entries) addToTrack(d, id, n.run(ctx));
        break;
      case 'set':
        for (const [id, n] of e.tracks) {
          const def = d.scenario.index.track.get(id);
          if (def) d.state.tracks[id] = clamp(n.run(ctx), def.min, def.max);
        }
        for (const [id, v] of e.flags) d.state.flags[id] = v;
        break;
      case 'unrest':
        for (const [id, n] of e.entries) {
          const r = d.state.regions[regionOf(id, target)];
          if (r) r.unrest = clamp(r.unrest + n.run(ctx), 0, 100);
        }
        break;
      case 'control':
        for (const [id, faction] of e.entries) {
          const r = d.state.regions[regionOf(id, target)];
          if (r) r.control = faction;
        }
        break;
      case 'health':
        for (const [id, n] of e.entries) {
          const c = d.state.characters[id];
          if (c) setHealth(d, id, c.health + n.run(ctx));
        }
        break;
      case 'kill':
        setHealth(d, e.character, 0);
        break;
      case 'trigger':
        schedule(d, e.event, e.delay);
        break;
      case 'end':
        d.state.endingRequested ??= e.ending;
        break;
      case 'chance':
        applyEffects(d, draw(d) < e.p.run(ctx) ? e.then : e.else, target);
        break;
      case 'if':
        applyEffects(d, e.when.run(ctx) ? e.then : e.else, target);
        break;
    }
  }
}
