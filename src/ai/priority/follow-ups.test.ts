// The priority bot values what an option's follow-ups do: two options that only trigger events
// are told apart by those events' effects, not left to chance.
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../engine';
import { runCampaign } from '../../analysis/campaign';
import { miniFiles, replaceOnce } from '../../../test/helpers';
import { priorityPolicy } from './priority';
import { randomPolicy } from '../random';

function withFollowUps(): Scenario {
  const files = miniFiles().map((f) => {
    if (f.path === 'events/main.yaml') {
      let t = replaceOnce(
        f.text,
        '          - set: { reform: true }\n          - trigger: { event: reform_backlash, delay: 2 }',
        '          - trigger: boon',
      );
      t = replaceOnce(
        t,
        '          - add: { support: -5 }',
        '          - trigger: { event: bane, delay: 2 }',
      );
      t +=
        '  - id: boon\n    followUp: true\n    decider: red\n    choices:\n' +
        '      - { id: take, canon: true, effects: [ { add: { support: 12 } } ] }\n' +
        '      - { id: leave, effects: [ { add: { support: 4 } } ] }\n' +
        '  - id: bane\n    followUp: true\n    effects:\n      - add: { support: -10 }\n';
      return { ...f, text: t };
    }
    if (f.path === 'texts/en.yaml')
      return {
        ...f,
        text: f.text.replace(
          'event:\n',
          'event:\n  boon: { title: Boon, body: Good., choice: { take: { label: Take }, leave: { label: Leave } } }\n  bane: { title: Bane, body: Bad. }\n',
        ),
      };
    return f;
  });
  files.push({ path: 'ai.yaml', text: 'factions:\n  red:\n    weights: { support: 1 }\n' });
  const r = parseScenario(files);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.scenario;
}

describe('the priority bot and follow-ups', () => {
  it('takes the option whose follow-ups do it good, every time', () => {
    const scenario = withFollowUps();
    const chosen = new Map<string, number>();
    for (let seed = 1; seed <= 30; seed++) {
      const { state } = runCampaign(scenario, seed, { red: priorityPolicy, blue: randomPolicy });
      const c = state.chosen.reform_debate ?? 'none';
      chosen.set(c, (chosen.get(c) ?? 0) + 1);
    }
    expect(Object.fromEntries(chosen)).toEqual({ accept: 30 });
  });
});
