// The worker's messages to the page are a function of the player's view: from two games the
// player cannot tell apart, the turn's model and the chronicle are the same, byte for byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalActions, viewFor, type Scenario } from '../../engine';
import { randomPolicy } from '../../ai';
import { loadScenarioDir } from '../../node/scenario-dir';
import { generatorFrom, seedRng } from '../../engine';
import { twin, withPlot } from '../../../test/secret-fixture';
import { chronicleOf, newSession, playerAction, turnModel, type WebSession } from './session';

const flagship = loadScenarioDir('red-mexico-1945');
if (!flagship.ok) throw new Error('red-mexico-1945 does not load');

/** A session where the player has acted `moves` times at random (the computer plays at random). */
function sessionAfter(scenario: Scenario, faction: string, seed: number, moves: number) {
  const r = newSession(scenario, { faction, seed, policies: {} });
  if (!r.ok) throw new Error(r.error);
  const s = r.value;
  const rng = generatorFrom(seedRng(seed ^ 0x1b873593));
  for (let i = 0; i < moves && s.game.state.phase !== 'ended'; i++) {
    const view = viewFor(scenario, s.game.state, faction);
    const ok = playerAction(
      s,
      randomPolicy.decide(scenario, view, legalActions(scenario, view), rng),
    );
    expect(ok.ok).toBe(true);
  }
  return s;
}

/** What the worker sends the page of a game: the model of the turn, and the chronicle (once the
 *  game is over, the chronicle tells everything: it is left out then). */
const messages = (s: WebSession) =>
  JSON.stringify([turnModel(s), s.game.state.phase === 'ended' ? null : chronicleOf(s)]);

describe('the worker’s messages', () => {
  for (const [name, scenario] of [
    ['red-mexico-1945', flagship.scenario],
    ['mini with a plot', withPlot()],
  ] as const)
    it(`${name}: are the same for two games the player cannot tell apart (property)`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          fc.integer({ min: 0, max: 40 }),
          fc.nat(),
          (seed, moves, pick) => {
            const human = scenario.index.playable[pick % scenario.index.playable.length]!;
            const s = sessionAfter(scenario, human, seed, moves);
            // undo reads how many random numbers were drawn, the chronicle's label the seed: the
            // player holds the game's record, and those stay as they were
            const other = twin(scenario, s.game.state, human, seed ^ 0x7feb352d, { record: false });
            const s2: WebSession = { ...s, game: { ...s.game, state: other } };
            expect(viewFor(scenario, other, human)).toEqual(viewFor(scenario, s.game.state, human));
            expect(messages(s2)).toBe(messages(s));
          },
        ),
        { numRuns: name === 'red-mexico-1945' ? 15 : 40 },
      );
    });
});
