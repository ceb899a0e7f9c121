// `uchronia chronicle`: the story of a game (a save, or the canon played out) in Markdown or HTML.
import { Command } from 'commander';
import { canonPolicy } from '../ai';
import { buildChronicle, chronicleHtml, chronicleMarkdown } from '../chronicle';
import { runCampaign } from '../analysis/campaign';
import type { GameState, Scenario } from '../engine';
import { fail } from './fail';
import { loadScenarioOrFail, MAX_SEED, playableFaction, seedOption } from './scenario';
import { readSaveFile, stateFromSave } from './saves/save-file';

interface ChronicleOptions {
  canon?: string;
  scenario?: string;
  format: string;
  seed?: string;
  as?: string;
  lang?: string;
}

const FORMATS = ['md', 'html'] as const;

export const chronicleCommand = new Command('chronicle')
  .description("print a game's chronicle: of a save, or of the canon timeline played out (--canon)")
  .argument('[save-file]', 'a saved game')
  .option('--canon <scenario>', 'play every faction with the canon policy and tell that story')
  .option(
    '--scenario <scenario>',
    "the save's scenario (default: the bundled scenario the save names)",
  )
  .option('--format <format>', 'md or html', 'md')
  .option('--seed <n>', `seed for --canon (0 to ${MAX_SEED})`, '1')
  .option(
    '--as <faction>',
    "tell it from one faction's view (default: the save's human player; with --canon, everything)",
  )
  .option('--lang <lang>', 'language of the texts (default: en)')
  .addHelpText(
    'after',
    '\nExamples:\n  uchronia chronicle --canon red-mexico-1945 --format html > canon.html\n  uchronia chronicle mexico.save.json',
  )
  .action((saveFile: string | undefined, opts: ChronicleOptions) => {
    if (!(FORMATS as readonly string[]).includes(opts.format))
      fail(`--format must be md or html, not "${opts.format}"`);
    if (opts.canon && saveFile) fail('give either --canon <scenario> or a save file, not both');
    if (!opts.canon && !saveFile)
      fail(
        'give a save file, or --canon <scenario>',
        'for example: uchronia chronicle --canon red-mexico-1945',
      );
    let scenario: Scenario;
    let state: GameState;
    let viewer: string | undefined;
    if (opts.canon) {
      scenario = loadScenarioOrFail(opts.canon);
      const policies = Object.fromEntries(scenario.index.playable.map((f) => [f, canonPolicy]));
      state = runCampaign(scenario, seedOption(opts.seed, 1), policies).state;
    } else {
      const save = readSaveFile(saveFile!);
      scenario = loadScenarioOrFail(
        opts.scenario ?? save.scenario.id,
        opts.scenario ? undefined : saveFile,
      );
      state = stateFromSave(scenario, save, saveFile!);
      viewer = Object.entries(save.players).find(([, p]) => p === 'human')?.[0];
    }
    if (opts.as) viewer = playableFaction(scenario, opts.as, '--as');
    const ch = buildChronicle(scenario, state, {
      ...(viewer ? { viewer } : {}),
      ...(opts.lang ? { lang: opts.lang } : {}),
    });
    const out = opts.format === 'html' ? chronicleHtml(ch) : chronicleMarkdown(ch);
    process.stdout.write(out.endsWith('\n') ? out : out + '\n');
  });
