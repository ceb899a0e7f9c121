// `uchronia play <scenario> --as <faction>`: a game in the terminal against AI policies.
import { randomInt } from 'node:crypto';
import { Command } from 'commander';
import {
  gameFromReplay,
  legalActions,
  turnName,
  newGame,
  play,
  text,
  viewFor,
  waitingFor,
  type Game,
  type Scenario,
} from '../../engine';
import { buildChronicle, chronicleMarkdown } from '../../chronicle';
import { DIFFICULTIES } from '../../ai';
import { plainMarkdown } from './plain-markdown';
import { fail } from '../fail';
import { terminalInput } from '../input';
import { choiceTurn } from './decision';
import { ordersTurn } from './orders-menu';
import {
  collectPolicy,
  loadScenarioOrFail,
  playableFaction,
  policiesFor,
  policyFor,
  seedOption,
  MAX_SEED,
  policyNames,
} from '../scenario';
import { readSaveFile, stateFromSave } from '../saves/save-file';
import { briefingText, warningLines } from './briefing';
import { endingText, newsLines, statusScreen } from './screen';
import { newSession, resumeHint, saveTo, viewOf, type Outcome, type Session } from './session';
import { bold, clearScreen, dim, wrapText } from '../style';

interface PlayOptions {
  as?: string;
  seed?: string;
  save?: string;
  load?: string;
  difficulty?: string;
  policy: string[];
}

const say = (s: string) => process.stdout.write(`${s}\n`);

export const playCommand = new Command('play')
  .description('play a scenario in the terminal, one month at a time, against AI factions')
  .argument('[scenario]', 'a bundled scenario name or a scenario folder (optional with --load)')
  .option('--as <faction>', "the faction you play (default: the scenario's player faction)")
  .option('--seed <n>', `random seed, 0 to ${MAX_SEED} (default: a new one each game)`)
  .option('--save <file>', 'save the game to this file after every month (written atomically)')
  .option('--load <file>', 'resume a saved game')
  .option(
    '--difficulty <level>',
    'how the other factions play: easy (random), normal (priority bot), hard (search); default normal where the scenario gives the bot its weights, else easy',
  )
  .option(
    '--policy <faction=policy>',
    `who plays one other faction: ${policyNames()} (overrides --difficulty); repeatable`,
    collectPolicy,
    [],
  )
  .addHelpText(
    'after',
    '\nIn the game, answer with the menu numbers, or type: why <figure>, undo, save, quit, help.\nExample: uchronia play red-mexico-1945 --as mexico --save mexico.save.json',
  )
  .action(async (scenarioArg: string | undefined, opts: PlayOptions) => {
    if (opts.load && opts.seed !== undefined)
      fail('--seed cannot be used with --load: a saved game keeps its own seed');
    const save = opts.load ? readSaveFile(opts.load) : null;
    const name = scenarioArg ?? save?.scenario.id;
    if (!name) fail('which scenario? give its name or folder, e.g. uchronia play red-mexico-1945');
    const scenario = loadScenarioOrFail(name, scenarioArg ? undefined : opts.load);
    let game: Game;
    if (save) {
      stateFromSave(scenario, save, opts.load!);
      const r = gameFromReplay(scenario, save.seed, save.actions);
      if (!r.ok)
        fail(
          `cannot load ${opts.load}: action ${r.error.index + 1} no longer fits the game (${r.error.code})`,
        );
      game = r.value;
    } else game = newGame(scenario, seedOption(opts.seed, randomInt(0, 2 ** 31 - 1)));
    const savedHuman = save
      ? Object.entries(save.players).find(([, p]) => p === 'human')?.[0]
      : undefined;
    const human = playableFaction(scenario, opts.as ?? savedHuman ?? scenario.player, '--as');
    const savedPolicies = save
      ? Object.entries(save.players)
          .filter(([f, p]) => f !== human && p !== 'human' && scenario.index.playable.includes(f))
          .map(([f, p]) => {
            // a save is untrusted: its policies are checked (and bounded) like the command line's
            policyFor(scenario, p, `cannot load ${opts.load}: ${f}`);
            return `${f}=${p}`;
          })
      : [];
    const policies = policiesFor(
      scenario,
      [...savedPolicies, ...opts.policy],
      defaultPolicy(scenario, opts.difficulty, human),
      human,
    );
    const input = terminalInput();
    const session = newSession({
      scenario,
      scenarioArg: name,
      game,
      human,
      policies,
      input,
      savePath: opts.save ?? null,
    });
    try {
      await run(session, save !== null);
    } finally {
      input.close();
    }
  });

async function run(s: Session, resumed: boolean): Promise<void> {
  const others = Object.entries(s.policies)
    .map(([f, p]) => `${f}: ${p.name}`)
    .join(', ');
  say(
    dim(
      `${resumed ? 'Resumed' : 'New game'} · seed ${s.game.seed} · you play ${s.human}${others ? ` · ${others}` : ''}`,
    ),
  );
  let outcome: Outcome = 'done';
  while (s.game.state.phase !== 'ended' && outcome === 'done') outcome = await next(s);
  if (outcome === 'eof') return inputEnded(s);
  if (outcome === 'quit') return;
  finale(s);
}

/** One action: an AI's, or the player's after showing what they need to see. */
async function next(s: Session): Promise<Outcome> {
  const { scenario } = s;
  const state = s.game.state;
  const waiting = waitingFor(scenario, state);
  const ai = waiting.find((f) => f !== s.human);
  if (ai !== undefined) {
    const view = viewFor(scenario, state, ai);
    const action = s.policies[ai]!.decide(
      scenario,
      view,
      legalActions(scenario, view),
      s.rngs.get(ai)!,
    );
    const r = play(s.game, action);
    if (!r.ok)
      throw new Error(
        `policy ${s.policies[ai]!.name} for ${ai} chose an illegal action (${r.error})`,
      );
    s.game = r.value.game;
    return 'done';
  }
  if (state.phase === 'orders') {
    monthScreen(s);
    return ordersTurn(s);
  }
  const pending = legalActions(scenario, viewOf(s)).choices[0];
  if (!pending)
    throw new Error(`the game waits for ${waiting.join(', ') || 'no one'} on turn ${state.turn}`);
  // The decision itself is shown in full just below.
  showNews(s, `During ${turnName(scenario, state.turn)}`, pending.event);
  return choiceTurn(s, pending.event, pending.options);
}

function monthScreen(s: Session): void {
  const { scenario, game } = s;
  if (s.savePath && s.lastSavedTurn !== game.state.turn) saveTo(s, s.savePath);
  const view = viewOf(s);
  clearScreen();
  say(statusScreen(scenario, view));
  // The first month opens with the briefing, under the situation it speaks of.
  if (view.turn === 0) say(`\n${briefingText(scenario, s.human)}`);
  const warnings = warningLines(scenario, view);
  if (warnings.length) say(`\n${warnings.join('\n')}`);
  const news = newsLines(scenario, view.log.slice(s.monthSeen), s.human, s.seen - s.monthSeen);
  say(
    `\n${bold(view.turn === 0 ? 'The story so far' : `News of ${turnName(scenario, view.turn - 1)}`)}`,
  );
  if (news.length) say(news.join('\n'));
  else if (view.turn === 0) say(wrapText(text(scenario, 'scenario.summary'), '  '));
  else say(dim('  Nothing you know of.'));
  if (s.savePath) say(dim(`Autosaved to ${s.savePath}.`));
  s.seen = s.monthSeen = view.log.length;
}

function showNews(s: Session, title: string, skipEvent?: string): void {
  const log = viewOf(s).log;
  const entries = log.slice(s.seen).filter((e) => !(e.kind === 'event' && e.event === skipEvent));
  const news = newsLines(s.scenario, entries, s.human);
  s.seen = log.length;
  if (news.length) say(`\n${bold(title)}\n${news.join('\n')}`);
}

function finale(s: Session): void {
  if (s.savePath) saveTo(s, s.savePath);
  showNews(s, `${turnName(s.scenario, s.game.state.turn)}`);
  say(`\n${endingText(s.scenario, viewOf(s))}`);
  // The game is over: its secrets are out, and the chronicle tells it as everyone saw it.
  say(`\n${plainMarkdown(chronicleMarkdown(buildChronicle(s.scenario, s.game.state)))}`);
  if (s.savePath) say(dim(`\nThe finished game is saved in ${s.savePath}.`));
}

function inputEnded(s: Session): void {
  if (s.savePath) {
    saveTo(s, s.savePath);
    say(`Input ended: game saved to ${s.savePath} (${resumeHint(s, s.savePath)}).`);
  } else say('Input ended: the game was not saved (use --save FILE to keep it).');
}

/** The policy that plays the other factions unless --policy names another. */
function defaultPolicy(scenario: Scenario, difficulty: string | undefined, human: string): string {
  const botReady = scenario.index.playable.every(
    (f) => f === human || scenario.ai.some((a) => a.faction === f),
  );
  if (difficulty === undefined) return botReady ? DIFFICULTIES.normal : DIFFICULTIES.easy;
  if (!Object.hasOwn(DIFFICULTIES, difficulty))
    fail(`unknown difficulty \`${difficulty}\`: choose ${Object.keys(DIFFICULTIES).join(', ')}`);
  const policy = DIFFICULTIES[difficulty as keyof typeof DIFFICULTIES];
  if (policy !== 'random' && !botReady)
    fail(
      `${difficulty} needs the bot's weights for every opponent in the scenario's ai.yaml; this scenario has none`,
    );
  return policy;
}
