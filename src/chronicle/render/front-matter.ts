// The YAML front matter a Markdown chronicle starts with, so a blog engine (or a later reader)
// knows which game it tells: a makeX/parseX pair. The block is a small, flat subset of YAML:
// one `key: value` a line, strings plain when that is unambiguous, else double-quoted (JSON
// string syntax, which YAML reads the same way).
import type { Chronicle } from '../types';

export interface ChronicleFrontMatter {
  readonly scenario: string;
  readonly title: string;
  readonly seed: number;
  /** The faction the story is told from, or null for the whole story. */
  readonly viewer: string | null;
  /** The ending reached, or null if the game goes on. */
  readonly ending: string | null;
  readonly canon: boolean;
}

export interface FrontMatterError {
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

export type FrontMatterResult =
  | { readonly ok: true; readonly value: ChronicleFrontMatter; readonly body: string }
  | { readonly ok: false; readonly errors: readonly FrontMatterError[] };

const KEYS = ['scenario', 'title', 'seed', 'viewer', 'ending', 'canon'] as const;
type Key = (typeof KEYS)[number];
const OPTIONAL: readonly Key[] = ['viewer'];

/** Words YAML would read as something other than a string if left unquoted. */
const RESERVED = /^(?:null|~|true|false|yes|no|on|off|y|n)$/i;

function scalar(s: string): string {
  return /^[A-Za-z][A-Za-z0-9_-]*$/.test(s) && !RESERVED.test(s) ? s : JSON.stringify(s);
}

export function frontMatterOf(ch: Chronicle): ChronicleFrontMatter {
  return {
    scenario: ch.scenario,
    title: ch.title,
    seed: ch.seed,
    viewer: ch.viewer,
    ending: ch.ending,
    canon: ch.canon,
  };
}

export function makeChronicleFrontMatter(fm: ChronicleFrontMatter): string {
  const lines = [
    `scenario: ${scalar(fm.scenario)}`,
    `title: ${scalar(fm.title)}`,
    `seed: ${fm.seed}`,
    ...(fm.viewer === null ? [] : [`viewer: ${scalar(fm.viewer)}`]),
    `ending: ${fm.ending === null ? 'null' : scalar(fm.ending)}`,
    `canon: ${fm.canon}`,
  ];
  return `---\n${lines.join('\n')}\n---\n`;
}

type Value = string | number | boolean | null;

/** A value as written: a quoted string, or a plain word read as YAML's core schema would. */
function readValue(raw: string): { ok: true; value: Value } | { ok: false; message: string } {
  if (raw.startsWith('"')) {
    try {
      const v: unknown = JSON.parse(raw);
      return typeof v === 'string'
        ? { ok: true, value: v }
        : { ok: false, message: 'not a string' };
    } catch {
      return { ok: false, message: 'a badly quoted string' };
    }
  }
  if (raw === 'null' || raw === '~' || raw === '') return { ok: true, value: null };
  if (raw === 'true' || raw === 'false') return { ok: true, value: raw === 'true' };
  if (/^-?\d+$/.test(raw)) return { ok: true, value: Number(raw) };
  return { ok: true, value: raw };
}

/** Checks one value against what its key takes. */
function typed(key: Key, v: Value): string | null {
  switch (key) {
    case 'seed':
      return typeof v === 'number' && Number.isSafeInteger(v) ? null : 'the seed is a whole number';
    case 'canon':
      return typeof v === 'boolean' ? null : 'canon is true or false';
    case 'ending':
    case 'viewer':
      return v === null || typeof v === 'string' ? null : `${key} is an id or null`;
    case 'scenario':
    case 'title':
      return typeof v === 'string' ? null : `${key} is a string`;
  }
}

/** Reads the front matter at the start of a Markdown chronicle; returns it with the rest of the
 *  document, or every error found. */
export function parseChronicleFrontMatter(md: string): FrontMatterResult {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---')
    return {
      ok: false,
      errors: [
        { line: 1, code: 'E_NO_FRONT_MATTER', message: 'the document does not start with `---`' },
      ],
    };
  const close = lines.indexOf('---', 1);
  if (close < 0)
    return {
      ok: false,
      errors: [{ line: 1, code: 'E_UNCLOSED_FRONT_MATTER', message: 'no closing `---` line' }],
    };
  const errors: FrontMatterError[] = [];
  const found = new Map<Key, Value>();
  const seen = new Set<string>();
  for (let i = 1; i < close; i++) {
    const line = lines[i]!;
    const at = i + 1;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*):(?:\s+(.*?))?\s*$/.exec(line);
    if (!m) {
      errors.push({
        line: at,
        code: 'E_BAD_LINE',
        message: `expected \`key: value\`, found \`${line}\``,
      });
      continue;
    }
    const key = m[1]!;
    if (!(KEYS as readonly string[]).includes(key)) {
      errors.push({
        line: at,
        code: 'E_UNKNOWN_KEY',
        message: `unknown key \`${key}\` (known: ${KEYS.join(', ')})`,
      });
      continue;
    }
    const k = key as Key;
    if (seen.has(k)) {
      errors.push({ line: at, code: 'E_DUPLICATE_KEY', message: `\`${k}\` is given twice` });
      continue;
    }
    seen.add(k);
    const v = readValue(m[2] ?? '');
    const problem = v.ok ? typed(k, v.value) : v.message;
    if (problem !== null || !v.ok)
      errors.push({ line: at, code: 'E_BAD_VALUE', message: `${k}: ${problem}` });
    else found.set(k, v.value);
  }
  for (const k of KEYS)
    if (!seen.has(k) && !OPTIONAL.includes(k))
      errors.push({ line: close + 1, code: 'E_MISSING_KEY', message: `no \`${k}\`` });
  if (errors.length) return { ok: false, errors };
  const get = <T extends Value>(k: Key) => found.get(k) as T;
  return {
    ok: true,
    value: {
      scenario: get<string>('scenario'),
      title: get<string>('title'),
      seed: get<number>('seed'),
      viewer: found.has('viewer') ? get<string | null>('viewer') : null,
      ending: get<string | null>('ending'),
      canon: get<boolean>('canon'),
    },
    body: lines.slice(close + 1).join('\n'),
  };
}
