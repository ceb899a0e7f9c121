// Hostile YAML: huge, deep and oddly encoded files are refused or read in time linear in
// their size, every problem located.
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioError } from '../index';
import { miniFiles, withEdit } from '../../../test/helpers';

function errorsOf(files: Parameters<typeof parseScenario>[0]): ScenarioError[] {
  const r = parseScenario(files);
  return r.ok ? r.warnings : r.errors;
}

describe('locating problems in a large file', () => {
  it('locates each of 100,000 unused text keys of a 1 MiB file at its own line', () => {
    const base = miniFiles().find((f) => f.path === 'texts/en.yaml')!.text;
    const offset = base.split('\n').length - 1; // lines of the original file
    const n = 100_000;
    const keys: string[] = [];
    for (let i = 0; i < n; i++) keys.push(`k${String(i).padStart(5, '0')}: v`);
    const text = base + keys.join('\n') + '\n';
    expect(text.length).toBeLessThanOrEqual(1024 * 1024);
    const unused = errorsOf(withEdit('texts/en.yaml', () => text)).filter(
      (e) => e.code === 'W_UNUSED_TEXT',
    );
    expect(unused).toHaveLength(n);
    for (const i of [0, 1, 4_999, 50_000, 99_998, 99_999]) {
      const key = `k${String(i).padStart(5, '0')}`;
      const e = unused.find((u) => u.path === key)!;
      expect(e, key).toMatchObject({ file: 'texts/en.yaml', line: offset + 1 + i, col: 9 });
    }
  }, 120_000);
});

describe('nesting is bounded whatever hides it', () => {
  const deepCases: Record<string, string> = {
    // A quote in a comment once hid what followed from a character scan.
    'brackets after a quote in a comment': 'factions: {} # "\nx: ' + '['.repeat(520_000),
    'block lists on one line': '- '.repeat(500_000) + 'x\n',
    'explicit keys on one line': '? '.repeat(300_000) + 'x\n',
    'flow mappings': 'factions: ' + '{a: '.repeat(100_000) + '1' + '}'.repeat(100_000),
  };
  for (const [name, text] of Object.entries(deepCases))
    it(`refuses ${name} with a located E_TOO_DEEP`, () => {
      const errs = errorsOf(withEdit('ai.yaml', () => text));
      expect(errs).toHaveLength(1);
      expect(errs[0]).toMatchObject({
        file: 'ai.yaml',
        code: 'E_TOO_DEEP',
        message: 'nesting deeper than 32 levels',
      });
      expect(errs[0]!.line).toBeGreaterThanOrEqual(1);
      expect(errs[0]!.col).toBeGreaterThan(1);
    });

  it('takes 32 levels and refuses 33, in flow and in block style', () => {
    const flow = (d: number) => 'factions: {}\nx: ' + '['.repeat(d) + ']'.repeat(d);
    const block = (d: number) => 'factions:\n  x:\n    ' + '- '.repeat(d - 2) + 'x\n';
    for (const make of [flow, block]) {
      // The top mapping is level 0; the deepest value is `d` levels below it.
      const ok = errorsOf(withEdit('ai.yaml', () => make(32)));
      expect(ok.map((e) => e.code)).not.toContain('E_TOO_DEEP');
      const deep = errorsOf(withEdit('ai.yaml', () => make(33)));
      expect(deep.map((e) => e.code)).toContain('E_TOO_DEEP');
    }
  });
});

describe('encodings and line ends', () => {
  it('reads a file with a byte-order mark, columns counted after it', () => {
    const plain = errorsOf(
      withEdit('scenario.yaml', (t) => t.replace('ordersPerTurn: 1', 'orderPerTurn: 1')),
    );
    const bom = errorsOf(
      withEdit('scenario.yaml', (t) => '\uFEFF' + t.replace('ordersPerTurn: 1', 'orderPerTurn: 1')),
    );
    expect(bom).toEqual(plain);
    expect(parseScenario(withEdit('scenario.yaml', (t) => '\uFEFF' + t)).ok).toBe(true);
  });

  it('reads old Mac line ends (CR alone) as line breaks', () => {
    const cr = miniFiles().map((f) => ({ path: f.path, text: f.text.replace(/\n/g, '\r') }));
    const r = parseScenario(cr);
    expect(r.ok ? [] : r.errors).toEqual([]);
    const misspelt = errorsOf(
      cr.map((f) =>
        f.path === 'scenario.yaml'
          ? { path: f.path, text: f.text.replace('ordersPerTurn: 1', 'orderPerTurn: 1') }
          : f,
      ),
    );
    expect(misspelt[0]).toMatchObject({ code: 'E_UNKNOWN_KEY', line: 12, col: 33 });
  });

  it('reads Windows line ends (CR LF)', () => {
    const crlf = miniFiles().map((f) => ({ path: f.path, text: f.text.replace(/\n/g, '\r\n') }));
    expect(parseScenario(crlf).ok).toBe(true);
  });
});

describe('syntax errors an author can act on', () => {
  const tracks = (t: string, from: string, to: string) => {
    const i = t.indexOf(from);
    if (i < 0) throw new Error(`no ${from}`);
    return t.slice(0, i) + to + t.slice(i + from.length);
  };
  const slips: [string, string, string][] = [
    [
      'a key indented one space too far',
      '    owner: red\n    drift:',
      '    owner: red\n     drift:',
    ],
    ['a key indented one space short', '    owner: red\n    drift:', '    owner: red\n   drift:'],
    [
      'a key indented under a scalar',
      '    initial: 50\n    owner: red',
      '    initial: 50\n      owner: red',
    ],
  ];
  for (const [name, from, to] of slips)
    it(`gives one message that says indentation for ${name}`, () => {
      const edited = withEdit('scenario.yaml', (t) => tracks(t, from, to));
      const errs = errorsOf(edited);
      expect(errs).toHaveLength(1);
      expect(errs[0]!.code).toBe('E_YAML_INDENT');
      expect(errs[0]!.message).toMatch(/indent/);
      const text = edited.find((f) => f.path === 'scenario.yaml')!.text;
      const line = text.split('\n')[errs[0]!.line - 1]!;
      expect(to).toContain(line); // the line that slipped
    });

  it('refuses a duplicate key, naming the first', () => {
    const errs = errorsOf(
      withEdit('scenario.yaml', (t) =>
        t.replace('start: 1900-01\n', 'start: 1900-01\nstart: 1900-02\n'),
      ),
    );
    expect(errs).toEqual([
      expect.objectContaining({
        code: 'E_DUPLICATE_KEY',
        line: 5,
        col: 1,
        message: 'the key `start` is given twice in this mapping (first at line 4)',
      }),
    ]);
  });
});
