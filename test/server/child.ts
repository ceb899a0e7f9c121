// A server process for the crash and scale-out tests: started with `node --import tsx`, it prints
// its address, then obeys lines on stdin: `advance <ms>` moves its test clock, `tick` fires due
// deadlines and prints how many fired.
import { createInterface } from 'node:readline';
import { startServer, TestClock } from '../../src/server';
import { SCENARIOS } from './harness';

const [db, name, start] = process.argv.slice(2);
const clock = new TestClock(Number(start));
const server = await startServer({
  db: db!,
  scenarios: SCENARIOS,
  clock,
  tickMs: 0,
  rateLimit: 1_000_000,
  process: name!,
  snapshotEvery: 4,
});
process.stdout.write(`listening ${server.url} rebuilt ${server.rebuilt}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, arg] = line.split(' ');
  if (cmd === 'advance') {
    clock.advance(Number(arg));
    process.stdout.write('ok\n');
  } else if (cmd === 'tick') process.stdout.write(`fired ${await server.tick()}\n`);
}
