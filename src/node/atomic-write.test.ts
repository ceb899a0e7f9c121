// Saves written by several processes at once, some killed mid-way: the file on disk is always
// one complete save.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { randomPolicy } from '../ai';
import { generatorFrom, legalActions, loadSave, newGame, parseSave, play } from '../engine';
import { saveGame, seedRng, viewFor, waitingFor, type Game } from '../engine';
import { loadMini } from '../../test/helpers';

const ROOT = resolve(import.meta.dirname, '../..');

/** The save of a mini game after `upTo` actions, every faction played at random. */
function saveAfter(seed: number, upTo: number): string {
  const scenario = loadMini();
  const rng = generatorFrom(seedRng(seed));
  let game: Game = newGame(scenario, seed);
  for (let i = 0; i < upTo && game.state.phase !== 'ended'; i++) {
    const f = waitingFor(scenario, game.state)[0]!;
    const action = randomPolicy.decide(
      scenario,
      viewFor(scenario, game.state, f),
      legalActions(scenario, viewFor(scenario, game.state, f)),
      rng,
    );
    const r = play(game, action);
    if (!r.ok) throw new Error(r.error);
    game = r.value.game;
  }
  return saveGame(game, { red: 'human', blue: 'random' });
}

describe('writeFileAtomic', () => {
  it('leaves one complete save when many processes save to one file and some are killed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uchronia-saves-'));
    const texts = [saveAfter(1, 4), saveAfter(2, 200)];
    const sources = texts.map((t, i) => {
      const f = join(dir, `source-${i}.json`);
      writeFileSync(f, t);
      return f;
    });
    const target = join(dir, 'game.save.json');
    const seen: string[] = [];
    const exits: (number | null)[] = [];
    const writers: ChildProcess[] = [];
    const start = (count: number) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'test/save-writer.ts'), target, String(count), ...sources],
        { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      writers.push(child);
      return new Promise<void>((done) =>
        child.on('exit', (code, signal) => {
          if (signal !== 'SIGKILL') exits.push(code);
          done();
        }),
      );
    };
    const finished = [...Array(6)].map((_, i) => start(i < 3 ? 400 : 1_000_000));
    // Kill the endless writers one by one while the others write, reading the file all along.
    let killed = 0;
    const deadline = Date.now() + 60_000;
    while (killed < 3 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1));
      if (existsSync(target)) {
        seen.push(readFileSync(target, 'utf8'));
        if (seen.length % 300 === 0) writers[3 + killed++]!.kill('SIGKILL');
      }
    }
    for (const w of writers.slice(3)) w.kill('SIGKILL'); // past the deadline, if it came to that
    await Promise.all(finished);
    seen.push(readFileSync(target, 'utf8'));
    expect(seen.length).toBeGreaterThan(900);
    const broken = seen.filter((t) => !texts.includes(t));
    expect(broken.map((t) => t.length)).toEqual([]);
    expect(killed).toBe(3);
    expect(exits).toEqual([0, 0, 0]);
    const last = parseSave(seen.at(-1)!);
    expect(last.ok && loadSave(loadMini(), last.value).ok).toBe(true);
    // A writer that finished removed nothing but its own temporary files; a killed one may
    // leave one behind, never in the target's place.
    const temporary = readdirSync(dir).filter((f) => f.startsWith('.game.save.json.'));
    expect(temporary.length).toBeLessThanOrEqual(3);
  }, 90_000);
});
