// Reads a CPU profile (.cpuprofile, as `node --cpu-prof` or BENCH_PROFILE writes) or a sampling
// heap profile (.heapprofile, as BENCH_HEAP_PROFILE writes) and prints where the time or the
// bytes went, as shares of the whole:
//   node bench/profile-summary.mjs self F.cpuprofile [N]       time in each function itself
//   node bench/profile-summary.mjs total F.cpuprofile [N]      time in each function and below
//   node bench/profile-summary.mjs callers F.cpuprofile NAME   who calls NAME, by time below it
//   node bench/profile-summary.mjs heap F.heapprofile [N]      bytes allocated, by call chain
//   node bench/profile-summary.mjs parts F.cpuprofile          a server's time by part (PARTS)
// Functions are named `name file:line` (the line in the bundle a bench ran).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [mode, file, arg] = process.argv.slice(2);
if (!mode || !file) {
  console.error(
    'usage: node bench/profile-summary.mjs self|total|callers|heap|parts FILE [N|NAME]',
  );
  process.exit(2);
}
const top = Number(mode === 'callers' ? 20 : (arg ?? 40));

/** The parts of the server's work, each known by a function on the stack: a sample counts for
 *  the first part listed whose function is anywhere on its stack (what a connection's hello, a
 *  rematch or a welcome runs counts there, not in the SQLite or socket work below it). */
const PARTS = [
  ['the collector', /^\(garbage collector\)$/],
  ['idle', /^\(idle\)$/],
  ['a connection opened (hello)', /^hello$/],
  ['a rematch', /^rematch$/],
  ['a match created', /^createMatch$/],
  ['a match read into memory', /^(open|readMatch)$/],
  ['a welcome', /^welcome$/],
  ['WebSocket upgrades', /^(handleUpgrade|completeUpgrade|onUpgrade)$/],
  ["the seats' updates (SeatFrames.update)", /^update$/],
  ["a snapshot's JSON", /^snapshotJson$/],
  ["intents staged (the engine's step)", /^stage$/],
  ['intents taken in, the rest (takeIntents)', /^takeIntents$/],
  ["SQLite's group commit", /^(SqliteCommits\.writeAll|writeBatch)$/],
  ["Kysely's queries", /^(executeQuery|provideConnection)$/],
  ['frames written to the sockets (flushOutboxes)', /^flushOutboxes$/],
  ['messages read (ws)', /^receiverOnMessage$/],
  ['bytes read from the sockets', /^onStreamRead$/],
  [
    'HTTP requests',
    /^(parserOnIncoming|onParserExecute|parserOnHeadersComplete|handleRequest|parserOnMessageComplete|resOnFinish|onFinish)$/,
  ],
];
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nameOf = ({ callFrame: f }) =>
  `${f.functionName || '(anonymous)'} ${f.url ? basename(f.url) : ''}:${f.lineNumber + 1}`;

function print(shares, total) {
  [...shares]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([k, v]) => console.log(`${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`));
}

if (mode === 'heap') {
  const bytes = new Map();
  let total = 0;
  const walk = (node, chain) => {
    const here = [nameOf(node), ...chain].slice(0, 3);
    total += node.selfSize;
    if (node.selfSize > 0) {
      const k = here.join(' < ');
      bytes.set(k, (bytes.get(k) ?? 0) + node.selfSize);
    }
    for (const c of node.children) walk(c, here);
  };
  walk(profile.head, []);
  console.log(`${(total / 1e6).toFixed(0)} MB sampled`);
  print(bytes, total);
} else {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const shares = new Map();
  const add = (k, dt) => shares.set(k, (shares.get(k) ?? 0) + dt);
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    if (mode === 'self') return add(nameOf(byId.get(id)), dt);
    if (mode === 'parts') {
      const names = [];
      for (let n = id; n !== undefined; n = parent.get(n))
        names.push(byId.get(n).callFrame.functionName);
      const part = PARTS.find(([, re]) => names.some((f) => re.test(f)));
      return add(part ? part[0] : 'the rest', dt);
    }
    if (mode === 'total') {
      // (a function on the stack twice counts once)
      const seen = new Set();
      for (let n = id; n !== undefined; n = parent.get(n)) seen.add(nameOf(byId.get(n)));
      for (const k of seen) add(k, dt);
      return;
    }
    let n = id;
    while (n !== undefined && !nameOf(byId.get(n)).startsWith(arg)) n = parent.get(n);
    if (n === undefined) return;
    const chain = [];
    for (let p = parent.get(n), d = 0; p !== undefined && d < 4; p = parent.get(p), d++)
      chain.push(nameOf(byId.get(p)));
    add(chain.join(' < '), dt);
  });
  console.log(`${(total / 1000).toFixed(0)} ms sampled`);
  print(shares, total);
}
