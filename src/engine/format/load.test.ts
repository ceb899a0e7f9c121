import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatScenarioError, parseScenario, type ScenarioError } from '../index';
import { EFFECTS } from '../expr/effects';
import { FUNCTIONS } from '../expr/functions';
import { MINI_DIR, miniFiles, replaceOnce, withEdit } from '../../../test/helpers';

function errorsOf(files: Parameters<typeof parseScenario>[0]): ScenarioError[] {
  const r = parseScenario(files);
  return r.ok ? r.warnings : r.errors;
}

describe('parseScenario on the fixture', () => {
  it('loads with no error and no warning', () => {
    const r = parseScenario(miniFiles());
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('is a fixture that uses every function and every effect of the language', () => {
    const text = miniFiles()
      .map((f) => f.text)
      .join('\n');
    for (const f of FUNCTIONS)
      expect(text, `function ${f.name}`).toMatch(new RegExp(`\\b${f.name}\\(`));
    for (const e of EFFECTS)
      expect(text, `effect ${e.op}`).toMatch(new RegExp(`- ${e.op}:|\\{ ${e.op}:`));
    for (const op of ['and', 'or', 'not', '==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/'])
      expect(text).toContain(` ${op} `);
  });

  it('computes a content hash that changes with the content', () => {
    const a = parseScenario(miniFiles());
    const b = parseScenario(
      withEdit('texts/en.yaml', (t) => replaceOnce(t, 'title: Mini', 'title: Mini 2')),
    );
    expect(a.ok && b.ok && a.scenario.contentHash !== b.scenario.contentHash).toBe(true);
  });
});

describe('parseScenario errors', () => {
  it('locates an unknown variable inside an expression, with a hint', () => {
    const errs = errorsOf(
      withEdit('events/main.yaml', (t) => replaceOnce(t, 'when: "reform"', 'when: "refrom"')),
    );
    expect(errs.map(formatScenarioError)).toEqual([
      'events/main.yaml:24:12 E_UNKNOWN_NAME unknown variable `refrom` (did you mean `reform`?)',
    ]);
  });

  it('locates the column of a name deep inside an expression', () => {
    const errs = errorsOf(
      withEdit('events/main.yaml', (t) =>
        replaceOnce(t, 'tagged_unrest(rural) > 50', 'tagged_unrest(rural) > supprt'),
      ),
    );
    expect(errs).toHaveLength(1);
    const line = readFileSync(join(MINI_DIR, 'events/main.yaml'), 'utf8').split('\n')[
      errs[0]!.line - 1
    ]!;
    expect(line.slice(errs[0]!.col - 1)).toMatch(/^50"/); // same column, in the unedited file
    expect(errs[0]).toMatchObject({
      code: 'E_UNKNOWN_NAME',
      hint: 'did you mean `support`?',
      path: 'events/4/when',
    });
  });

  it('collects every error rather than stopping at the first', () => {
    const files = withEdit('orders.yaml', (t) =>
      replaceOnce(
        replaceOnce(t, 'support: 3', 'suport: 3'),
        'faction: blue\n    cost: { spies: 5 }',
        'faction: bleu\n    cost: { spys: 5 }',
      ),
    );
    const codes = errorsOf(files).map((e) => `${e.code}:${e.message}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'E_UNKNOWN_REF:unknown track `suport`',
        'E_UNKNOWN_REF:unknown faction `bleu`',
        'E_UNKNOWN_REF:unknown track `spys`',
      ]),
    );
  });

  it('reports unknown keys with a did-you-mean', () => {
    const errs = errorsOf(
      withEdit('scenario.yaml', (t) => replaceOnce(t, 'ordersPerTurn: 1', 'orderPerTurn: 1')),
    );
    expect(errs[0]).toMatchObject({
      code: 'E_UNKNOWN_KEY',
      hint: 'did you mean `ordersPerTurn`?',
      line: 12,
      col: 33,
    });
  });

  it('refuses cycles of follow-up events', () => {
    const errs = errorsOf(
      withEdit('events/main.yaml', (t) =>
        replaceOnce(
          t,
          '      - add: { spies: 2 }',
          '      - add: { spies: 2 }\n      - trigger: reform_backlash',
        ),
      ),
    );
    expect(errs.map((e) => e.code)).toContain('E_TRIGGER_CYCLE');
    expect(errs.find((e) => e.code === 'E_TRIGGER_CYCLE')!.message).toContain(
      'reform_backlash → backlash_news → reform_backlash',
    );
  });

  it('requires exactly one canon option per decision', () => {
    const errs = errorsOf(
      withEdit('events/main.yaml', (t) =>
        replaceOnce(t, '      - id: strike\n        canon: true', '      - id: strike'),
      ),
    );
    expect(errs.map((e) => e.code)).toEqual(['E_CANON_CHOICE']);
  });

  it('requires every text and warns of unused ones', () => {
    const errs = errorsOf(
      withEdit('texts/en.yaml', (t) =>
        replaceOnce(
          t,
          '  collapse: { title: Collapse, body: It falls. }',
          '  collapse: { title: Collapse }\n  colapse: { title: x }',
        ),
      ),
    );
    expect(errs.map((e) => e.code).sort()).toEqual(['E_MISSING_TEXT', 'W_UNUSED_TEXT']);
  });

  it('refuses YAML aliases, prototype keys, custom tags', () => {
    const alias = errorsOf(
      withEdit(
        'endings.yaml',
        (t) =>
          replaceOnce(t, 'score: { red: 0, blue: 100 }', 'score: &s { red: 0, blue: 100 }') +
          '  - { id: x, when: true, score: *s }\n',
      ),
    );
    expect(alias.map((e) => e.code)).toContain('E_YAML_ALIAS');
    const proto = errorsOf(
      withEdit('endings.yaml', (t) =>
        replaceOnce(
          t,
          'score: { red: 0, blue: 100 }',
          'score: { red: 0, blue: 100, __proto__: 1 }',
        ),
      ),
    );
    expect(proto[0]).toMatchObject({ code: 'E_FORBIDDEN_KEY', file: 'endings.yaml', line: 5 });
    const ctor = errorsOf(
      withEdit('scenario.yaml', (t) =>
        replaceOnce(t, '  - { id: crisis }', '  - { id: constructor }'),
      ),
    );
    expect(ctor.map((e) => e.code)).toContain('E_RESERVED_ID');
    const tag = errorsOf(
      withEdit('endings.yaml', (t) => replaceOnce(t, 'priority: 10', 'priority: !!js/function 10')),
    );
    expect(tag.map((e) => e.code)).toEqual(['E_YAML_TAG']);
  });

  it('refuses a billion-laughs file in bounded time', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`,
      );
    const t0 = performance.now();
    const errs = errorsOf(withEdit('ai.yaml', () => lines.join('\n')));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(errs[0]).toMatchObject({ file: 'ai.yaml', code: 'E_YAML_ALIAS' });
  });

  it('refuses deep nesting and huge files', () => {
    const deep = errorsOf(
      withEdit('ai.yaml', () => 'factions: ' + '['.repeat(5000) + ']'.repeat(5000)),
    );
    expect(deep[0]).toMatchObject({ file: 'ai.yaml', code: 'E_TOO_DEEP' });
    const blockDeep = errorsOf(
      withEdit(
        'ai.yaml',
        () => Array.from({ length: 40 }, (_, i) => ' '.repeat(i) + `k${i}:`).join('\n') + ' 1',
      ),
    );
    expect(blockDeep[0]).toMatchObject({ file: 'ai.yaml', code: 'E_TOO_DEEP' });
    const huge = errorsOf(withEdit('texts/en.yaml', (t) => t + '#' + 'x'.repeat(2 * 1024 * 1024)));
    expect(huge[0]).toMatchObject({ file: 'texts/en.yaml', code: 'E_FILE_TOO_LARGE' });
  });

  it('checks ai.yaml weights against the scenario', () => {
    const ai =
      'factions:\n  red:\n    weights: { suport: 1, unrest_own: -1 }\n    flags: { reform: 3 }\n    choices: { reform_debate.acept: 2 }\n  green:\n    weights: {}\n';
    const errs = errorsOf(withEdit('ai.yaml', () => ai)).map(
      (e) => `${e.line}:${e.code}:${e.message}:${e.hint ?? ''}`,
    );
    expect(errs).toEqual([
      '3:E_UNKNOWN_REF:unknown track `suport`:did you mean `support`?',
      '5:E_UNKNOWN_REF:unknown option (`event.option`) `reform_debate.acept`:did you mean `reform_debate.accept`?',
      '6:E_UNKNOWN_REF:unknown faction `green`:',
    ]);
    const ok = parseScenario(
      withEdit('ai.yaml', () => 'factions:\n  red:\n    weights: { support: 1, unrest_own: -1 }\n'),
    );
    expect(ok.ok && ok.scenario.ai).toEqual([
      {
        faction: 'red',
        weights: { support: 1, unrest_own: -1 },
        flags: {},
        orders: {},
        choices: {},
      },
    ]);
  });

  it('reports a missing scenario.yaml and a too-new format', () => {
    expect(
      errorsOf(miniFiles().filter((f) => f.path !== 'scenario.yaml')).map((e) => e.code),
    ).toContain('E_MISSING_FILE');
    const v = errorsOf(
      withEdit('scenario.yaml', (t) => replaceOnce(t, 'formatVersion: 1', 'formatVersion: 9')),
    );
    expect(v[0]).toMatchObject({ code: 'E_FORMAT_VERSION', line: 2 });
  });
});

describe('parseScenario on mangled input (property)', () => {
  const files = miniFiles();
  const names = files.map((f) => f.path);
  it('never throws, and locates every error in a real file at a real position', () => {
    fc.assert(
      fc.property(
        fc.nat(files.length - 1),
        fc.nat(),
        fc.nat(40),
        fc.string({ maxLength: 12 }),
        (fileIndex, at, cut, insert) => {
          const mangled = files.map((f, i) => {
            if (i !== fileIndex) return f;
            const p = at % (f.text.length + 1);
            return { path: f.path, text: f.text.slice(0, p) + insert + f.text.slice(p + cut) };
          });
          const r = parseScenario(mangled);
          const problems = r.ok ? r.warnings : r.errors;
          for (const e of problems) {
            expect(names).toContain(e.file);
            const lines = mangled.find((f) => f.path === e.file)!.text.split('\n').length;
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.line).toBeLessThanOrEqual(lines + 1);
            expect(e.col).toBeGreaterThanOrEqual(1);
            expect(e.code).toMatch(/^[EW]_[A-Z_]+$/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
