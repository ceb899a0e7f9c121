// The briefing shown when a game begins, and the warnings of an ending drawing near.
import {
  briefing,
  endingWarnings,
  tickName,
  type BriefingEnding,
  type GameView,
  type Scenario,
} from '../../engine';
import { bold, dim, wrapText, yellow } from '../style';

// a fixed score, or the least and the most of one that depends on the game
const points = (e: BriefingEnding) => (e.upTo === e.score ? `${e.score}` : `${e.score}–${e.upTo}`);

export function briefingText(scenario: Scenario, faction: string): string {
  const b = briefing(scenario, faction);
  const title = (id: string) => {
    const e = b.endings.find((x) => x.id === id)!;
    return `${e.title} (${points(e)})`;
  };
  const lines = [bold(`Your briefing: ${b.name}`)];
  if (b.aims) lines.push(wrapText(b.aims, '  '));
  if (b.wants.length) lines.push(wrapText(`You want: ${b.wants.map(title).join('; ')}.`, '  '));
  if (b.fears.length) lines.push(wrapText(`You fear: ${b.fears.map(title).join('; ')}.`, '  '));
  lines.push(bold('What ends the game'));
  for (const e of b.endings)
    if (!e.fallback && e.how) lines.push(wrapText(`${e.title} (${points(e)}): ${e.how}`, '  '));
  const fallback = b.endings.find((e) => e.fallback);
  if (fallback)
    lines.push(
      wrapText(
        `After ${tickName(scenario.calendar, b.lastMonth)}, if nothing else has ended it: ${fallback.title} (${points(fallback)}).`,
        '  ',
      ),
    );
  lines.push(dim('  Scores are out of 100: how good each ending is for you.'));
  return lines.join('\n');
}

/** One line per ending the player's view says is near; none when nothing is. */
export function warningLines(scenario: Scenario, view: GameView): string[] {
  return endingWarnings(scenario, view).map((w) =>
    wrapText(`${yellow(bold('Ending near'))} · ${w.title} (${w.score} for you): ${w.text}`),
  );
}
