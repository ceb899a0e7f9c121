// A follow-up on the source timeline's line is marked `canon: true` with the date the source
// gives it: that date is the chronicle's, not a firing date, and is not warned of as ignored.
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioError } from '../../index';
import { replaceOnce, withEdit } from '../../../../test/helpers';

const problems = (files: ReturnType<typeof withEdit>): ScenarioError[] => {
  const r = parseScenario(files);
  return r.ok ? r.warnings : r.errors;
};
const followUp = (extra: string) =>
  withEdit('events/main.yaml', (t) =>
    replaceOnce(
      t,
      '    followUp: true\n    hidden: true',
      `    followUp: true\n${extra}    hidden: true`,
    ),
  );

describe('a canon follow-up', () => {
  it('takes the source timeline’s date with no warning', () => {
    expect(problems(followUp('    canon: true\n    date: 1900-05\n'))).toEqual([]);
  });

  it('without `canon`, is told its date is ignored', () => {
    expect(problems(followUp('    date: 1900-05\n')).map((p) => p.code)).toEqual(['W_IGNORED']);
  });

  it('needs that date', () => {
    expect(problems(followUp('    canon: true\n')).map((p) => p.message)).toContain(
      'a canon event needs the `date` the source timeline gives it',
    );
  });
});
