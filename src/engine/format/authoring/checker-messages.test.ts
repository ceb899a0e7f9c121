// The validator's messages where an author was misled: each located, coded and with a hint.
import { describe, expect, it } from 'vitest';
import { formatScenarioError, parseScenario, type ScenarioError } from '../../index';
import { miniFiles, replaceOnce, withEdit } from '../../../../test/helpers';

function problemsOf(files: Parameters<typeof parseScenario>[0]): ScenarioError[] {
  const r = parseScenario(files);
  return r.ok ? r.warnings : r.errors;
}
const withFile = (path: string, text: string) => [...miniFiles(), { path, text }];

describe('duplicate ids', () => {
  it('name both files and lines', () => {
    const errs = problemsOf(
      withFile(
        'events/more.yaml',
        'events:\n  - id: extra\n    date: 1900-05\n  - id: riots\n    date: 1900-06\n',
      ),
    ).filter((e) => e.code === 'E_DUPLICATE_ID');
    expect(errs.map(formatScenarioError)).toEqual([
      'events/more.yaml:4:9 E_DUPLICATE_ID `riots` is declared twice: here and at events/main.yaml:34:9 (ids of one kind are unique across files)',
    ]);
  });

  it('keep orders and events apart: an order may not take an event’s id', () => {
    const errs = problemsOf(
      withEdit('orders.yaml', (t) => replaceOnce(t, 'id: rally', 'id: riots')),
    ).filter((e) => e.code === 'E_DUPLICATE_ID');
    expect(errs).toHaveLength(1);
    expect(errs[0]!.message).toMatch(
      /^`riots` is declared twice: here and at events\/main\.yaml:34:9/,
    );
    expect(errs[0]!.file).toBe('orders.yaml');
  });
});

describe('a missing section', () => {
  it('is reported without hiding the other errors', () => {
    const files = withEdit('scenario.yaml', (t) => {
      const from = t.indexOf('regions:');
      const to = t.indexOf('characters:');
      return t.slice(0, from) + t.slice(to);
    }).map((f) =>
      f.path === 'orders.yaml'
        ? { path: f.path, text: replaceOnce(f.text, 'support: 3', 'suport: 3') }
        : f,
    );
    const codes = problemsOf(files).map((e) => `${e.file} ${e.code} ${e.message}`);
    expect(codes).toContain('scenario.yaml E_MISSING_KEY missing required key `regions`');
    expect(codes).toContain('orders.yaml E_UNKNOWN_REF unknown track `suport`');
    // Names of the missing section are not reported as unknown one by one.
    expect(codes.filter((c) => /unknown region/.test(c))).toEqual([]);
  });
});

describe('dates', () => {
  it('outside the calendar are errors', () => {
    const errs = problemsOf(
      withEdit('events/main.yaml', (t) => replaceOnce(t, 'date: 1900-01-05', 'date: 1899-12-05')),
    );
    expect(errs).toEqual([
      expect.objectContaining({ severity: 'error', code: 'E_OUT_OF_CALENDAR', line: 3 }),
    ]);
  });

  it('an impossible date is one error', () => {
    for (const bad of ['1900-02-30', '1900-13'])
      expect(
        problemsOf(
          withEdit('events/main.yaml', (t) => replaceOnce(t, 'date: 1900-01-05', `date: ${bad}`)),
        ).map((e) => e.code),
      ).toEqual(['E_BAD_DATE']);
  });
});

describe('no false warnings', () => {
  it('a follow-up with `when` is not told its date, after or mtth are ignored when it has none', () => {
    const files = withEdit('events/main.yaml', (t) =>
      replaceOnce(
        t,
        '    followUp: true\n    hidden: true',
        '    followUp: true\n    when: "support > 1"\n    hidden: true',
      ),
    );
    expect(problemsOf(files)).toEqual([]);
  });

  it('a follow-up with an `mtth` is told exactly that', () => {
    const files = withEdit('events/main.yaml', (t) =>
      replaceOnce(
        t,
        '    followUp: true\n    hidden: true',
        '    followUp: true\n    mtth: 4\n    hidden: true',
      ),
    );
    expect(problemsOf(files).map((e) => `${e.code} ${e.message}`)).toEqual([
      'W_IGNORED a follow-up event fires only when triggered: its `mtth` is ignored (its `when` still applies)',
    ]);
  });

  it('an ending an `end` effect reaches is not flagged; one nothing reaches is', () => {
    const reached = withEdit('endings.yaml', (t) =>
      replaceOnce(t, '    when: "support <= 0"\n', ''),
    );
    expect(problemsOf(reached)).toEqual([]);
    const unreached = withEdit('endings.yaml', (t) =>
      replaceOnce(t, '    when: "crisis and not alive(leader)"\n', ''),
    );
    expect(problemsOf(unreached).map((e) => `${e.code} ${e.message}`)).toEqual([
      'W_UNREACHABLE_ENDING ending `blue_strikes` has no `when` and no `end` effect leads to it',
    ]);
  });
});

describe('an event meant as a follow-up', () => {
  it('is warned of when an option triggers it and its `when` can hold without that option', () => {
    const files = withEdit('events/main.yaml', (t) =>
      replaceOnce(t, '    when: "reform"\n', '    when: "support > 40"\n'),
    );
    const w = problemsOf(files);
    expect(w).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'W_FOLLOW_UP_FIRES_ALONE',
        file: 'events/main.yaml',
        line: 23,
        message:
          'event `reform_backlash` is triggered by `reform_debate` but also fires on its own whenever its `when` holds',
        hint: 'add `followUp: true` if it should only follow `reform_debate`',
      }),
    ]);
  });

  it('is not warned of when its `when` reads what the triggering option sets', () => {
    expect(problemsOf(miniFiles())).toEqual([]); // `reform_backlash` is `when: "reform"`
  });
});
