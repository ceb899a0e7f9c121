import { describe, expect, it } from 'vitest';
import { viewFor } from '../../engine';
import { loadMini, replaceOnce, withEdit } from '../../../test/helpers';
import { playGame } from '../../../test/chronicle-games';
import { parseScenario } from '../../engine';
import { buildChronicle, chronicleEntries } from './build';
import { runCampaign } from '../../analysis/campaign';
import { randomPolicy } from '../../ai';

const mini = loadMini();

describe('buildChronicle of a canon game', () => {
  const game = playGame(mini, 1);
  const ch = buildChronicle(mini, game);
  const entries = chronicleEntries(ch);

  it('groups the entries into the scenario acts, in order, titled from the texts', () => {
    expect(ch.acts.map((a) => [a.id, a.title])).toEqual([
      ['opening', 'The Opening'],
      ['crisis', 'The Crisis'],
    ]);
    const crisisFrom = mini.acts.find((a) => a.id === 'crisis')!.from;
    expect(ch.acts[0]!.entries.every((e) => e.month < crisisFrom)).toBe(true);
    expect(ch.acts[1]!.entries.every((e) => e.month >= crisisFrom)).toBe(true);
  });

  it('tells the canon events in order, on their dates, with their chronicle sentences', () => {
    const canon = entries.filter((e) => e.kind === 'event' && mini.index.event.get(e.id)!.canon);
    expect(canon.map((e) => [e.id, e.date, e.text])).toEqual([
      ['founding', '5 January 1900', 'The republic was founded.'],
      ['reform_debate', '10 March 1900', 'Reform'],
      ['ultimatum', '20 January 1901', 'Ultimatum'],
    ]);
  });

  it('dates entries in the order they happened', () => {
    const months = entries.map((e) => e.month);
    expect(months).toEqual([...months].sort((a, b) => a - b));
    expect(entries[0]).toMatchObject({ kind: 'event', id: 'founding', turn: 0, day: 5 });
  });

  it('tells the choices, the death and the ending, and has no divergence', () => {
    expect(
      entries.filter((e) => e.kind === 'choice').map((e) => [e.id, e.option, e.text, e.source]),
    ).toEqual([
      ['reform_debate', 'accept', 'Reform was accepted.', null],
      ['ultimatum', 'strike', 'Blue struck.', null],
    ]);
    expect(entries.filter((e) => e.kind === 'death').map((e) => e.text)).toEqual([
      'The Leader died.',
    ]);
    const last = entries[entries.length - 1]!;
    expect(last).toMatchObject({
      kind: 'ending',
      id: 'blue_strikes',
      title: 'Blue strikes',
      text: 'The leader is dead.',
      source: null,
    });
    expect(ch).toMatchObject({
      scenario: 'mini',
      title: 'Mini',
      seed: 1,
      ending: 'blue_strikes',
      canon: true,
      divergences: [],
    });
    expect(ch.summary).toBe(
      'Seed 1. The game kept to the source timeline. It ended in January 1901: Blue strikes.',
    );
  });

  it('tells exposures of covert orders, each once an act with how often, but not the orders', () => {
    const exposed = game.log.filter((e) => e.kind === 'exposed');
    expect(exposed.length).toBeGreaterThan(1);
    const told = entries.filter((e) => e.kind === 'exposed');
    expect(told.reduce((n, e) => n + (e.repeat?.times ?? 1), 0)).toBe(exposed.length);
    expect(told[0]!.text).toMatch(
      /^Exposed: Subvert, a covert order of Blue in The (North|Capital)( and The (North|Capital))?\.$/,
    );
    const unfolded = chronicleEntries(buildChronicle(mini, game, { fold: false })).filter(
      (e) => e.kind === 'exposed',
    );
    expect(unfolded).toHaveLength(exposed.length);
    expect(unfolded.every((e) => e.repeat === null)).toBe(true);
    expect(entries.some((e) => e.kind === 'order')).toBe(false); // subvert has no chronicle text
  });

  it('is the same for every seed the canon policy plays', () => {
    for (const seed of [2, 3, 4, 5])
      expect(buildChronicle(mini, playGame(mini, seed)).canon).toBe(true);
  });
});

describe('buildChronicle for a viewer', () => {
  const game = playGame(mini, 1);

  it('hides a hidden event from a faction that may not see it', () => {
    const ids = (viewer?: string) =>
      chronicleEntries(buildChronicle(mini, game, viewer ? { viewer } : {})).map((e) => e.id);
    expect(ids()).toContain('backlash_news');
    expect(ids('blue')).toContain('backlash_news');
    expect(ids('red')).not.toContain('backlash_news');
    expect(ids('red')).toContain('reform_backlash');
  });

  it('reads a faction view, taking its viewer', () => {
    const ch = buildChronicle(mini, { ...viewFor(mini, game, 'red'), seed: game.seed });
    expect(ch.viewer).toBe('red');
    expect(chronicleEntries(ch).map((e) => e.id)).not.toContain('backlash_news');
    expect(ch.summary).toContain('Told as Red knew it.');
  });
});

describe('orders in the chronicle', () => {
  it('tells successful orders that have a chronicle sentence, with who gave them', () => {
    const games = [1, 2, 3, 4, 5, 6, 7, 8].map(
      (seed) => runCampaign(mini, seed, { red: randomPolicy, blue: randomPolicy }).state,
    );
    const rallies = games.flatMap((g) =>
      g.log.filter((e) => e.kind === 'order' && e.order === 'rally'),
    );
    expect(rallies.length).toBeGreaterThan(0);
    const told = games.flatMap((g) =>
      chronicleEntries(buildChronicle(mini, g, { fold: false })).filter((e) => e.kind === 'order'),
    );
    expect(told).toHaveLength(rallies.length);
    expect(
      told.every(
        (e) => e.id === 'rally' && e.title === 'Red: Rally' && e.text === 'Crowds rallied.',
      ),
    ).toBe(true);
  });
});

describe('texts in another language', () => {
  it('uses the translation and falls back to English key by key', () => {
    const r = parseScenario(
      withEdit(
        'texts/es.yaml',
        () =>
          'event:\n  founding: { title: Fundación, body: Se funda., chronicle: Se fundó la república. }\n',
      ),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const ch = buildChronicle(r.scenario, playGame(r.scenario, 1), { lang: 'es' });
    const first = chronicleEntries(ch)[0]!;
    expect([first.title, first.text]).toEqual(['Fundación', 'Se fundó la república.']);
    expect(ch.acts[0]!.title).toBe('The Opening');
    expect(ch.lang).toBe('es');
  });
});

describe('a scenario variant', () => {
  it('reads the texts of the scenario it is given', () => {
    const r = parseScenario(
      withEdit('texts/en.yaml', (t) =>
        replaceOnce(t, 'opening: { title: The Opening }', 'opening: { title: Prologue }'),
      ),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(buildChronicle(r.scenario, playGame(r.scenario, 1)).acts[0]!.title).toBe('Prologue');
  });
});
