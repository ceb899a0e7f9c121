// Non-interference: every output shown to a faction is a function of its view alone. Two states
// that agree on the faction's view and differ in all it cannot see (flags kept from it, others'
// private tracks, others' orders, the dice, hidden log entries, what is scheduled) give it the
// same legal actions, previews, "why", news, screens, chronicle and AI decisions, byte for byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clockStage,
  describeEffects,
  explain,
  generatorFrom,
  legalActions,
  monthChange,
  orderChance,
  seedRng,
  viewFor,
  type GameView,
  type Scenario,
} from '../src/engine';
import { canonPolicy, priorityPolicy, randomPolicy, searchPolicy, type Policy } from '../src/ai';
import { buildChronicle, chronicleHtml, chronicleMarkdown } from '../src/chronicle';
import { loadScenarioDir } from '../src/node/scenario-dir';
import { decisionModel, endingModel, orderModels, trackModels } from '../src/web/worker/turn-model';
import { newsItems } from '../src/web/worker/news';
import { endingText, newsLines, statusScreen, whyText } from '../src/cli/play/screen';
import { loadMini } from './helpers';
import { playTo, twin, withPlot } from './secret-fixture';

const flagship = loadScenarioDir('red-mexico-1945');
if (!flagship.ok) throw new Error('red-mexico-1945 does not load');

const SCENARIOS: readonly [string, Scenario][] = [
  ['red-mexico-1945', flagship.scenario],
  ['mini', loadMini()],
  ['mini with a plot', withPlot()],
];

const POLICIES: readonly Policy[] = [
  randomPolicy,
  canonPolicy,
  priorityPolicy,
  searchPolicy('search', { candidates: 3, playouts: 4 }),
];

/** Everything the front ends, the chronicle and the AI show or hand `view`'s faction. */
function outputs(scenario: Scenario, view: GameView): unknown {
  const f = view.viewer;
  const legal = legalActions(scenario, view);
  const out: Record<string, unknown> = { legal };
  const previews: unknown[] = [];
  for (const o of scenario.orders.filter((o) => o.faction === f))
    for (const target of o.targeted ? scenario.regions.map((r) => r.id) : [null]) {
      const at = { view, target };
      previews.push(
        describeEffects(scenario, o.effects, at),
        describeEffects(scenario, o.failure, at),
        orderChance(scenario, o, view, target),
      );
    }
  for (const e of scenario.events)
    for (const c of e.choices) previews.push(describeEffects(scenario, c.effects, { view }));
  out.previews = previews;
  out.changes = [
    ...scenario.tracks.map((t) => `track:${t.id}`),
    ...scenario.regions.map((r) => `unrest:${r.id}`),
    ...scenario.characters.map((c) => `health:${c.id}`),
  ].map((figure) => monthChange(scenario, view, figure));
  out.why = [...scenario.tracks, ...scenario.derived].map((t) => [
    explain(scenario, view, t.id),
    clockStage(scenario, view, t.id),
    whyText(scenario, view, t.id),
  ]);
  out.web = {
    tracks: trackModels(scenario, view),
    orders: orderModels(scenario, view),
    decision: decisionModel(scenario, view),
    ending: endingModel(scenario, view),
    news: newsItems(scenario, view.log, f),
  };
  out.terminal = [
    statusScreen(scenario, view),
    newsLines(scenario, view.log, f),
    view.ending ? endingText(scenario, view) : null,
  ];
  // a view holds no seed (it would tell the dice): the chronicle takes the game's as a label
  const chronicle = buildChronicle(scenario, { ...view, seed: 0 });
  out.chronicle = [chronicleMarkdown(chronicle), chronicleHtml(chronicle)];
  if (legal.orders || legal.choices.length)
    out.ai = POLICIES.filter(
      (p) => p === randomPolicy || p === canonPolicy || scenario.ai.some((a) => a.faction === f),
    ).map((p) => {
      const rng = () => generatorFrom(seedRng(7));
      const decision = p.decide(scenario, view, legal, rng());
      return [decision, p.explain?.(scenario, view, legal, rng())];
    });
  return out;
}

describe('non-interference', () => {
  for (const [name, scenario] of SCENARIOS)
    it(`${name}: states a faction cannot tell apart give it the same outputs (property)`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          fc.integer({ min: 0, max: 200 }),
          fc.nat(),
          (seed, steps, faction) => {
            const state = playTo(scenario, seed, steps);
            const f = scenario.index.playable[faction % scenario.index.playable.length]!;
            const other = twin(scenario, state, f, seed ^ 0x68e31da4);
            const [a, b] = [viewFor(scenario, state, f), viewFor(scenario, other, f)];
            expect(b).toEqual(a); // the premise: the faction cannot tell them apart
            expect(JSON.stringify(outputs(scenario, b))).toBe(JSON.stringify(outputs(scenario, a)));
          },
        ),
        { numRuns: name === 'red-mexico-1945' ? 25 : 60 },
      );
    });
});
