// The paired gap between two probe runs of the same seeds: for each faction, the first run's score
// minus the second's, seed by seed, with a 95% confidence interval. Reads the `--progress` lines
// ("seed N: ending mexico=.. usa=.. ussr=..") of scripts/probe.ts.
//   node --import tsx scripts/paired.ts <first.txt> <second.txt>
import { readFileSync } from 'node:fs';

function scores(file: string): Map<number, Record<string, number>> {
  const out = new Map<number, Record<string, number>>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^seed (\d+): \S+ (.*)$/.exec(line);
    if (!m) continue;
    const s: Record<string, number> = {};
    for (const kv of m[2]!.split(' ')) {
      const [f, v] = kv.split('=');
      s[f!] = Number(v);
    }
    out.set(Number(m[1]), s);
  }
  return out;
}

const [a, b] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: paired.ts <first.txt> <second.txt>');
const first = scores(a);
const second = scores(b);
const seeds = [...first.keys()].filter((s) => second.has(s)).sort((x, y) => x - y);
const factions = Object.keys(first.get(seeds[0]!) ?? {});
console.log(`${seeds.length} seeds in both (${seeds[0]}..${seeds.at(-1)})`);
for (const f of factions) {
  const d = seeds.map((s) => first.get(s)![f]! - second.get(s)![f]!);
  const mean = d.reduce((x, y) => x + y, 0) / d.length;
  const sd = Math.sqrt(d.reduce((x, y) => x + (y - mean) ** 2, 0) / Math.max(1, d.length - 1));
  console.log(
    `${f.padEnd(8)} ${mean.toFixed(1).padStart(6)} ± ${((1.96 * sd) / Math.sqrt(d.length)).toFixed(1)}`,
  );
}
