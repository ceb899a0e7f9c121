// What the player reads: the month's situation, the news, a figure's "why", the ending.
import {
  canSee,
  clockStage,
  explain,
  monthName,
  nameOf,
  text,
  viewFor,
  type GameState,
  type LogEntry,
  type Scenario,
} from '../engine';
import { bold, dim, pad, wrapText } from './style';

const signed = (n: number): string => {
  const r = Math.round(n * 10) / 10;
  return r > 0 ? `+${r}` : String(r);
};
const round = (n: number): string => String(Math.round(n * 10) / 10);
const months = (s: Scenario): number => s.end - s.start + 1;

export function header(scenario: Scenario, state: GameState, faction: string): string {
  const title = text(scenario, 'scenario.title');
  const when = monthName(scenario.start + state.turn);
  return `${bold(`${title} — ${when}`)}   ${dim(`month ${state.turn + 1} of ${months(scenario)} · you are ${nameOf(scenario, 'faction', faction)}`)}`;
}

/** Track values the player saw at the last screen, to show how they moved since. */
export type Snapshot = Readonly<Record<string, number>>;

export function snapshot(scenario: Scenario, state: GameState, faction: string): Snapshot {
  return { ...viewFor(scenario, state, faction).tracks };
}

export function statusScreen(
  scenario: Scenario,
  state: GameState,
  faction: string,
  previous: Snapshot | null,
): string {
  const view = viewFor(scenario, state, faction);
  const lines: string[] = [header(scenario, state, faction), ''];
  const clocks = scenario.tracks.filter((t) => t.stages.length > 0 && t.id in view.tracks);
  for (const t of clocks) {
    const stage = clockStage(scenario, state, t.id)!;
    const next = t.stages[stage.index + 1];
    const nextText = next
      ? `; next: ${text(scenario, `track.${t.id}.stage.${next.id}`)} at ${next.at}`
      : '; final stage';
    lines.push(
      `${bold('Threat')} ${nameOf(scenario, 'track', t.id)}: ${bold(stage.label)} (${round(view.tracks[t.id] ?? 0)}${nextText})`,
    );
  }
  if (clocks.length) lines.push('');

  const tracks = scenario.tracks.filter((t) => t.id in view.tracks);
  const width =
    Math.max(
      12,
      ...tracks.map((t) => nameOf(scenario, 'track', t.id).length),
      ...scenario.derived.map((d) => nameOf(scenario, 'derived', d.id).length),
    ) + 2;
  lines.push(`${pad(bold('Figures'), width)}  now   last month  drift/month`);
  for (const t of tracks) {
    const value = view.tracks[t.id] ?? 0;
    const before = previous?.[t.id];
    const change = before === undefined ? '' : value === before ? '=' : signed(value - before);
    const drift = explain(scenario, state, t.id)?.total ?? 0;
    const mine =
      t.owner === faction ? '' : t.owner ? dim(` (${nameOf(scenario, 'faction', t.owner)})`) : '';
    lines.push(
      `  ${pad(nameOf(scenario, 'track', t.id), width)}${round(value).padStart(4)}   ${change.padStart(6)}      ${drift === 0 ? '  0' : signed(drift).padStart(3)}${mine}`,
    );
  }
  for (const d of scenario.derived) {
    const e = explain(scenario, state, d.id);
    if (e) lines.push(`  ${pad(e.name, width)}${round(e.value).padStart(4)}   ${dim('(derived)')}`);
  }

  lines.push('', bold('Regions'));
  const rw = Math.max(...scenario.regions.map((r) => nameOf(scenario, 'region', r.id).length)) + 2;
  const fw =
    Math.max(...scenario.factions.map((f) => nameOf(scenario, 'faction', f.id).length), 6) + 2;
  for (const r of scenario.regions) {
    const st = state.regions[r.id]!;
    const bar =
      '█'.repeat(Math.round(st.unrest / 10)) + '·'.repeat(10 - Math.round(st.unrest / 10));
    lines.push(
      `  ${pad(nameOf(scenario, 'region', r.id), rw)}${pad(nameOf(scenario, 'faction', st.control), fw)}unrest ${round(st.unrest).padStart(3)} ${dim(bar)}`,
    );
  }

  const people = scenario.characters.filter((c) => c.faction === faction);
  if (people.length) {
    lines.push('', bold('People'));
    for (const c of people) {
      const st = state.characters[c.id]!;
      lines.push(
        `  ${nameOf(scenario, 'character', c.id)}: ${st.alive ? `health ${round(st.health)}` : 'dead'}`,
      );
    }
  }
  return lines.join('\n');
}

/** The news a faction may read among `entries` (the log since it last looked). A decision is
 *  shown under its event, even when it was taken after later news. */
export function newsLines(
  scenario: Scenario,
  entries: readonly LogEntry[],
  faction: string,
): string[] {
  const blocks: { event: string | null; lines: string[] }[] = [];
  const add = (...lines: string[]) => blocks.push({ event: null, lines });
  const order = (id: string, target: string | undefined) =>
    `${nameOf(scenario, 'order', id)}${target ? ` in ${nameOf(scenario, 'region', target)}` : ''}`;
  for (const e of entries) {
    if (!canSee(e, faction)) continue;
    switch (e.kind) {
      case 'event':
        blocks.push({
          event: e.event,
          lines: [
            `• ${bold(text(scenario, `event.${e.event}.title`))}`,
            wrapText(text(scenario, `event.${e.event}.body`), '    '),
          ],
        });
        break;
      case 'choice': {
        const who = e.faction === faction ? 'You' : nameOf(scenario, 'faction', e.faction);
        const line = `    → ${who} chose: ${text(scenario, `event.${e.event}.choice.${e.option}.label`)}`;
        const block = [...blocks].reverse().find((b) => b.event === e.event);
        if (block) block.lines.push(line);
        else add(`• ${bold(text(scenario, `event.${e.event}.title`))}`, line);
        break;
      }
      case 'order':
        if (e.faction === faction)
          add(`• Your order ${order(e.order, e.target)} ${e.success ? 'succeeded' : 'failed'}.`);
        else
          add(
            `• ${nameOf(scenario, 'faction', e.faction)}: ${order(e.order, e.target)}${e.success ? '' : ' (failed)'}.`,
          );
        break;
      case 'exposed':
        if (e.faction === faction) add(`• Your covert ${order(e.order, e.target)} was exposed!`);
        else
          add(
            `• Exposed: ${nameOf(scenario, 'faction', e.faction)} was behind ${order(e.order, e.target)}.`,
          );
        break;
      case 'death':
        add(`• ${nameOf(scenario, 'character', e.character)} has died.`);
        break;
      case 'ending':
        break;
    }
  }
  return blocks.flatMap((b) => b.lines);
}

/** "why <figure>": the named parts of a visible track's drift or of a derived figure. */
export function whyText(
  scenario: Scenario,
  state: GameState,
  faction: string,
  query: string,
): string {
  const view = viewFor(scenario, state, faction);
  const q = query.trim().toLowerCase();
  const candidates = [
    ...scenario.tracks
      .filter((t) => t.id in view.tracks)
      .map((t) => ({ id: t.id, name: nameOf(scenario, 'track', t.id) })),
    ...scenario.derived.map((d) => ({ id: d.id, name: nameOf(scenario, 'derived', d.id) })),
  ];
  const hit =
    candidates.find((c) => c.id === q || c.name.toLowerCase() === q) ??
    (q
      ? candidates.find((c) => c.name.toLowerCase().startsWith(q) || c.id.startsWith(q))
      : undefined);
  if (!hit)
    return `No figure called "${query}". You can ask about: ${candidates.map((c) => c.name).join(', ')}.`;
  const e = explain(scenario, state, hit.id)!;
  const isTrack = scenario.index.track.has(hit.id);
  const lines = [
    isTrack
      ? `${bold(e.name)} is ${round(e.value)}; next month it moves by ${signed(e.total)}:`
      : `${bold(e.name)} is ${round(e.value)}, the sum of:`,
  ];
  const width = Math.max(8, ...e.parts.map((p) => p.label.length)) + 2;
  for (const p of e.parts)
    lines.push(
      `  ${pad(p.label, width)}${signed(p.value).padStart(6)}${p.active ? '' : dim('  (not now)')}`,
    );
  if (e.parts.length === 0)
    lines.push(`  ${dim('nothing moves it by itself; only orders and events change it')}`);
  return lines.join('\n');
}

export function endingText(scenario: Scenario, state: GameState, faction: string): string {
  const id = state.ending!;
  const def = scenario.index.ending.get(id);
  const score = def?.score[faction];
  return [
    bold(`═══ ${text(scenario, `ending.${id}.title`)} ═══`),
    wrapText(text(scenario, `ending.${id}.body`)),
    '',
    dim(
      `${monthName(scenario.start + state.turn)}, after ${state.turn + 1} month${state.turn ? 's' : ''}.${score === undefined ? '' : ` Your score as ${nameOf(scenario, 'faction', faction)}: ${score}/100.`}`,
    ),
  ].join('\n');
}
