import { describe, expect, it } from 'vitest';
import { eventsOfMonth } from './turn';
import { loadMini } from '../../../../test/helpers';
import { parseScenario } from '../../index';
import { readScenarioFiles } from '../../../node/scenario-dir';

const FLAGSHIP = new URL('../../../../scenarios/red-mexico-1945', import.meta.url).pathname;

describe('eventsOfMonth', () => {
  it('lists the dated events of the month by day, then the open ones whose window holds it', () => {
    const flagship = parseScenario(readScenarioFiles(FLAGSHIP));
    if (!flagship.ok) throw new Error('the flagship loads');
    for (const scenario of [loadMini(), flagship.scenario])
      for (let month = scenario.start - 2; month <= scenario.end + 2; month++) {
        const expected = [
          ...scenario.events
            .filter((e) => e.date === month && !e.followUpOnly)
            .sort((a, b) => (a.day ?? 0) - (b.day ?? 0)),
          ...scenario.events.filter(
            (e) =>
              e.date === null &&
              !e.followUpOnly &&
              (e.after === null || month >= e.after) &&
              (e.before === null || month <= e.before),
          ),
        ].map((e) => e.id);
        // twice: the second answer comes from what the first one kept
        expect(eventsOfMonth(scenario, month).map((e) => e.id)).toEqual(expected);
        expect(eventsOfMonth(scenario, month).map((e) => e.id)).toEqual(expected);
      }
  });
});
