// What the seats' frames cost alone: `GAMES` games of red-mexico-1945 played by the random bot
// in this process, every seat giving its orders as soon as it may (so that the actions of a
// round are sent as one update, as the server's intake commits them), each update worked out
// for the three seats (and an observer with BENCH_OBSERVER=1) and written as JSON once per
// seat, as a socket would send it. Reports the CPU time of that per action, the bytes per
// action, and the CPU time a client takes to read them (parse, then bring its view up to date).
//   node bench/bundled.mjs bench/server/frames.ts
// With BENCH_COUNT=1 (or 0: without the frames) the games are played once, for a count of
// instructions that does not depend on the machine's load:
//   BENCH_COUNT=1 BENCH_GAMES=20 valgrind --tool=cachegrind --cache-sim=no node
//     --single-threaded node_modules/.cache/uchronia/bench-frames.mjs
// With BENCH_TOGETHER=N, N games are played together, a round of each in turn, as a server
// holds its matches (200 in the server bench): what the collector finds alive is then theirs.
// Its counts of instructions then move with the collector's timing (by up to 15 % between runs
// of one bundle under another load): they measure no small change.
// With BENCH_PACE=N each action is committed alone, as a server's match commits the intents of
// players who think between actions: the seat that acted (and those whose turn it changed) is
// sent its update at once, the others what they are owed every N commits (a match's
// PROGRESS_EVERY_MS), through the match's own `publish` and `flush`.
import { randomPolicy } from '../../src/ai';
import {
  generatorFrom,
  initialState,
  legalActions,
  seedRng,
  stepInPlace,
  viewFor,
  waitingFor,
  type Action,
} from '../../src/engine';
import { handFedClient as feeder, welcomeFrame } from '../../test/server/hand-fed';
import { liveMatchRow } from '../../test/server/rows';
import type { ServerMessage } from '../../src/net/protocol';
import { loadScenarioDir } from '../../src/node/scenario-dir';
import { prewritten, SeatFrames, type Conn } from '../../src/server/match/frames';
import { Live } from '../../src/server/match/live';

const GAMES = Number(process.env.BENCH_GAMES ?? 40);
const OBSERVER = process.env.BENCH_OBSERVER === '1';
const PACE = Number(process.env.BENCH_PACE ?? 0);
/** How many games are played together, a round of each in turn (as a server holds many
 *  matches, and the seats' last views, at once: what the collector then finds alive). */
const TOGETHER = Number(process.env.BENCH_TOGETHER ?? 1);
const loaded = loadScenarioDir('red-mexico-1945');
if (!loaded.ok) throw new Error('red-mexico-1945 does not load');
const scenario = loaded.scenario;

/** Plays the games: with the seats' frames worked out and written (`frames`), and read by
 *  clients (`read`). The CPU time in µs, the bytes sent and the actions played. */
function play(frames: boolean, read: boolean): { cpu: number; bytes: number; actions: number } {
  const t = process.cpuUsage();
  const tally = { bytes: 0, actions: 0 };
  // the games under way, each played a round at a time in turn
  const playing: Generator<void>[] = [];
  let next = 0;
  while (next < GAMES || playing.length > 0) {
    while (playing.length < TOGETHER && next < GAMES)
      playing.push(game(next++, frames, read, tally));
    for (let i = 0; i < playing.length; i++)
      if (playing[i]!.next().done === true) playing.splice(i--, 1);
  }
  const used = process.cpuUsage(t);
  return { cpu: used.user + used.system, ...tally };
}

/** Game `g`, a round of its actions at each step. */
function* game(
  g: number,
  frames: boolean,
  read: boolean,
  tally: { bytes: number; actions: number },
): Generator<void> {
  const state = initialState(scenario, g);
  const rng = generatorFrom(seedRng(g));
  const seatFrames = new SeatFrames(scenario);
  const seats: (string | null)[] = [...scenario.index.playable, ...(OBSERVER ? [null] : [])];
  const outs = seats.map(() => [] as string[]);
  const conns: Conn[] = seats.map((seat, i) => {
    const written = new WeakMap<ServerMessage, string>();
    return {
      seat,
      tokenHash: '',
      send: (m) => {
        let s = written.get(m);
        if (s === undefined) written.set(m, (s = prewritten.get(m) ?? JSON.stringify(m)));
        outs[i]!.push(s);
      },
      close: () => undefined,
    };
  });
  // (the welcome read by clients in every variant: it is the same work in each)
  const clients = seats.map(() => feeder());
  let seq = 0;
  // (PACE: the match's own state, stepped by the match)
  const live = PACE > 0 ? paced(g, state) : null;
  seats.forEach((seat, i) => {
    const { view, legal } = live ? live.welcome(seat) : seatFrames.welcome(seat, state);
    clients[i]!.feed(welcomeFrame(seat, view, legal, seq));
  });
  if (live) for (const c of conns) live.conns.add(c);
  let commits = 0;
  while (state.phase !== 'ended') {
    yield;
    const round: { faction: string; action: Action }[] = [];
    for (const f of waitingFor(scenario, state)) {
      const view = viewFor(scenario, state, f);
      round.push({
        faction: f,
        action: randomPolicy.decide(scenario, view, legalActions(scenario, view), rng),
      });
    }
    const by: { faction: string; actor: 'person' }[] = [];
    if (live)
      for (const { faction, action } of round) {
        const from = live.seq;
        if (live.stage([{ action }])) continue;
        tally.actions++;
        if (!frames) continue;
        live.publish([{ faction, actor: 'person' }], 'keep', from);
        if (++commits % PACE === 0) live.flush();
        sent(outs, clients, read, (n) => (tally.bytes += n));
      }
    for (const { faction, action } of live ? [] : round) {
      if (stepInPlace(scenario, state, action)) continue;
      seq++;
      by.push({ faction, actor: 'person' });
    }
    tally.actions += by.length;
    if (!frames) continue;
    seatFrames.update(conns, state, seq, by, null);
    sent(outs, clients, read, (n) => (tally.bytes += n));
  }
}

/** A match of three seats played by people, on `state`. */
function paced(g: number, state: ReturnType<typeof initialState>): Live {
  const row = liveMatchRow(scenario.id, g, state.turn);
  const seat = (faction: string) => ({
    match_id: row.id,
    faction,
    token_hash: null,
    controller: 'person' as const,
    human: 1,
    bot: 'random',
    name: null,
    creator: 0,
    webhook_url: null,
    webhook_secret: null,
  });
  return new Live(scenario, row, scenario.index.playable.map(seat), state);
}

/** Hands what the connections were sent to their clients (when `read`), counting the bytes. */
function sent(
  outs: string[][],
  clients: ReturnType<typeof feeder>[],
  read: boolean,
  count: (n: number) => void,
): void {
  outs.forEach((out, i) => {
    for (const s of out) {
      count(s.length);
      if (read) clients[i]!.feed(s);
    }
    out.length = 0;
  });
}

const COUNT = process.env.BENCH_COUNT;
if (COUNT !== undefined) {
  const once = play(COUNT !== '0', false);
  console.log(
    `${once.actions} actions of ${GAMES} games, ${COUNT !== '0' ? 'with' : 'without'} frames`,
  );
} else {
  // the same games without frames, with, and read by clients, in turns: the differences are theirs
  play(true, true);
  const cpu: [number, number, number] = [0, 0, 0];
  let last = play(true, true);
  for (let i = 0; i < 3; i++) {
    cpu[0] += play(false, false).cpu;
    cpu[1] += play(true, false).cpu;
    last = play(true, true);
    cpu[2] += last.cpu;
  }
  // a difference of two noisy totals: with few games it can come out at or below nothing
  const per = (x: number) =>
    x > 0 ? `${(x / 3 / last.actions).toFixed(1)} µs` : 'too little time to measure';
  console.log(
    `${last.actions} actions of ${GAMES} games, ${OBSERVER ? 'three seats and an observer' : 'three seats'}: frames ${per(cpu[1] - cpu[0])} of CPU per action, ${(last.bytes / last.actions).toFixed(0)} bytes per action; the clients read them in ${per(cpu[2] - cpu[1])} per action`,
  );
}
