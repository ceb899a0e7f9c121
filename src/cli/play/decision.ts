// A decision the player takes in an event, each option shown with its effects.
import {
  describeEffects,
  endingsNear,
  play,
  text,
  type GameView,
  type Scenario,
} from '../../engine';
import { common, say } from './commands';
import { viewOf, type Outcome, type Session } from './session';
import { bold, dim, red, screenWidth, wrapText } from '../style';

const INDENT = '       ';

/** One effect, its continuation lines indented further so a long one still reads as one. */
function effectLine(effect: string): string {
  return wrapText(effect, INDENT, screenWidth() - 2)
    .split('\n')
    .map((line, i) => (i === 0 ? line : `  ${line}`))
    .join('\n');
}

/** What an option does, as the player may know it, and the endings it may lead to (as the
 *  browser tells them beside the same option). */
export function optionLines(sc: Scenario, view: GameView, event: string, option: string): string[] {
  const effects = sc.index.event.get(event)!.choices.find((c) => c.id === option)!.effects;
  return [...describeEffects(sc, effects, { view }), ...endingsNear(sc, effects)];
}

/** A decision the player has to take now. */
export async function choiceTurn(
  s: Session,
  event: string,
  options: readonly string[],
): Promise<Outcome> {
  const sc = s.scenario;
  say(`\n${bold(`── ${text(sc, `event.${event}.title`)} ──`)}`);
  say(wrapText(text(sc, `event.${event}.body`)));
  say('');
  const at = { view: viewOf(s) };
  options.forEach((o, i) => {
    say(`  ${i + 1}. ${bold(text(sc, `event.${event}.choice.${o}.label`))}`);
    const effects = optionLines(sc, at.view, event, o);
    say(
      dim(effects.length ? effects.map(effectLine).join('\n') : `${INDENT}(no immediate effect)`),
    );
  });
  for (;;) {
    const line = await s.input.ask(`Your decision (1–${options.length})> `);
    if (line === null) return 'eof';
    const c = await common(s, line);
    if (c === 'handled') continue;
    if (c) return c;
    const n = Number(line);
    const byLabel = options.find(
      (o) => text(sc, `event.${event}.choice.${o}.label`).toLowerCase() === line.toLowerCase(),
    );
    const option = /^\d+$/.test(line) && n >= 1 && n <= options.length ? options[n - 1] : byLabel;
    if (!option) {
      say(`Please answer 1–${options.length} (or: why <figure>, save, quit).`);
      continue;
    }
    const r = play(s.game, {
      type: 'choose',
      faction: s.human,
      turn: s.game.state.turn,
      event,
      option,
    });
    if (r.ok) return ((s.game = r.value.game), 'done');
    say(red(`That decision cannot be taken (${r.error}).`));
  }
}
