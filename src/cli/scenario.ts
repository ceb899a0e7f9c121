// Shared by the subcommands: loading a scenario, naming factions and policies, reading numbers.
import { formatScenarioError, type Scenario } from '../engine';
import { didYouMean } from '../engine/suggest';
import { MAX_SEARCH_PLAYOUTS, POLICIES, parsePolicy, type Policy } from '../ai';
import { listBundledScenarios, loadScenarioDir } from '../node/scenario-dir';
import { fail } from './fail';
import { printable } from './style';

/** A scenario by bundled name or folder path, or a clear failure listing its errors. Its texts are
 *  made printable (see `printable`) once, here, so that nothing the command prints from them can
 *  hold a terminal's control characters, whichever way it is printed. */
export function loadScenarioOrFail(nameOrPath: string, fromSave?: string): Scenario {
  const r = loadScenarioDir(nameOrPath);
  if (r.ok) return printableTexts(r.scenario);
  const missing = r.errors.find((e) => e.code === 'E_NO_SCENARIO');
  if (missing) {
    const bundled = listBundledScenarios();
    const hint = didYouMean(nameOrPath, bundled);
    if (fromSave)
      fail(
        `${fromSave} is a game of "${nameOrPath}", which is not a bundled scenario`,
        `give its folder: --scenario <folder> (or, for play, as the first argument)`,
      );
    fail(
      `no scenario "${nameOrPath}"${hint ? ` (${hint})` : ''}`,
      `bundled scenarios: ${bundled.join(', ') || 'none'}; or give the path of a scenario folder`,
    );
  }
  const errors = r.errors.filter((e) => e.severity === 'error');
  fail(
    `the scenario "${nameOrPath}" has ${errors.length} error${errors.length === 1 ? '' : 's'} (check it with: uchronia validate ${nameOrPath})`,
    ...errors.slice(0, 10).map(formatScenarioError),
    ...(errors.length > 10 ? [`… and ${errors.length - 10} more`] : []),
  );
}

function printableTexts(scenario: Scenario): Scenario {
  const texts: Record<string, Record<string, string>> = {};
  for (const [lang, table] of Object.entries(scenario.texts)) {
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(table)) out[key] = printable(value);
    texts[lang] = out;
  }
  return { ...scenario, texts };
}

/** A faction id the scenario declares and that can be played. */
export function playableFaction(scenario: Scenario, name: string, option: string): string {
  const id = name.trim().toLowerCase();
  const playable = scenario.index.playable;
  if (playable.includes(id)) return id;
  if (scenario.index.faction.has(id))
    fail(
      `${option}: faction "${id}" gives no orders and cannot be played`,
      `playable factions: ${playable.join(', ')}`,
    );
  const hint = didYouMean(id, playable);
  fail(
    `${option}: unknown faction "${name}"${hint ? ` (${hint})` : ''}`,
    `playable factions: ${playable.join(', ')}`,
  );
}

/** A policy by name (`canon`, `random`, `passive`, `search:<playouts>`, `greedy:<track>+|-`), or
 *  a clear failure (`source` says where the name came from, such as a save). */
export function policyFor(scenario: Scenario, name: string, source?: string): Policy {
  const r = parsePolicy(name, new Set(scenario.tracks.map((t) => t.id)));
  if (r.ok) return r.value;
  const hint = /^(search|greedy):/.test(name) ? null : didYouMean(name, POLICIES.keys());
  fail(
    `${source ? `${source}: ` : ''}${r.error}${hint ? ` (${hint})` : ''}`,
    `policies: ${policyNames()}`,
  );
}

/** Every policy `--policy` takes, as its help lists them: each named policy, then the forms that
 *  take a parameter. */
export function policyNames(): string {
  return `${[...POLICIES.keys()].join(', ')}, search:<playouts> or search-all:<playouts> (1 to ${MAX_SEARCH_PLAYOUTS}), greedy:<track>+ or greedy:<track>- (push a track up or down)`;
}

/** Collects repeated `--policy faction=policy` options (each may also hold a comma list). */
export function collectPolicy(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').filter(Boolean)];
}

/** Who plays each playable faction: the given specs, `fallback` for the rest (except `human`). */
export function policiesFor(
  scenario: Scenario,
  specs: readonly string[],
  fallback: string,
  human: string | null = null,
): Record<string, Policy> {
  const chosen = new Map<string, Policy>();
  for (const spec of specs) {
    const m = /^([^=]+)=(.+)$/.exec(spec.trim());
    if (!m)
      fail(
        `--policy expects faction=policy, got "${spec}"`,
        `for example: --policy ${scenario.index.playable[0] ?? 'faction'}=canon`,
      );
    const faction = playableFaction(scenario, m[1]!, '--policy');
    if (faction === human) fail(`--policy: ${faction} is played by you (--as ${faction})`);
    chosen.set(faction, policyFor(scenario, m[2]!.trim()));
  }
  const out: Record<string, Policy> = {};
  for (const f of scenario.index.playable)
    if (f !== human) out[f] = chosen.get(f) ?? policyFor(scenario, fallback);
  return out;
}

/** A non-negative integer option, or a clear failure. */
export function intOption(
  value: string | undefined,
  option: string,
  fallback: number,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
  /** Why `max` is the most, said when it is exceeded. */
  why?: string,
): number {
  if (value === undefined) return fallback;
  const digits = value.trim();
  const n = Number(digits);
  if (/^\d+$/.test(digits) && n > max)
    fail(`${option} is at most ${max}${why ? ` (${why})` : ''}, got ${digits}`);
  if (!/^-?\d+$/.test(digits) || !Number.isSafeInteger(n) || n < min)
    fail(
      `${option} expects a whole number${min > 0 ? ` of at least ${min}` : min === 0 ? ' (0 or more)' : ''}, got "${value}"`,
    );
  return n;
}

/** The most campaigns one `simulate`, `analyze` or `reach` plays: a million flagship campaigns
 *  played at random take about an hour of one core (3 ms each); a typo's extra zeros should not
 *  take years. */
export const MAX_RUNS = 1_000_000;

/** Seeds are 32-bit: the generator reads a seed modulo 2^32, so a larger one would silently
 *  replay a smaller one's game (4294967297 is seed 1). */
export const MAX_SEED = 2 ** 32 - 1;

export function runsOption(value: string | undefined, fallback: number): number {
  return intOption(value, '--runs', fallback, 1, MAX_RUNS);
}

/** The first seed of `runs` campaigns (seeds seed, seed+1, …), all within the 32 bits. */
export function seedOption(value: string | undefined, fallback: number, runs = 1): number {
  const seed = intOption(value, '--seed', fallback, 0, MAX_SEED, 'seeds are 32-bit');
  const last = seed + runs - 1;
  if (last > MAX_SEED)
    fail(
      `--seed ${seed} with --runs ${runs} plays seeds up to ${last}; seeds are at most ${MAX_SEED} (32-bit)`,
    );
  return seed;
}
