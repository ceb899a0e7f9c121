// A process that saves a game over and over, for the tests of concurrent saves: it writes each
// file named after the target in turn to the target, `count` times, then exits.
import { readFileSync } from 'node:fs';
import { writeAtomic } from '../src/cli/save-file';

const [target, count, ...sources] = process.argv.slice(2);
const texts = sources.map((f) => readFileSync(f, 'utf8'));
for (let i = 0; i < Number(count); i++) writeAtomic(target!, texts[i % texts.length]!);
