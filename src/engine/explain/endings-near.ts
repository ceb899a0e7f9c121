// Which endings a choice may lead to, told beside its effects in every front end.
import type { Effect, Scenario } from '../types';
import { text } from './words';

/** The endings an option's effects may bring about: those it ends the game with, and those whose
 *  condition reads a flag it raises or an event it sets in motion (or a flag the options of
 *  that event raise). Read from the scenario alone,
 *  so it tells nothing of the state the faction cannot see. */
export function endingsNear(scenario: Scenario, effects: readonly Effect[]): string[] {
  const names = new Set<string>();
  const direct = new Set<string>();
  const walked = new Set<string>();
  const walk = (list: readonly Effect[]) => {
    for (const e of list) {
      if (e.op === 'set') for (const [id, v] of e.flags) v && names.add(id);
      else if (e.op === 'trigger') {
        names.add(e.event);
        // a decision it sets in motion may bring the ending in its turn: a strike that others
        // answer, say (each event walked once, so a chain that loops ends)
        if (!walked.has(e.event)) {
          walked.add(e.event);
          for (const c of scenario.index.event.get(e.event)?.choices ?? []) walk(c.effects);
        }
      } else if (e.op === 'end') direct.add(e.ending);
      else if (e.op === 'if') walk([...e.then, ...e.else]);
      else if (e.op === 'chance') walk([...e.then, ...e.else]);
    }
  };
  walk(effects);
  // Read as it is, not under a `not`: raising the flag could then make the condition hold.
  const reads = (source: string, id: string) =>
    [...source.matchAll(new RegExp(`(?:fired\\()?\\b${id}\\b`, 'g'))].some(
      (m) => !/\bnot\s*$/.test(source.slice(0, m.index)),
    );
  return scenario.endings
    .filter(
      (end) =>
        !direct.has(end.id) && end.when && [...names].some((id) => reads(end.when!.source, id)),
    )
    .map((end) => `May lead to an ending: ${text(scenario, `ending.${end.id}.title`)}`);
}
