import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../engine';
import { loadMini, replaceOnce, withEdit } from '../../../test/helpers';
import { playGame } from '../../../test/chronicle-games';
import { buildChronicle, chronicleEntries } from '../story/build';
import { missedCanonEvents } from './canon';

const mini = loadMini();

/** The fixture, where Blue's ultimatum only comes if Red took the reform. */
function ultimatumNeedsReform(): Scenario {
  const r = parseScenario(
    withEdit('events/main.yaml', (t) =>
      replaceOnce(t, 'months_since(founding) > 6"', 'months_since(founding) > 6 and reform"'),
    ),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

describe('a choice off the canon', () => {
  const ch = buildChronicle(mini, playGame(mini, 1, { reform_debate: 'refuse' }));
  const entries = chronicleEntries(ch);

  it('is marked as a point of divergence that names the canon option', () => {
    const choice = entries.find((e) => e.kind === 'choice' && e.id === 'reform_debate')!;
    expect(choice.text).toBe('Reform was refused.');
    expect(choice.source).toEqual({ id: 'accept', title: 'Accept', text: 'Reform was accepted.' });
  });

  it('is listed among the divergences, and the game is not canon', () => {
    expect(ch.divergences).toEqual([
      {
        kind: 'choice',
        turn: 2,
        date: '10 March 1900',
        event: 'reform_debate',
        chosen: 'refuse',
        canon: 'accept',
      },
    ]);
    expect(ch.canon).toBe(false);
    expect(ch.summary).toContain(
      'The game left the source timeline on 10 March 1900: 1 point of divergence.',
    );
  });

  it('names the canon option by its label when it has no chronicle sentence', () => {
    const game = playGame(mini, 1, { ultimatum: 'wait' });
    const choice = chronicleEntries(buildChronicle(mini, game)).find(
      (e) => e.kind === 'choice' && e.id === 'ultimatum',
    )!;
    expect(choice.text).toBe('Blue chose: Wait.');
    expect(choice.source).toEqual({ id: 'strike', title: 'Strike', text: 'Blue struck.' });
  });
});

describe('canon events that do not happen', () => {
  const scenario = ultimatumNeedsReform();
  const game = playGame(scenario, 1, { reform_debate: 'refuse' });
  const ch = buildChronicle(scenario, game);
  const entries = chronicleEntries(ch);

  it('are told where the source timeline had them, with what was chosen there', () => {
    expect(entries.some((e) => e.kind === 'event' && e.id === 'ultimatum')).toBe(false);
    const missed = entries.filter((e) => e.kind === 'canon-missed');
    expect(missed).toHaveLength(1);
    expect(missed[0]).toMatchObject({
      id: 'ultimatum',
      date: '20 January 1901',
      turn: 12,
      text: 'Ultimatum',
      source: { id: 'strike', text: 'Blue struck.' },
    });
    const at = entries.indexOf(missed[0]!);
    expect(entries.slice(0, at).every((e) => e.month <= missed[0]!.month)).toBe(true);
    expect(entries.slice(at + 1).every((e) => e.month >= missed[0]!.month)).toBe(true);
  });

  it('and a different ending says what the source timeline ending was', () => {
    const ending = entries[entries.length - 1]!;
    expect(ending.kind).toBe('ending');
    expect(ending.id).not.toBe('blue_strikes');
    expect(ending.source).toEqual({
      id: 'blue_strikes',
      title: 'Blue strikes',
      text: 'The leader is dead.',
    });
    expect(ch.divergences.map((d) => d.kind)).toEqual(['choice', 'canon-missed', 'ending']);
    expect(ch.divergences[2]).toMatchObject({
      kind: 'ending',
      chosen: ending.id,
      canon: 'blue_strikes',
    });
  });

  it('are only missed once their month has been played', () => {
    const before = game.log.filter((e) => e.turn < 12);
    expect(missedCanonEvents(scenario, { turn: 12, phase: 'orders' }, before, null, 'en')).toEqual(
      [],
    );
    expect(
      missedCanonEvents(scenario, { turn: 12, phase: 'choices' }, before, null, 'en').map(
        (e) => e.id,
      ),
    ).toEqual(['ultimatum']);
    expect(
      missedCanonEvents(scenario, { turn: 13, phase: 'orders' }, before, null, 'en').map(
        (e) => e.id,
      ),
    ).toEqual(['ultimatum']);
  });

  it('are not missed by a canon game', () => {
    expect(buildChronicle(scenario, playGame(scenario, 1)).divergences).toEqual([]);
  });
});

describe('missed canon events and a viewer', () => {
  it('are told only to a faction that would have known of the event', () => {
    const r = parseScenario(
      withEdit('events/main.yaml', (t) =>
        replaceOnce(
          replaceOnce(t, 'months_since(founding) > 6"', 'months_since(founding) > 6 and reform"'),
          '    decider: blue\n',
          '    decider: blue\n    hidden: true\n    visibleTo: [blue]\n',
        ),
      ),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const game = playGame(r.scenario, 1, { reform_debate: 'refuse' });
    const missed = (viewer: string) =>
      chronicleEntries(buildChronicle(r.scenario, game, { viewer })).filter(
        (e) => e.kind === 'canon-missed',
      );
    expect(missed('blue').map((e) => e.id)).toEqual(['ultimatum']);
    expect(missed('red')).toEqual([]);
  });
});
