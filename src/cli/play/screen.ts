// What the player reads: the month's situation, the news, a figure's "why", the ending.
import {
  canSee,
  clockStage,
  explain,
  monthChange,
  monthName,
  turnCount,
  turnName,
  turnsWord,
  nameOf,
  text,
  type GameView,
  type LogEntry,
  type Scenario,
  viewedScore,
} from '../../engine';
import { bold, dim, pad, red, wrapItems, wrapText, yellow } from '../style';

const signed = (n: number): string => {
  const r = Math.round(n * 10) / 10;
  return r > 0 ? `+${r}` : String(r);
};
const round = (n: number): string => String(Math.round(n * 10) / 10);

export function header(scenario: Scenario, view: GameView): string {
  const state = view;
  const faction = view.viewer;
  const title = text(scenario, 'scenario.title');
  const when = turnName(scenario, state.turn);
  const unit = scenario.calendar.length === 1 ? scenario.calendar.unit : 'turn';
  return `${bold(`${title} — ${when}`)}   ${dim(`${unit} ${state.turn + 1} of ${turnCount(scenario)} · you are ${nameOf(scenario, 'faction', faction)}`)}`;
}

export function statusScreen(scenario: Scenario, view: GameView): string {
  const faction = view.viewer;
  const lines: string[] = [header(scenario, view)];
  for (const t of scenario.tracks.filter((t) => t.stages.length > 0 && t.id in view.tracks)) {
    const stage = clockStage(scenario, view, t.id)!;
    const next = t.stages[stage.index + 1];
    const nextText = next
      ? `; ${text(scenario, `track.${t.id}.stage.${next.id}`)} at ${next.at}`
      : '; final stage';
    lines.push(
      `${bold('Threat')} · ${nameOf(scenario, 'track', t.id)}: ${bold(stage.label)} (${round(view.tracks[t.id] ?? 0)}${nextText})`,
    );
  }
  lines.push('', ...figures(scenario, view), '', ...regions(scenario, view));
  const people = scenario.characters.filter((c) => c.faction === faction);
  if (people.length) {
    const list = people.map((c) => {
      const st = view.characters[c.id]!;
      return `${nameOf(scenario, 'character', c.id)} (${st.alive ? `health ${round(st.health)}` : 'dead'})`;
    });
    lines.push(wrapText(`${bold('People:')} ${list.join(', ')}`));
  }
  return lines.join('\n');
}

/** Visible tracks and derived figures, in two columns when the screen is wide enough. */
function figures(scenario: Scenario, view: GameView): string[] {
  const rows: [string, string, string, string][] = [];
  for (const t of scenario.tracks.filter((t) => t.id in view.tracks)) {
    const value = view.tracks[t.id] ?? 0;
    const moved = monthChange(scenario, view, `track:${t.id}`);
    const total = moved ? Math.round(moved.total * 10) / 10 : null;
    const change = total === null ? '' : total === 0 ? '=' : signed(total);
    const e = explain(scenario, view, t.id);
    const drift = e?.total ?? 0;
    const unseen = e?.parts.some((p) => p.unseen) ? '?' : '';
    rows.push([
      nameOf(scenario, 'track', t.id),
      round(value),
      change,
      (drift === 0 ? '0' : signed(drift)) + unseen,
    ]);
  }
  for (const d of scenario.derived) {
    const e = explain(scenario, view, d.id);
    if (e) rows.push([e.name, round(e.value) + (e.parts.some((p) => p.unseen) ? '?' : ''), '', '']);
  }
  const nameWidth = Math.max(...rows.map((r) => r[0].length), 6);
  const cell = (r: readonly [string, string, string, string]) =>
    `${pad(r[0], nameWidth)}${r[1].padStart(5)}${r[2].padStart(6)}${pad(r[3], 6, true)}`;
  const head = `${pad('', nameWidth)}${'now'.padStart(5)}${'chg'.padStart(6)}${'drift'.padStart(6)}`;
  const width = process.stdout.isTTY ? (process.stdout.columns ?? 80) : 80;
  const cellWidth = nameWidth + 17;
  const out = [
    `${bold('Figures')} ${dim('(chg: last month, or this month so far · drift: expected this month · why <name>)')}`,
  ];
  if (2 * cellWidth + 2 > width) return [...out, `  ${head}`, ...rows.map((r) => `  ${cell(r)}`)];
  const half = Math.ceil(rows.length / 2);
  const sep = 2 * cellWidth + 4 <= width ? '    ' : '  ';
  const indent = 2 * cellWidth + sep.length + 2 <= width ? '  ' : '';
  out.push(`${indent}${head}${sep}${head}`);
  for (let i = 0; i < half; i++)
    out.push(`${indent}${cell(rows[i]!)}${rows[half + i] ? `${sep}${cell(rows[half + i]!)}` : ''}`);
  return out;
}

/** Regions grouped by who holds them, each with its unrest. */
function regions(scenario: Scenario, state: GameView): string[] {
  const out = [`${bold('Regions')} ${dim('by who holds them, with unrest (0–100)')}`];
  const holders = [...new Set(scenario.regions.map((r) => state.regions[r.id]!.control))];
  for (const h of holders) {
    const list = scenario.regions
      .filter((r) => state.regions[r.id]!.control === h)
      .map((r) => {
        const u = Math.round(state.regions[r.id]!.unrest);
        const label = `${nameOf(scenario, 'region', r.id)} ${u}`;
        return u >= 75 ? red(label) : u >= 50 ? yellow(label) : label;
      });
    const who = h === 'none' ? 'Held by no one' : nameOf(scenario, 'faction', h);
    out.push(wrapItems(`  ${who}: `, list, '    '));
  }
  return out;
}

/** The news a faction may read among `entries` (the log since it last looked). A decision is
 *  shown under its event, even when it was taken after later news. */
export function newsLines(
  scenario: Scenario,
  entries: readonly LogEntry[],
  faction: string,
  /** Entries before this index were already shown in full: their events get a title only. */
  briefBefore = 0,
): string[] {
  const blocks: { event: string | null; lines: string[] }[] = [];
  const add = (...lines: string[]) => blocks.push({ event: null, lines });
  const order = (id: string, target: string | undefined) =>
    `${nameOf(scenario, 'order', id)}${target ? ` in ${nameOf(scenario, 'region', target)}` : ''}`;
  entries.forEach((e, i) => {
    if (!canSee(e, faction)) return;
    switch (e.kind) {
      case 'event':
        blocks.push({
          event: e.event,
          lines: [
            `• ${bold(text(scenario, `event.${e.event}.title`))}`,
            ...(i < briefBefore ? [] : [wrapText(text(scenario, `event.${e.event}.body`), '    ')]),
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
  });
  return blocks.flatMap((b) => b.lines);
}

/** "why <figure>": the named parts of a visible track's drift or of a derived figure. */
export function whyText(scenario: Scenario, view: GameView, query: string): string {
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
  const e = explain(scenario, view, hit.id)!;
  const isTrack = scenario.index.track.has(hit.id);
  const lines = [
    isTrack
      ? `${bold(e.name)} is ${round(e.value)}; at the end of this month it drifts by ${signed(e.total)}:`
      : `${bold(e.name)} is ${round(e.value)}, the sum of:`,
  ];
  const width = Math.max(8, ...e.parts.map((p) => p.label.length)) + 2;
  for (const p of e.parts)
    lines.push(
      p.unseen
        ? `  ${pad(p.label, width)}${'?'.padStart(6)}${dim('  (not counted: you cannot know them)')}`
        : `  ${pad(p.label, width)}${signed(p.value).padStart(6)}${p.active ? '' : dim('  (not now)')}`,
    );
  if (e.parts.length === 0)
    lines.push(`  ${dim('nothing moves it by itself; only orders and events change it')}`);
  const moved = isTrack ? monthChange(scenario, view, `track:${hit.id}`) : null;
  if (moved) {
    const when = monthName(scenario.start + moved.turn);
    const title =
      view.phase === 'choices'
        ? `This month so far (${when})`
        : `${view.phase === 'ended' ? 'The last month' : 'Last month'} (${when})`;
    const parts = moved.parts.filter((p) => Math.round(p.value * 10) !== 0);
    lines.push(
      '',
      parts.length
        ? `${title} it moved ${signed(Math.round(moved.total * 10) / 10)}:`
        : `${title} it did not move.`,
    );
    const w = Math.max(8, ...parts.map((p) => p.label.length)) + 2;
    for (const p of parts) lines.push(`  ${pad(p.label, w)}${signed(p.value).padStart(6)}`);
  }
  return lines.join('\n');
}

export function endingText(scenario: Scenario, view: GameView): string {
  const state = view;
  const faction = view.viewer;
  const id = state.ending!;
  const score = viewedScore(scenario, view);
  return [
    bold(`═══ ${text(scenario, `ending.${id}.title`)} ═══`),
    wrapText(text(scenario, `ending.${id}.body`)),
    '',
    dim(
      `${turnName(scenario, state.turn)}, after ${turnsWord(scenario.calendar, state.turn + 1)}.${score === null ? '' : ` Your score as ${nameOf(scenario, 'faction', faction)}: ${score}/100.`}`,
    ),
  ].join('\n');
}
