// What every prompt of a game understands: why <figure>, help, save, quit.
import { turnNoun } from '../../engine';
import { CliError } from '../fail';
import { whyText } from './screen';
import { resumeHint, saveTo, viewOf, type Outcome, type Session } from './session';
import { red } from '../style';

export const say = (s: string) => process.stdout.write(`${s}\n`);

export const MENU = ['Give an order', 'End month', 'Why?', 'Save', 'Quit'] as const;
export const HELP = `Answer with a number, or type: order, end, why <figure>, undo (take back your last order), save, quit.`;

/** Commands every prompt understands. Returns null when `line` is not one of them. */
export async function common(s: Session, line: string): Promise<Outcome | 'handled' | null> {
  const why = /^why\s+(.+)$/i.exec(line);
  if (why) return (say(whyText(s.scenario, viewOf(s), why[1]!)), 'handled');
  const word = line.toLowerCase();
  if (word === 'help' || word === '?') return (say(HELP), 'handled');
  if (word === 'save') return (await saveCommand(s)) ? 'handled' : 'eof';
  if (word === 'quit' || word === 'q' || word === 'exit') return quitCommand(s);
  return null;
}

export async function saveCommand(s: Session): Promise<boolean> {
  let file = s.savePath;
  if (!file) {
    const fallback = `${s.scenario.id}-${s.human}.save.json`;
    const answer = await s.input.ask(`Save to which file? [${fallback}] `);
    if (answer === null) return false;
    file = answer || fallback;
  }
  try {
    saveTo(s, file);
  } catch (e) {
    if (e instanceof CliError) return (say(red(e.message)), true);
    throw e;
  }
  s.savePath = file;
  say(
    `Saved to ${file}; it will be kept up to date every ${turnNoun(s.scenario.calendar)} (${resumeHint(s, file)}).`,
  );
  return true;
}

export async function quitCommand(s: Session): Promise<Outcome | 'handled'> {
  if (s.savePath) {
    saveTo(s, s.savePath);
    say(`Saved to ${s.savePath}. Goodbye (${resumeHint(s, s.savePath)}).`);
    return 'quit';
  }
  const answer = await s.input.ask('Quit without saving? [y/N] ');
  if (answer === null) return 'eof';
  if (/^y(es)?$/i.test(answer)) return (say('Goodbye.'), 'quit');
  return 'handled';
}
