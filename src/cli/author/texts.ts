// `uchronia texts <dir> --lang xx`: how much of a scenario's texts each language covers, and the
// skeleton of the keys a language still lacks (printed, or merged into texts/xx.yaml with
// --write, keeping what is there and its comments).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { Document, isMap, parseDocument, type Scalar } from 'yaml';
import { DEFAULT_LANGUAGE, textKeysOf, type Scenario } from '../../engine';
import { resolveScenarioDir } from '../../node/scenario-dir';
import { fail } from '../fail';
import { loadScenarioOrFail } from '../scenario';
import { writeOutput } from './output';

const LANG = /^[a-z]{2}(-[A-Z]{2})?$/;

export interface Coverage {
  readonly lang: string;
  readonly present: number;
  readonly total: number;
  readonly requiredPresent: number;
  readonly required: number;
}

/** Of the keys the scenario reads, how many each language has (a non-empty text). */
export function coverage(scenario: Scenario, langs: readonly string[]): Coverage[] {
  const keys = textKeysOf(scenario);
  return langs.map((lang) => {
    const table = scenario.texts[lang] ?? {};
    const has = (k: string) => Object.hasOwn(table, k) && table[k] !== '';
    return {
      lang,
      present: keys.filter((k) => has(k.key)).length,
      total: keys.length,
      requiredPresent: keys.filter((k) => k.required && has(k.key)).length,
      required: keys.filter((k) => k.required).length,
    };
  });
}

/** The keys a language lacks, each with its English text (if any) to translate from. */
export function missingTexts(scenario: Scenario, lang: string): { key: string; english: string }[] {
  const table = scenario.texts[lang] ?? {};
  const english = scenario.texts[DEFAULT_LANGUAGE] ?? {};
  return textKeysOf(scenario)
    .filter((k) => !Object.hasOwn(table, k.key) || table[k.key] === '')
    .map((k) => ({ key: k.key, english: english[k.key] ?? '' }));
}

/** `existing` (a texts file, or nothing) with every missing key added as an empty text, its
 *  English beside it as a comment; what was there, comments included, is kept. */
export function withSkeleton(
  existing: string | null,
  missing: readonly { key: string; english: string }[],
): string {
  const doc = existing === null ? new Document({}) : parseDocument(existing);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({});
  for (const { key, english } of missing) {
    const path = key.split('.');
    const node = doc.createNode('') as Scalar;
    doc.setIn(path, node);
    if (english) node.comment = ` ${DEFAULT_LANGUAGE}: ${english.replace(/\s+/g, ' ')}`;
  }
  return doc.toString({ lineWidth: 0 });
}

export function formatCoverage(rows: readonly Coverage[]): string {
  return rows
    .map(
      (c) =>
        `${c.lang.padEnd(6)} ${String(c.present).padStart(4)}/${c.total} keys (${Math.floor((100 * c.present) / Math.max(1, c.total))}%), required ${c.requiredPresent}/${c.required}`,
    )
    .join('\n');
}

export const textsCommand = new Command('texts')
  .description(
    "print each language's coverage of the scenario's texts and the skeleton of the keys one lacks",
  )
  .argument('<scenario>', 'a bundled scenario name or a scenario folder')
  .requiredOption('--lang <xx>', 'the language to complete, as its texts file is named (fr, pt-BR)')
  .option('--write', 'add the missing keys to texts/<lang>.yaml instead of printing them')
  .action((dir: string, opts: { lang: string; write?: boolean }) => {
    if (!LANG.test(opts.lang))
      fail(`--lang: "${opts.lang}" is not a language code`, 'two letters, like fr, or like pt-BR');
    const scenario = loadScenarioOrFail(dir);
    const langs = [...new Set([...Object.keys(scenario.texts), opts.lang])].sort();
    process.stderr.write(`${formatCoverage(coverage(scenario, langs))}\n`);
    const missing = missingTexts(scenario, opts.lang);
    const file = join(resolveScenarioDir(dir), 'texts', `${opts.lang}.yaml`);
    if (!opts.write) {
      process.stdout.write(missing.length ? withSkeleton(null, missing) : '');
      return;
    }
    if (!missing.length) {
      process.stderr.write(`${file} lacks no key\n`);
      return;
    }
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : null;
    writeOutput(file, withSkeleton(existing, missing));
    process.stderr.write(`added ${missing.length} keys to ${file}\n`);
  });
