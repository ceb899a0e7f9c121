import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../engine';
import { loadMini, replaceOnce, withEdit } from '../../../test/helpers';
import { orderWords } from './sentences';

describe('orderWords', () => {
  it("tells an exposed covert order by the author's sentence for it, where there is one", () => {
    const told = parseScenario(
      withEdit('texts/en.yaml', (t) =>
        replaceOnce(
          t,
          'subvert: { name: Subvert }',
          'subvert: { name: Subvert, chronicle: Agents stirred the province. }',
        ),
      ),
    );
    if (!told.ok) throw new Error(JSON.stringify(told.errors));
    expect(orderWords(told.scenario, 'exposed', 'blue', 'subvert', ['north'], 'en')).toEqual({
      title: 'Blue: Subvert (The North)',
      text: 'Exposed as a covert order: Agents stirred the province.',
    });
    // without one, who did what where, in words of its own rather than the title's again
    expect(orderWords(loadMini(), 'exposed', 'blue', 'subvert', ['north'], 'en').text).toBe(
      'Exposed: Subvert, a covert order of Blue in The North.',
    );
  });
});
