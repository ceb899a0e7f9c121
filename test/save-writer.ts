// A process that saves a game over and over, for the tests of concurrent saves: it writes each
// file named after the target in turn to the target, `count` times, then exits.
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../src/node/atomic-write';

const [target, count, ...sources] = process.argv.slice(2);
const texts = sources.map((f) => readFileSync(f, 'utf8'));
for (let i = 0; i < Number(count); i++) writeFileAtomic(target!, texts[i % texts.length]!);
