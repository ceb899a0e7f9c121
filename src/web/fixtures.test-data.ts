// Small models for component tests.
import type { DecisionModel, OrderOptionModel, ScenarioInfo, TrackModel } from './protocol';

export const track = (over: Partial<TrackModel> = {}): TrackModel => ({
  id: 'support',
  name: 'Popular Support',
  description: 'How many still believe.',
  value: 60,
  min: 0,
  max: 100,
  drift: 1,
  change: -2,
  month: {
    title: 'Last month (May 1946)',
    total: -2,
    parts: [
      { kind: 'order', label: 'Your order: Strike', value: -3 },
      { kind: 'drift', label: 'Drift: Revolutionary zeal', value: 1 },
    ],
  },
  parts: [
    { id: 'zeal', label: 'Revolutionary zeal', value: 1, active: true },
    { id: 'hunger', label: 'Hunger', value: 0, active: false },
  ],
  derived: false,
  clock: null,
  budget: false,
  ...over,
});

export const treasury = track({
  id: 'treasury',
  name: 'Treasury',
  value: 10,
  max: 200,
  budget: true,
  parts: [],
  change: null,
  month: null,
});

export const option = (over: Partial<OrderOptionModel> = {}): OrderOptionModel => ({
  order: 'arm_militia',
  name: 'Arm the Militia',
  description: 'Open the arsenals.',
  cost: [{ track: 'treasury', name: 'Treasury', amount: 8 }],
  chance: null,
  covert: false,
  effects: ['Armed Strength +5'],
  failure: [],
  ...over,
});

export const decision: DecisionModel = {
  event: 'coup',
  title: 'The Coup',
  body: 'Tanks in the Zócalo.',
  options: [
    { id: 'fight', label: 'Fight', effects: ['Support +5'] },
    { id: 'flee', label: 'Flee', effects: [] },
  ],
};

export const info: ScenarioInfo = {
  id: 'test',
  title: 'Test',
  summary: 'A test.',
  months: 12,
  turnUnit: 'month',
  turnsUnit: 'months',
  policies: [
    { name: 'random', label: 'Easy' },
    { name: 'canon', label: 'Historical' },
  ],
  factions: [
    {
      id: 'mexico',
      name: 'Mexico',
      description: 'Reds',
      color: '#c0392b',
      playable: true,
      ordersPerTurn: 2,
    },
    {
      id: 'usa',
      name: 'United States',
      description: 'Blues',
      color: '#2c5aa0',
      playable: true,
      ordersPerTurn: 3,
    },
    {
      id: 'church',
      name: 'Church',
      description: 'Not playable',
      color: '#555',
      playable: false,
      ordersPerTurn: 0,
    },
  ],
  regions: [
    { id: 'capital', name: 'Capital', lat: 19.4, lon: -99.1, country: 'MEX', tags: ['capital'] },
    { id: 'border', name: 'Border Town', lat: 31.7, lon: -106.4, country: 'MEX', tags: [] },
    { id: 'across', name: 'Across the River', lat: 31.76, lon: -106.49, country: 'USA', tags: [] },
  ],
};
