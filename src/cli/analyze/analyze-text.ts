// An analysis's result as text: the table printed by default, and the CSV files.
import type { AnalysisResult, TrackSeries } from '../../analysis/report';
import { bold, pad } from '../style';

/** Option labels can be whole sentences: the table keeps their start. */
const short = (s: string, max = 34) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const interval = (ci: readonly [number, number]) =>
  `${(ci[0] * 100).toFixed(1)}–${(ci[1] * 100).toFixed(1)}%`;

export function resultTable(r: AnalysisResult): string {
  const who = Object.entries(r.policies)
    .map(([f, p]) => `${f}=${p}`)
    .join(' ');
  const out = [
    `${bold(r.scenario.title)}: ${r.runs} campaign${r.runs === 1 ? '' : 's'} from seed ${r.seed} · ${who}`,
  ];
  if (r.from)
    out.push(
      `Continuing a save from ${r.from.month} (turn ${r.from.turn}), with fresh dice for each campaign.`,
    );
  const endings = [...r.endings].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const w = Math.max(6, ...endings.map((e) => e.title.length)) + 2;
  out.push(
    '',
    `${pad('Ending', w)}${'count'.padStart(7)}${'share'.padStart(8)}   ${pad('95% CI', 13)}${r.turns.padStart(7)}   id`,
  );
  for (const e of endings)
    out.push(
      `${pad(e.title, w)}${String(e.count).padStart(7)}${pct(e.share).padStart(8)}   ${pad(interval(e.ci95), 13)}${(e.meanMonths === null ? '·' : e.meanMonths.toFixed(1)).padStart(7)}   ${e.id}`,
    );
  out.push('', `Mean length: ${r.meanMonths} ${r.turns}.`);

  const fired = r.events.filter((e) => e.campaigns > 0);
  const rare = [...fired]
    .sort((a, b) => a.campaigns - b.campaigns || a.id.localeCompare(b.id))
    .slice(0, 8);
  out.push('', `${bold('Events')}: ${fired.length} of ${r.events.length} fired. Rarest:`);
  for (const e of rare)
    out.push(
      `  ${pad(e.title, 40)}${pct(e.share).padStart(7)}  (${e.campaigns} campaign${e.campaigns === 1 ? '' : 's'}; ${interval(e.ci95)})`,
    );

  const decisions = new Map<string, AnalysisResult['options'][number][]>();
  for (const o of r.options) decisions.set(o.event, [...(decisions.get(o.event) ?? []), o]);
  if (decisions.size) {
    out.push('', `${bold('Decisions')} (share of the times each was taken):`);
    const title = new Map(r.events.map((e) => [e.id, e.title]));
    for (const [event, options] of decisions) {
      const taken = options.reduce((n, o) => n + o.count, 0);
      const split = taken
        ? options.map((o) => `${short(o.label)} ${pct(o.share)}`).join(' · ')
        : 'never reached';
      out.push(`  ${pad(`${title.get(event) ?? event}:`, 30)} ${split}`);
    }
  }

  const never = r.neverFired;
  out.push(
    '',
    `${bold('Never fired')}: ${never.endings.length + never.events.length + never.options.length === 0 ? 'nothing — every ending, event and option came up.' : ''}`,
  );
  if (never.endings.length) out.push(`  endings: ${never.endings.join(', ')}`);
  if (never.events.length) out.push(`  events: ${never.events.join(', ')}`);
  if (never.options.length) out.push(`  options: ${never.options.join(', ')}`);

  if (r.tracks.length) out.push('', ...trackTable(r.tracks));
  return out.join('\n') + '\n';
}

/** p10 / median / p90 of each track at four dates, spread over the months played. */
function trackTable(tracks: readonly TrackSeries[]): string[] {
  const months = tracks[0]!.months;
  if (months.length === 0) return [];
  const picks = [...new Set([0, 1, 2, 3].map((k) => Math.round((k * (months.length - 1)) / 3)))];
  const w = Math.max(8, ...tracks.map((t) => t.name.length)) + 2;
  const fmt = (x: number | null) => (x === null ? '·' : String(x));
  const cells = tracks.map((t) =>
    picks.map((i) => {
      const m = t.months[i];
      return m ? `${fmt(m.p10)} / ${fmt(m.p50)} / ${fmt(m.p90)}` : '·';
    }),
  );
  const cell = Math.max(10, ...cells.flat().map((c) => c.length)) + 2;
  const out = [
    `${bold('Tracks')} at the end of the month (10th / 50th / 90th percentile, over the campaigns still running):`,
    `${pad('', w)}${picks.map((i) => months[i]!.month.padStart(cell)).join('')}`,
    `${pad('campaigns', w)}${picks.map((i) => String(months[i]!.n).padStart(cell)).join('')}`,
  ];
  tracks.forEach((t, j) =>
    out.push(`${pad(t.name, w)}${cells[j]!.map((c) => c.padStart(cell)).join('')}`),
  );
  return out;
}

/** A CSV field, quoted when it needs to be. */
const field = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (header: readonly string[], rows: readonly (readonly (string | number | null)[])[]) =>
  [header, ...rows].map((row) => row.map(field).join(',')).join('\n') + '\n';

export function endingsCsv(r: AnalysisResult): string {
  return csv(
    ['ending', 'title', 'count', 'share', 'ci95_low', 'ci95_high', 'mean_months'],
    r.endings.map((e) => [e.id, e.title, e.count, e.share, e.ci95[0], e.ci95[1], e.meanMonths]),
  );
}

export function eventsCsv(r: AnalysisResult): string {
  return csv(
    ['event', 'title', 'campaigns', 'share', 'ci95_low', 'ci95_high', 'fires'],
    r.events.map((e) => [e.id, e.title, e.campaigns, e.share, e.ci95[0], e.ci95[1], e.fires]),
  );
}

export function optionsCsv(r: AnalysisResult): string {
  return csv(
    ['event', 'option', 'label', 'count', 'share'],
    r.options.map((o) => [o.event, o.option, o.label, o.count, o.share]),
  );
}

export function tracksCsv(r: AnalysisResult): string {
  return csv(
    ['track', 'month', 'turn', 'campaigns', 'p10', 'p50', 'p90'],
    r.tracks.flatMap((t) => t.months.map((m) => [t.id, m.month, m.turn, m.n, m.p10, m.p50, m.p90])),
  );
}
