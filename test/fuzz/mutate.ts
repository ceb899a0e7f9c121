// Mutants of a scenario folder for the loader fuzz (bench/fuzz-loader.ts, and a fast version in
// the tests), and the judge of what the loader made of each: a typed, located error, or a valid
// scenario with finite numbers; never a throw.
import { parseScenario, type LoadResult, type ScenarioFileText } from '../../src/engine';

/** A small seeded generator (mulberry32): a mutant is reproduced from its seed alone. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that mean something to YAML, to the expression language or to the loader. */
const TOKENS = [
  '[',
  ']',
  '{',
  '}',
  '- ',
  ': ',
  ':',
  ', ',
  '? ',
  '#',
  '# "',
  '"',
  "'",
  '\\',
  '&a ',
  '*a',
  '!!str ',
  '!!js/function ',
  '!custom ',
  '<<: ',
  '|',
  '>',
  '---\n',
  '...\n',
  '%YAML 1.1\n',
  '\t',
  '\r',
  '\r\n',
  '\uFEFF',
  '\u0000',
  '\u2028',
  '~',
  'null',
  'true',
  'no',
  '0x1F',
  '1e309',
  '-1e309',
  '.nan',
  '.inf',
  'NaN',
  '99999999999999999999',
  '-0',
  '1_000',
  '0o17',
  '__proto__',
  'constructor',
  'prototype',
  '1945-13',
  '1945-02-30',
  '0000-00',
  '9999-12',
  '(',
  ')',
  ' and ',
  ' or ',
  ' not ',
  ' / 0',
  ' * ',
  '999999999999',
  'unrest(',
  'chose(',
  'months_since(',
  '💥',
  'é',
];

type Mutation = (text: string, r: () => number, ids: readonly string[]) => string;

const at = (text: string, r: () => number) => Math.floor(r() * (text.length + 1));
const pick = <T>(list: readonly T[], r: () => number): T => list[Math.floor(r() * list.length)]!;

const MUTATIONS: Record<string, Mutation> = {
  insertToken: (t, r) => {
    const p = at(t, r);
    return t.slice(0, p) + pick(TOKENS, r) + t.slice(p);
  },
  deleteSpan: (t, r) => {
    const p = at(t, r);
    return t.slice(0, p) + t.slice(p + 1 + Math.floor(r() * 40));
  },
  duplicateLine: (t, r) => {
    const lines = t.split('\n');
    const i = Math.floor(r() * lines.length);
    lines.splice(i, 0, lines[i]!);
    return lines.join('\n');
  },
  swapLines: (t, r) => {
    const lines = t.split('\n');
    const i = Math.floor(r() * lines.length);
    const j = Math.floor(r() * lines.length);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return lines.join('\n');
  },
  reindent: (t, r) => {
    const lines = t.split('\n');
    const i = Math.floor(r() * lines.length);
    const d = pick([-2, -1, 1, 2, 3], r);
    lines[i] = d > 0 ? ' '.repeat(d) + lines[i] : lines[i]!.slice(-d);
    return lines.join('\n');
  },
  extremeNumber: (t, r) => {
    const nums = [...t.matchAll(/-?\d+(\.\d+)?/g)];
    if (!nums.length) return t;
    const m = pick(nums, r);
    const to = pick(
      [
        '1e309',
        '-1e309',
        '.nan',
        '99999999999999999999',
        '-0',
        '0',
        '-1',
        '5',
        '7000',
        '0.0000001',
        '1e-400',
      ],
      r,
    );
    return t.slice(0, m.index) + to + t.slice(m.index! + m[0].length);
  },
  swapId: (t, r, ids) => {
    const found = [...t.matchAll(/\b[a-z][a-z0-9_]{2,}\b/g)];
    if (!found.length || !ids.length) return t;
    const m = pick(found, r);
    return t.slice(0, m.index) + pick(ids, r) + t.slice(m.index! + m[0].length);
  },
  bomb: (t, r) => {
    const p = at(t, r);
    const piece = pick(['[', '{a: ', '- ', '? ', '  ', 'x', '"', '# "\n['], r);
    return t.slice(0, p) + piece.repeat(1 + Math.floor(r() * 5000)) + t.slice(p);
  },
  truncate: (t, r) => t.slice(0, at(t, r)),
  lineEnds: (t, r) => t.replace(/\n/g, pick(['\r', '\r\n', '\n\n'], r)),
};
export const MUTATION_NAMES = Object.keys(MUTATIONS);

export interface Mutant {
  readonly seed: number;
  readonly steps: readonly string[];
  readonly files: ScenarioFileText[];
}

/** One to three mutations of a folder's files, or of the folder itself, chosen by `seed`. */
export function mutant(files: readonly ScenarioFileText[], seed: number): Mutant {
  const r = rng(seed);
  const ids = [
    ...new Set(
      files.flatMap((f) => [...f.text.matchAll(/id: ([a-z][a-z0-9_]*)/g)].map((m) => m[1]!)),
    ),
  ];
  let out = files.map((f) => ({ ...f }));
  const steps: string[] = [];
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const roll = r();
    if (roll < 0.04 && out.length > 1) {
      const i = Math.floor(r() * out.length);
      steps.push(`drop ${out[i]!.path}`);
      out = out.filter((_, j) => j !== i);
    } else if (roll < 0.07) {
      const src = pick(out, r);
      const path = pick(
        ['events/copy.yaml', 'texts/fr.yaml', 'orders.yml', 'extra.yaml', src.path],
        r,
      );
      steps.push(`copy ${src.path} to ${path}`);
      out = [...out.filter((f) => f.path !== path), { path, text: src.text }];
    } else {
      const i = Math.floor(r() * out.length);
      const name = pick(MUTATION_NAMES, r);
      steps.push(`${name} ${out[i]!.path}`);
      out[i] = { path: out[i]!.path, text: MUTATIONS[name]!(out[i]!.text, r, ids) };
    }
  }
  return { seed, steps, files: out };
}

/** Every number in a compiled scenario (functions aside), to find a NaN or an infinity. */
function nonFinite(value: unknown, path: string, seen = new Set<object>()): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  for (const [k, v] of entries) {
    const bad = nonFinite(v, `${path}/${String(k)}`, seen);
    if (bad) return bad;
  }
  return null;
}

export type Verdict = { ok: true; valid: boolean } | { ok: false; failure: string };

/** What the loader made of a mutant, judged: any failure is a bug of the loader. */
export function judge(files: readonly ScenarioFileText[]): Verdict {
  let r: LoadResult;
  try {
    r = parseScenario(files);
  } catch (e) {
    return { ok: false, failure: `threw: ${(e as Error).stack ?? String(e)}` };
  }
  const lines = new Map(files.map((f) => [f.path, f.text.split(/\r\n|\r|\n/).length]));
  const problems = r.ok ? r.warnings : r.errors;
  if (!r.ok && !r.errors.some((e) => e.severity === 'error'))
    return { ok: false, failure: 'refused without an error' };
  for (const e of problems) {
    const where = `${e.file}:${e.line}:${e.col} ${e.code} ${e.message}`;
    if (!/^[EW]_[A-Z0-9_]+$/.test(e.code)) return { ok: false, failure: `untyped: ${where}` };
    if ((e.severity === 'error') !== e.code.startsWith('E_'))
      return { ok: false, failure: `severity does not match the code: ${where}` };
    // What the author wrote is quoted in backticks; outside them, no NaN or undefined may show.
    const own = typeof e.message === 'string' ? e.message.replace(/`[^`]*`/g, '') : '';
    if (!e.message || /\bNaN\b|\bundefined\b|\[object/.test(own))
      return { ok: false, failure: `unclear message: ${where}` };
    const max = lines.get(e.file);
    const known = max !== undefined || e.file === '.' || e.file === 'scenario.yaml';
    if (!known) return { ok: false, failure: `names no file of the folder: ${where}` };
    if (!Number.isInteger(e.line) || !Number.isInteger(e.col) || e.line < 1 || e.col < 1)
      return { ok: false, failure: `not located: ${where}` };
    if (max !== undefined && e.line > max + 1)
      return { ok: false, failure: `located past the end of the file: ${where}` };
  }
  if (r.ok) {
    const bad = nonFinite(r.scenario, 'scenario');
    if (bad) return { ok: false, failure: `a valid scenario holds a non-finite number at ${bad}` };
  }
  return { ok: true, valid: r.ok };
}
