// The bench's players (bench/server/server.ts starts this in a process of its own, so that the server's
// process measures only the server): every seat of every match plays the random bot over its own
// WebSocket, as fast as acknowledgements come back (or, given a mean think time, after thinking
// that long on average before each decision; or, given a rate, in the next free slot of one
// schedule of that many slots a second shared by all); an ended match goes on as its rematch.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import { randomPolicy } from '../../src/ai';
import { generatorFrom, nextFloat, seedRng } from '../../src/engine';
import { MatchClient, Refused, type SocketLike } from '../../src/net/client';
import { loadScenarioDir } from '../../src/node/scenario-dir';

interface Seat {
  readonly match: string;
  readonly token: string;
}

const [url, seatsJson, seconds, warmup, think, rate] = process.argv.slice(2);
/** The mean time a player thinks before each decision, in ms (0: none, each acts as soon as
 *  it can). Drawn from an exponential distribution, so that the seats do not act in step. */
const THINK_MS = Number(think ?? 0);
/** The actions a second all players together send at most (0: no pacing). */
const RATE = Number(rate ?? 0);
const seats = JSON.parse(seatsJson!) as Seat[];
const loaded = loadScenarioDir('red-mexico-1945');
if (!loaded.ok) throw new Error('red-mexico-1945 does not load');
const scenario = loaded.scenario;
const ws = `${url!.replace(/^http/, 'ws')}/ws`;
const rng = generatorFrom(seedRng(42));
const latencies: number[] = [];
/** Intents sent while measuring (the load offered), those acknowledged and those refused. */
let sent = 0;
let acks = 0;
let refused = 0;
let measuring = false;
let running = true;

/** The players waiting for a slot of the schedule, first come first served. */
const forSlot: (() => void)[] = [];
if (RATE > 0) {
  const start = performance.now();
  let given = 0;
  const pacer = setInterval(() => {
    if (!running) return clearInterval(pacer);
    const due = Math.floor(((performance.now() - start) * RATE) / 1000);
    while (given < due && forSlot.length > 0) {
      given++;
      forSlot.shift()!();
    }
    // a slot no player was ready for is lost: a server that holds the players back is not
    // offered a burst to catch up with afterwards
    if (forSlot.length === 0) given = due;
  }, 1);
}

async function rematch(match: string, token: string): Promise<string> {
  const r = await fetch(`${url}/api/matches/${match}/rematch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  return ((await r.json()) as { match: string }).match;
}

async function play(seat: Seat, connected: () => void): Promise<void> {
  let match = seat.match;
  while (running) {
    const c = new MatchClient({
      url: ws,
      match,
      token: seat.token,
      open: (u) => new WebSocket(u) as unknown as SocketLike,
    });
    await c.connect();
    connected();
    let wake: (() => void) | null = null;
    c.onMessage = () => wake?.();
    /** Whether the player has thought (and has its slot) since its seat last became free to
     *  act. */
    let thought = false;
    let slotted = false;
    while (running && !c.revealed) {
      const legal = c.legal;
      if (!legal || (!legal.orders && legal.choices.length === 0)) {
        thought = false;
        slotted = false;
        await new Promise<void>((r) => (wake = r));
        wake = null;
        continue;
      }
      // the others may move the game on meanwhile: the player then decides on what it has
      // now, without thinking or waiting again (it thinks only while its seat may act)
      if (THINK_MS > 0 && !thought) {
        await new Promise((r) => setTimeout(r, -THINK_MS * Math.log(1 - nextFloat(rng))));
        thought = true;
        if (c.legal !== legal) continue;
      }
      if (RATE > 0 && !slotted) {
        await new Promise<void>((r) => forSlot.push(r));
        slotted = true;
        if (c.legal !== legal) continue;
      }
      thought = false;
      slotted = false;
      const action = randomPolicy.decide(scenario, c.view!, legal, rng);
      const t = performance.now();
      const seen = c.seq;
      if (measuring) sent++;
      try {
        await c.act(action);
        if (measuring) {
          acks++;
          latencies.push(performance.now() - t);
        }
      } catch (e) {
        if (measuring && e instanceof Refused) refused++;
        if (process.env.BENCH_DEBUG) process.stderr.write(`refused: ${(e as Error).message}\n`);
        // refused as stale (another seat ended the month first): decide again on the update
        if (c.seq === seen) {
          await new Promise<void>((r) => (wake = r));
          wake = null;
        }
      }
    }
    c.close();
    if (running) match = await rematch(match, seat.token);
  }
}

// The clock starts once every seat is connected: on a busy machine connecting 600 sockets can
// take longer than the warm-up.
const ready: Promise<void>[] = [];
const players = seats.map((seat) => {
  let done!: () => void;
  ready.push(new Promise<void>((r) => (done = r)));
  return play(seat, () => done());
});
await Promise.all(ready);
await new Promise((r) => setTimeout(r, Number(warmup) * 1000));
measuring = true;
// the server's process reads these marks to measure its own CPU time over the same window
process.stdout.write('measuring\n');
// how late this process's own loop ran a timer due every 10 ms: the part of an
// acknowledgement's time, as measured here, that the players' own work held back
const delays = monitorEventLoopDelay({ resolution: 10 });
delays.enable();
const start = performance.now();
const cpu = process.cpuUsage();
await new Promise((r) => setTimeout(r, Number(seconds) * 1000));
measuring = false;
delays.disable();
const used = process.cpuUsage(cpu);
process.stdout.write('measured\n');
const elapsed = (performance.now() - start) / 1000;
running = false;
// the share of the players' time spent waiting for their actions' acknowledgements
const waited = latencies.reduce((n, l) => n + l, 0) / (seats.length * elapsed * 1000);
latencies.sort((a, b) => a - b);
// (the histogram's delays, in ns, include the 10 ms of the timer itself)
const late = (ns: number) => Math.max(0, ns / 1e6 - 10);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
process.stdout.write(
  `${JSON.stringify({ acks, perSecond: acks / elapsed, refusedPerSecond: refused / elapsed, offered: sent / elapsed, p50: pct(0.5), p99: pct(0.99), waited, clientCpuMs: (used.user + used.system) / 1000, clientDelay: { p50: late(delays.percentile(50)), p99: late(delays.percentile(99)), max: late(delays.max) } })}\n`,
);
void Promise.allSettled(players);
setTimeout(() => process.exit(0), 200);
