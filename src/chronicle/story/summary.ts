// The chronicle's opening lines: which game this is, whether it kept to the source timeline,
// and how it ended.
import { nameOf, type Scenario } from '../../engine';
import { withStop } from '../render/escape';
import type { ChronicleEntry, Divergence } from '../types';

/** "on 10 March 1900", "in March 1900". */
function when(date: string): string {
  return /^\d/.test(date) ? `on ${date}` : `in ${date}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryOf(
  scenario: Scenario,
  seed: number,
  viewer: string | null,
  entries: readonly ChronicleEntry[],
  divergences: readonly Divergence[],
  lang: string,
): string {
  const out = [`Seed ${seed}.`];
  if (viewer !== null) out.push(`Told as ${nameOf(scenario, 'faction', viewer, lang)} knew it.`);
  const first = divergences[0];
  if (!first) out.push('The game kept to the source timeline.');
  else
    out.push(
      `The game left the source timeline ${when(first.date)}: ${plural(divergences.length, 'point', 'points')} of divergence.`,
    );
  const ending = entries.find((e) => e.kind === 'ending');
  const last = entries[entries.length - 1];
  if (ending) out.push(`It ended ${when(ending.date)}: ${withStop(ending.title)}`);
  else if (last) out.push(`The story goes on after ${last.date}.`);
  return out.join(' ');
}
