import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOT_PLAIN, readPlainYaml } from './yaml-fast';
import { readFully, readYaml } from './yaml';

const FLAGSHIP = join(__dirname, '../../scenarios/red-mexico-1945');
const SAMPLES = ['scenario.yaml', 'orders.yaml', 'endings.yaml', 'ai.yaml', 'texts/en.yaml']
  .concat(readdirSync(join(FLAGSHIP, 'events')).map((f) => `events/${f}`))
  .map((f) => readFileSync(join(FLAGSHIP, f), 'utf8'));
/** The files to edit: the texts only in part, to keep the full parser's share of the time small. */
const EDITABLE = SAMPLES.map((text) => text.slice(0, text.lastIndexOf('\n', 4000) + 1));

/** Whatever the fast reader answers, the full parser must answer the same, without a problem. */
function agrees(text: string): void {
  const fast = readPlainYaml(text);
  if (fast === NOT_PLAIN) return;
  const full = readFully(text);
  expect(full.ok ? undefined : full.issues).toBeUndefined();
  if (full.ok) expect(fast).toStrictEqual(full.file.value);
}

const PIECES = [
  ' ',
  '  ',
  '\n',
  '\n  ',
  '- ',
  ': ',
  ':',
  '#',
  ' #',
  '"',
  "'",
  "''",
  '\\',
  '\\n',
  '\\x41',
  '{',
  '}',
  '[',
  ']',
  ',',
  '>-',
  '|-',
  '>',
  '|',
  '&a ',
  '*a',
  '!!str ',
  '~',
  'null',
  'True',
  '0x1F',
  '0o7',
  '1e3',
  '.5',
  '-.inf',
  '.nan',
  '012',
  '-',
  '?',
  '%',
  '@',
  '---',
  '...',
  'é',
  'id',
  '__proto__',
  'constructor',
  'x: 1',
  'x:',
  '- x',
  '{ a: 1 }',
  '[a, b]',
  '\n\n',
  '\t',
];

describe('the fast YAML reader', () => {
  it('reads every file of the flagship, as the full parser does', () => {
    for (const text of SAMPLES) {
      expect(readPlainYaml(text)).not.toBe(NOT_PLAIN);
      agrees(text);
    }
  });

  it('gives up, or agrees with the full parser, on the corners of the subset', () => {
    const corners = [
      'a: "x\\/y\\\\z\\"q\\n\\t"\n',
      "a: 'it''s'\n",
      'a: 1_000\nb: +.5\nc: 5.\nd: 1E3\ne: -0\nf: 99999999999999999999\ng: 007\nh: 1e\n',
      'a: ---\nb: yes\nc: 2020-01-01\nd: -foo\ne: foo#bar\nf: x # c\ng: 1.2.3\n',
      'a: null\nb: ~\nc:\nd: Null\ne: TRUE\nf: False\ng: .inf\nh: 0x10\ni: 0o7\n',
      'a: [a b, c]\nb: { c: [1, {d: e}] }\nc: {}\nd: [ ]\ne: [a, b,]\nf: [a, , b]\n',
      `k${'x'.repeat(1100)}: 1\n`,
      `a: { ${'k'.repeat(1100)}: 1 }\n`,
      'a:\n- 1\n- 2\nb: 3\n',
      'a:\n  -\n    b: 1\n',
      'a: >-\n  x\n  y\n\n  z\n\n\nb: 1\n',
      'a: |-\n  x\n\n  y\n',
      'a:\n  - b: >-\n      t\n      u\n    c: 1\n',
      'a: >-\n  x\n # c\n  y\n',
      'a: x\n  # c\nb: 2\n',
      'a:\n  b: 1\n c: 2\n',
      'a: x\u00a0\nb: é ü\n',
      'a: b\n...\n',
      '- a\n',
      'x:\n- a:\n  - x\n  b: 1\n- c\n',
      'x:\n  -   a: 1\n      b:\n      - 2\n      c: 3\n',
      'x: "a" # c\ny: [1] # d\n',
    ];
    for (const text of corners) agrees(text);
  });

  it('gives up, or agrees with the full parser, on edited files (property)', () => {
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 6 }),
      insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.nat({ max: EDITABLE.length - 1 }),
        fc.array(edit, { maxLength: 3 }),
        (i, edits) => {
          let text = EDITABLE[i]!;
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.insert.join('') + text.slice(at + e.cut);
          }
          agrees(text);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('agrees with the full parser on small documents (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) =>
        agrees(`a: 1\n${parts.join('')}\n`),
      ),
      { numRuns: 5000 },
    );
  });

  it('locates problems in fast-read files exactly as the full parser does', () => {
    const text = SAMPLES[0]!;
    const fast = readYaml(text);
    const full = readFully(text);
    if (!fast.ok || !full.ok) throw new Error('the flagship reads');
    for (const path of [
      ['tracks', 3, 'id'],
      ['regions', 2],
      ['acts', 1, 'from'],
      ['nope', 4],
    ])
      expect(fast.file.locate(path)).toEqual(full.file.locate(path));
  });
});
