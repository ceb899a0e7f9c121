// `uchronia validate <scenario-dir>`: every error and warning of a scenario, or a summary of it.
import { Command } from 'commander';
import { formatScenarioError, type Scenario, type ScenarioError } from '../../engine';
import { loadScenarioDir } from '../../node/scenario-dir';
import { bold, green, printable, red, yellow } from '../style';

export function summary(s: Scenario, warnings: number) {
  return {
    factions: s.factions.length,
    tracks: s.tracks.length,
    regions: s.regions.length,
    events: s.events.length,
    decisions: s.events.filter((e) => e.choices.length > 0).length,
    orders: s.orders.length,
    endings: s.endings.length,
    warnings,
  };
}

const plain = (e: ScenarioError) => ({
  severity: e.severity,
  file: e.file,
  line: e.line,
  col: e.col,
  path: e.path,
  code: e.code,
  message: e.message,
  ...(e.hint ? { hint: e.hint } : {}),
});

export const validateCommand = new Command('validate')
  .description('check a scenario folder and list every error and warning, with file:line:col')
  .argument('<scenario-dir>', 'a scenario folder, or the name of a bundled scenario')
  .option('--json', 'print the result as JSON')
  .action((dir: string, opts: { json?: boolean }) => {
    const r = loadScenarioDir(dir);
    const problems = r.ok ? r.warnings : r.errors;
    const errors = problems.filter((e) => e.severity === 'error');
    const warnings = problems.filter((e) => e.severity === 'warning');
    if (opts.json) {
      const out = r.ok
        ? {
            ok: true,
            scenario: r.scenario.id,
            summary: summary(r.scenario, warnings.length),
            errors: [],
            warnings: warnings.map(plain),
          }
        : { ok: false, scenario: null, errors: errors.map(plain), warnings: warnings.map(plain) };
      process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      if (!r.ok) process.exitCode = 1;
      return;
    }
    if (!r.ok) {
      for (const e of errors) process.stderr.write(`${printable(formatScenarioError(e))}\n`);
      for (const e of warnings) process.stderr.write(`${printable(formatScenarioError(e))}\n`);
      process.stderr.write(
        `${red('✗')} ${dir}: ${errors.length} error${errors.length === 1 ? '' : 's'}` +
          (warnings.length
            ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`
            : '') +
          '\n',
      );
      process.exitCode = 1;
      return;
    }
    for (const w of warnings)
      process.stdout.write(`${yellow(printable(formatScenarioError(w)))}\n`);
    const s = summary(r.scenario, warnings.length);
    process.stdout.write(
      `${green('✓')} ${bold(r.scenario.id)} is valid: ` +
        `${s.factions} factions, ${s.tracks} tracks, ${s.regions} regions, ${s.events} events (${s.decisions} decisions), ` +
        `${s.orders} orders, ${s.endings} endings, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}\n`,
    );
  });
