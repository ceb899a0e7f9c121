// The `uchronia` command: one subcommand per file, errors as one clear line on stderr.
import { Command, CommanderError } from 'commander';
import { CliError } from './fail';
import { printable } from './style';

// A reader that goes away (`uchronia … | head`) ends the command quietly, not with a stack.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command('uchronia')
  .description('Uchronia: play, check and study alternate histories')
  .version('0.1.0')
  .showHelpAfterError('(add --help for usage)')
  .showSuggestionAfterError(true);

// Each subcommand's module is loaded only when it runs: some bring in a web server, charts or
// native code, and loading them all would cost a short command (`validate`) most of its time.
// Help, and a name that is not a command (which gets a suggestion), load them all.
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  play: async () => (await import('./play/play')).playCommand,
  validate: async () => (await import('./author/validate')).validateCommand,
  simulate: async () => (await import('./analyze/simulate')).simulateCommand,
  analyze: async () => (await import('./analyze/analyze')).analyzeCommand,
  reach: async () => (await import('./analyze/reach')).reachCommand,
  chronicle: async () => (await import('./chronicle')).chronicleCommand,
  schema: async () => (await import('./author/schema')).schemaCommand,
  graph: async () => (await import('./author/graph')).graphCommand,
  dev: async () => (await import('./author/dev')).devCommand,
  new: async () => (await import('./author/new')).newCommand,
  texts: async () => (await import('./author/texts')).textsCommand,
  serve: async () => (await import('./serve')).serveCommand,
};
const asked = process.argv[2];
const needed =
  asked !== undefined && Object.hasOwn(COMMANDS, asked) ? [asked] : Object.keys(COMMANDS);

for (const cmd of await Promise.all(needed.map((name) => COMMANDS[name]!()))) {
  cmd.showHelpAfterError('(add --help for usage)');
  program.addCommand(cmd);
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CliError) {
    // Messages quote what they refuse (a save's fields, a scenario's names): printed, not obeyed.
    process.stderr.write(
      `uchronia: ${printable(e.message)}\n${e.details.map((d) => `  ${printable(d)}\n`).join('')}`,
    );
    process.exitCode = e.exitCode;
  } else if (e instanceof CommanderError) {
    process.exitCode = e.exitCode;
  } else {
    process.stderr.write(
      `uchronia: internal error: ${printable((e as Error).message ?? String(e))}\n`,
    );
    if (process.env.UCHRONIA_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    else
      process.stderr.write(
        '  (this is a bug in Uchronia; run with UCHRONIA_DEBUG=1 for details)\n',
      );
    process.exitCode = 2;
  }
}
