// Every problem an author met writing a scenario from the docs alone comes with its place
// (file:line:col), a stable code and a hint that says what to do.
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioError } from '../../index';
import { miniFiles, replaceOnce, withEdit } from '../../../../test/helpers';

function problemsOf(files: Parameters<typeof parseScenario>[0]): ScenarioError[] {
  const r = parseScenario(files);
  return r.ok ? r.warnings : r.errors;
}
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const textOf = (files: ReturnType<typeof miniFiles>, path: string) =>
  files.find((f) => f.path === path)!.text;

/** The one problem of `code` the edit gives, checked to be placed on `needle`'s line with a hint. */
function one(files: ReturnType<typeof miniFiles>, code: string, path: string, needle: string) {
  const found = problemsOf(files).filter((p) => p.code === code);
  expect(found, code).toHaveLength(1);
  const p = found[0]!;
  expect(p.file).toBe(path);
  expect(p.line).toBe(lineOf(textOf(files, path), needle));
  expect(p.col).toBeGreaterThan(0);
  expect(p.hint ?? '', `${code} has a hint`).not.toBe('');
  return p;
}

describe('what bit an author, each placed, coded and with a hint', () => {
  it('an event an option triggers that also fires on its own', () => {
    const files = withEdit('events/main.yaml', (t) =>
      replaceOnce(t, '    when: "reform"\n', '    when: "support > 10"\n'),
    );
    one(files, 'W_FOLLOW_UP_FIRES_ALONE', 'events/main.yaml', 'id: reform_backlash');
  });

  it('a probability outside 0–1', () => {
    const files = withEdit('orders.yaml', (t) => replaceOnce(t, 'exposure: 0.3', 'exposure: 30'));
    expect(one(files, 'E_PROBABILITY_RANGE', 'orders.yaml', 'exposure: 30').hint).toBe(
      'write 0.3 for 30%',
    );
  });

  it('a condition that can never hold given the tracks’ bounds', () => {
    const files = withEdit('events/main.yaml', (t) =>
      replaceOnce(t, 'when: "reform"', 'when: "reform and support > 150"'),
    );
    const p = problemsOf(files).find((e) => /never/.test(e.message));
    expect(p?.code).toMatch(/^W_|^E_/);
    expect(p?.hint ?? '').not.toBe('');
  });

  it('an impossible date, as one error', () => {
    const files = withEdit('events/main.yaml', (t) =>
      replaceOnce(t, 'date: 1900-01-05', 'date: 1900-02-30'),
    );
    one(files, 'E_BAD_DATE', 'events/main.yaml', 'date: 1900-02-30');
  });

  it('a date outside the calendar', () => {
    const files = withEdit('events/main.yaml', (t) =>
      replaceOnce(t, 'date: 1900-01-05', 'date: 1899-12-05'),
    );
    one(files, 'E_OUT_OF_CALENDAR', 'events/main.yaml', 'date: 1899-12-05');
  });

  it('an option declared twice names the line of the first', () => {
    const files = withEdit('events/main.yaml', (t) =>
      replaceOnce(t, '- id: refuse', '- id: accept'),
    );
    const text = textOf(files, 'events/main.yaml');
    const first = lineOf(text, '- id: accept');
    const lines = text.split('\n');
    const second = lines.findIndex((l, i) => i + 1 > first && l.includes('- id: accept')) + 1;
    const found = problemsOf(files).filter((p) => p.code === 'E_DUPLICATE_ID');
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(second);
    expect(found[0]!.message).toContain(`events/main.yaml:${first}:`);
    expect(found[0]!.hint ?? '').not.toBe('');
  });

  it('a modifier declared twice names the line of the first', () => {
    const files = withEdit('scenario.yaml', (t) =>
      replaceOnce(t, '{ id: calm, when:', '{ id: weariness, when:'),
    );
    const found = problemsOf(files).filter((p) => p.code === 'E_DUPLICATE_ID');
    expect(found).toHaveLength(1);
    const text = textOf(files, 'scenario.yaml');
    expect(found[0]!.message).toContain(`scenario.yaml:${lineOf(text, '{ id: weariness, value')}:`);
    expect(found[0]!.hint ?? '').not.toBe('');
  });

  it('an indentation slip', () => {
    const files = withEdit('endings.yaml', (t) =>
      replaceOnce(t, '    priority: 10', '     priority: 10'),
    );
    expect(one(files, 'E_YAML_INDENT', 'endings.yaml', '     priority: 10').message).toMatch(
      /indent/,
    );
  });

  it('a figure that no rule reads', () => {
    const files = withEdit('scenario.yaml', (t) =>
      replaceOnce(
        t,
        '  - { id: reform, initial: false }',
        '  - { id: reform, initial: false }\n  - { id: unused_flag }',
      ),
    ).map((f) => (f.path === 'texts/en.yaml' ? f : f));
    one(files, 'W_UNREAD_FIGURE', 'scenario.yaml', 'unused_flag');
  });

  it('a missing required section', () => {
    const files = withEdit('scenario.yaml', (t) => {
      const from = t.indexOf('regions:');
      return t.slice(0, from) + t.slice(t.indexOf('characters:'));
    });
    const p = problemsOf(files).find((e) => e.code === 'E_MISSING_KEY')!;
    expect(p.message).toMatch(/regions/);
    expect(p.hint ?? '').not.toBe('');
  });
});
