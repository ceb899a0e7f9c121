// Effects previewed before a choice, in the player's words, as the viewer may know them.
import { turnsWord } from '../calendar';
import { blindFor, readsHidden } from '../rules/view/secrecy';
import type { GameView } from '../rules/view/view';
import type { CompiledNum, Effect, EvalContext, Scenario } from '../types';
import { flagDrifts } from './flag-drifts';
import { capitalise, formulaInWords, nameOf, signed, text, UNSEEN } from './words';

/** Where a preview is worked out: a faction's view of the game (and the region an order is
 *  aimed at), or only the faction, when no game is at hand. */
export type PreviewAt =
  { readonly view: GameView; readonly target?: string | null } | { readonly viewer: string };

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
  nested = false,
): string[] {
  const blind = blindFor(scenario, viewer);
  const hidden = (track: string) => blind.hiddenTracks.has(track);
  const knowable = (n: { readonly source: string }) => !readsHidden(scenario, viewer, n);
  const value = (n: CompiledNum) =>
    n.constant !== null ? n.constant : ctx && knowable(n) ? n.run(ctx) : null;
  const amount = (n: CompiledNum) => {
    const v = value(n);
    return v === null
      ? `(${knowable(n) ? formulaInWords(scenario, n.source, lang) : 'unknown'})`
      : signed(Math.round(v * 10) / 10);
  };
  const region = (id: string) =>
    id === 'target'
      ? ctx?.target
        ? nameOf(scenario, 'region', ctx.target, lang)
        : 'the target'
      : nameOf(scenario, 'region', id, lang);
  // A decision it sets in motion for another faction is told with its options and their odds as
  // things stand now, so a player can weigh a contest before starting it; one level only.
  const answers = (event: string): string => {
    const def = scenario.index.event.get(event);
    if (!def?.decider || def.decider === viewer || def.choices.length === 0) return '';
    const options = def.choices
      .filter((c) => !(c.when && ctx && knowable(c.when) && !c.when.run(ctx)))
      .map((c) => {
        const effects = describeList(scenario, c.effects, viewer, ctx, lang, true);
        const label = text(scenario, `event.${event}.choice.${c.id}.label`, lang);
        return `${label}: ${effects.join(', ') || 'nothing'}`;
      });
    const who = nameOf(scenario, 'faction', def.decider, lang);
    return `, where ${who} chooses${ctx ? ' (odds as things stand)' : ''}: ${options.join(' | ')}`;
  };
  const sub = (list: readonly Effect[]) => describeList(scenario, list, viewer, ctx, lang, nested);
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
          else
            out.push(
              `${nameOf(scenario, 'track', id, lang)} ${amount(n)}${nested ? '' : shortfall(id, n)}`,
            );
        break;
      case 'set':
        for (const [id, n] of e.tracks)
          if (hidden(id)) unseen = true;
          else
            out.push(
              `${nameOf(scenario, 'track', id, lang)} becomes ${value(n) ?? (knowable(n) ? formulaInWords(scenario, n.source, lang) : 'unknown')}`,
            );
        for (const [id, v] of e.flags)
          if (blind.hiddenFlags.has(id)) unseen = true;
          else
            out.push(
              `${nameOf(scenario, 'flag', id, lang)}: ${v ? 'yes' : 'no'}${nested ? '' : flagDrifts(scenario, id, v, viewer, ctx, lang)}`,
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
        const answer = blind.hiddenEvents.has(e.event) || nested ? '' : answers(e.event);
        out.push(
          `Sets in motion: ${title}${e.delay > 1 ? ` (in ${turnsWord(scenario.calendar, e.delay)})` : ''}${answer}`,
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
          `If ${known ? formulaInWords(scenario, e.when.source, lang) : UNSEEN.condition}${now}: ${then.join(', ') || 'nothing'}${otherwise.length ? `; otherwise ${otherwise.join(', ')}` : ''}`,
        );
        break;
      }
    }
  }
  if (unseen) out.push(out.length ? `and ${UNSEEN.effects}` : capitalise(UNSEEN.effects));
  return out;
}
