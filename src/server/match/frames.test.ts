import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomPolicy } from '../../ai';
import {
  generatorFrom,
  initialState,
  legalActions,
  seedRng,
  stepInPlace,
  viewFor,
  waitingFor,
  type Action,
  type GameState,
  type GameView,
  type Scenario,
} from '../../engine';
import { sameJson, type Delta } from '../../net/delta';
import { unpackDelta } from '../../net/packed';
import type { ServerMessage } from '../../net/protocol';
import { loadBundled, MINI_DIR } from '../../../test/helpers';
import { handFedClient, welcomeFrame } from '../../../test/server/hand-fed';
import { loadScenarioDir } from '../../node/scenario-dir';
import { recordWritten } from '../../engine/rules/writes';
import { prewritten, PUBLIC, SeatFrames, type Conn } from './frames';

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** A connection whose frames reach a client as a socket would hand them over. */
function connection(seat: string | null) {
  const { client, feed } = handFedClient();
  const frames: ServerMessage[] = [];
  const conn: Conn = {
    seat,
    tokenHash: '',
    send: (m) => {
      const json = prewritten.get(m) ?? JSON.stringify(m);
      // what is written is the message itself
      expect(JSON.parse(json)).toEqual(plain(m));
      frames.push(JSON.parse(json) as ServerMessage);
      feed(json);
    },
    close: () => undefined,
  };
  const welcome = (view: unknown, legal: unknown, seq: number) =>
    feed(welcomeFrame(seat, view, legal, seq));
  return { conn, client, frames, welcome };
}

/** Whether a delta carries nothing but what `now` holds (where it says it holds it). */
function within(delta: Delta, now: unknown): boolean {
  if (typeof now !== 'object' || now === null || Array.isArray(now)) return false;
  const v = now as Record<string, unknown>;
  for (const [k, e] of Object.entries(delta)) {
    if (typeof e !== 'object' || e === null) {
      if (v[k] !== e) return false;
    } else if (!Array.isArray(e)) {
      if (!within(e as Delta, v[k])) return false;
    } else if (e[0] === 0) {
      if (!sameJson(e[1], v[k])) return false;
    } else if (e[0] === 1) {
      if (Object.hasOwn(v, k)) return false;
    } else {
      const list = v[k];
      if (!Array.isArray(list)) return false;
      for (const s of e.slice(1) as unknown[][])
        if (!s.slice(2).every((item) => list.some((x) => sameJson(x, item)))) return false;
    }
  }
  return true;
}

type By = { faction: string; actor: 'person' }[];

/**
 * Plays a random game, its seats' and an observer's connections joining and leaving as it goes,
 * and checks every connection after every update: its client's view is the seat's view, its
 * legal actions those of that view, and no frame carries anything but what the seat's new view
 * holds. With `lagging`, some seats' updates are put off now and then (as a match does for the
 * seats whose turn an action did not change): a seat put off is sent nothing, and its next
 * update (or the flush before a connection joins, as a match's welcome flushes) tells every
 * action since its last. Returns the updates checked and those that told of several commits.
 */
function check(
  scenario: Scenario,
  seed: number,
  schedule: readonly number[],
  lagging = false,
): { checked: number; caughtUp: number } {
  const state: GameState = initialState(scenario, seed);
  const rng = generatorFrom(seedRng(seed));
  const frames = new SeatFrames(scenario);
  const seats: (string | null)[] = [...scenario.index.playable, null];
  type Connection = ReturnType<typeof connection> & { owed: By; commits: number; seen: number };
  const conns = new Set<Connection>();
  let seq = 0;
  let checked = 0;
  let caughtUp = 0;
  const expected = new Map<string | null, { view: GameView; legal: unknown }>();
  const expectedOf = (seat: string | null) => {
    let seen = expected.get(seat);
    if (!seen) {
      const view = viewFor(scenario, state, seat ?? PUBLIC);
      const over = seat === null || (state.phase as string) === 'ended';
      seen = { view: plain(view), legal: over ? null : plain(legalActions(scenario, view)) };
      expected.set(seat, seen);
    }
    return seen;
  };
  /** Checks what `c` was sent since its last check: nothing if `late`, else one update telling
   *  every action it was owed, which brings its client to the seat's view. */
  const verify = (c: Connection, late: boolean) => {
    const got = c.frames.slice(c.seen);
    c.seen = c.frames.length;
    if (late) return expect(got).toHaveLength(0);
    expect(got).toHaveLength(1);
    const m = got[0]!;
    if (m.t !== 'update') throw new Error(m.t);
    expect(m.seq).toBe(seq);
    expect(m.by).toEqual(c.owed);
    if (c.commits > 1) caughtUp++;
    c.owed = [];
    c.commits = 0;
    const { view, legal } = expectedOf(c.conn.seat);
    const { log: _log, ...body } = view;
    const delta = unpackDelta(m.delta);
    expect(Object.hasOwn(delta, 'log')).toBe(false);
    expect(within(delta, body)).toBe(true);
    expect(c.client.seq).toBe(seq);
    expect(plain(c.client.view)).toEqual(view);
    expect(plain(c.client.legal)).toEqual(legal);
    expect(m.revealed === null).toBe((state.phase as string) !== 'ended');
    checked++;
  };
  const join = (seat: string | null) => {
    // a match first sends a seat's other connections what they are owed (see Live.welcome)
    if (frames.owing) {
      frames.flush(
        [...conns].map((c) => c.conn),
        state,
        seq,
        null,
      );
      for (const c of conns) verify(c, c.owed.length === 0);
    }
    const c = { ...connection(seat), owed: [], commits: 0, seen: 0 };
    const { view, legal } = frames.welcome(seat, state);
    c.welcome(plain(view), plain(legal), seq);
    conns.add(c);
  };
  for (const seat of seats) join(seat);
  for (let round = 0; state.phase !== 'ended' && round < 150; round++) {
    // now and then a connection leaves, or another joins (a second one of a seat, too)
    const turn = schedule[round % schedule.length]!;
    if (turn % 7 === 1 && conns.size > 0) conns.delete([...conns][turn % conns.size]!);
    if (turn % 5 === 2 && conns.size < 8) join(seats[turn % seats.length]!);
    // some of the seats that may act, in one commit
    const waiting = waitingFor(scenario, state);
    const acting = waiting.slice(0, 1 + (turn % waiting.length));
    const by: By = [];
    for (const f of acting) {
      const view = viewFor(scenario, state, f);
      const action: Action = randomPolicy.decide(scenario, view, legalActions(scenario, view), rng);
      if (stepInPlace(scenario, state, action) !== null) break;
      seq++;
      by.push({ faction: f, actor: 'person' });
    }
    if (by.length === 0) continue;
    expected.clear();
    // the seats put off this time: a few, varying with the schedule, never once the game ends
    const late = (key: string) =>
      lagging &&
      (state.phase as string) !== 'ended' &&
      (turn + round + seats.indexOf(key === PUBLIC ? null : key)) % 3 !== 0;
    for (const c of conns) {
      c.owed.push(...by);
      c.commits++;
    }
    frames.update(
      [...conns].map((c) => c.conn),
      state,
      seq,
      by,
      null,
      lagging ? (key) => !late(key) : undefined,
    );
    for (const c of conns) verify(c, late(c.conn.seat ?? PUBLIC));
  }
  return { checked, caughtUp };
}

describe("the seats' frames", () => {
  const red = loadBundled('red-mexico-1945');
  const loaded = loadScenarioDir(MINI_DIR);
  if (!loaded.ok) throw new Error('the mini scenario does not load');
  const mini = loaded.scenario;

  it("bring each connection's view to its seat's view, and carry nothing else", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 40 }),
        (seed, schedule) => {
          // each game checks some frames: how many depends on how long it lasts
          expect(check(red, seed, schedule).checked).toBeGreaterThan(0);
          expect(check(mini, seed, schedule).checked).toBeGreaterThan(0);
        },
      ),
      { numRuns: 6 },
    );
  });

  it('bring a seat that fell behind up to date in one update telling every commit since', () => {
    let checked = 0;
    let caughtUp = 0;
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 40 }),
        (seed, schedule) => {
          for (const scenario of [red, mini]) {
            const r = check(scenario, seed, schedule, true);
            checked += r.checked;
            caughtUp += r.caughtUp;
          }
        },
      ),
      { numRuns: 6 },
    );
    expect(checked).toBeGreaterThan(100);
    // updates that told of several commits, the seat's view having moved on over them
    expect(caughtUp).toBeGreaterThan(30);
  });

  it("compare the state's regions and characters with what was sent only once the engine wrote them", () => {
    const state: GameState = initialState(mini, 3);
    const frames = new SeatFrames(mini);
    const c = connection('red');
    const { view, legal } = frames.welcome('red', state, 0);
    c.welcome(plain(view), plain(legal), 0);
    const by: By = [{ faction: 'red', actor: 'person' }];
    const deltaAt = (seq: number) => {
      frames.update([c.conn], state, seq, by, null);
      const m = c.frames.at(-1)!;
      if (m.t !== 'update') throw new Error(m.t);
      return unpackDelta(m.delta);
    };
    // changed behind the engine's back: its count did not move, so neither is compared
    state.regions.capital!.unrest += 7;
    state.characters.leader!.health -= 5;
    let delta = deltaAt(1);
    expect(Object.hasOwn(delta, 'regions')).toBe(false);
    expect(Object.hasOwn(delta, 'characters')).toBe(false);
    // once counted, each is compared and sent
    recordWritten(state.regions);
    delta = deltaAt(2);
    expect(Object.hasOwn(delta, 'regions')).toBe(true);
    expect(Object.hasOwn(delta, 'characters')).toBe(false);
    recordWritten(state.characters);
    delta = deltaAt(3);
    expect(Object.hasOwn(delta, 'characters')).toBe(true);
    expect(plain(c.client.view!).regions).toEqual(plain(state.regions));
    expect(plain(c.client.view!).characters).toEqual(plain(state.characters));
  });
});
