// Games with other people in a real browser: a real server (SQLite in a temporary folder, the
// built game), two browser contexts, a test clock for deadlines; and hot-seat with no server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer, TestClock, type RunningServer } from '../src/server';
import { clickAndWait, updates } from './support/driver';
import { openBrowser } from './support/harness';

let server: RunningServer;
let clock: TestClock;
let dir: string;
const browsers: Awaited<ReturnType<typeof openBrowser>>[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'uchronia-e2e-db-'));
  clock = new TestClock(Date.now());
  server = await startServer({
    db: `sqlite:${join(dir, 'e2e.db')}`,
    staticDir: 'dist/web',
    clock,
    tickMs: 0,
    rateLimit: 100_000,
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  for (const b of browsers.splice(0)) await b.close();
  expect(pageErrors.splice(0)).toEqual([]);
});

async function newPage(): Promise<Page> {
  const b = await openBrowser();
  browsers.push(b);
  const page = b.context.pages()[0] ?? (await b.context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

/** Makes a game from the lobby as Mexico: the United States a person, the Soviet Union a bot.
 *  Returns the United States' invite link. */
async function makeGame(page: Page, pace: 'live' | 'async'): Promise<string> {
  await page.goto(`${server.url}/?lobby&seed=11`);
  await page.getByRole('radio', { name: /Revolutionary Mexico/ }).check();
  await page.getByLabel('Who plays Soviet Union').selectOption('random');
  if (pace === 'async') {
    await page.getByRole('radio', { name: /Asynchronous/ }).check();
    await page.getByRole('textbox', { name: 'Deadline per month' }).fill('2');
    await page.getByLabel('Deadline unit').selectOption('hours');
  }
  await page.getByRole('button', { name: /Make the game as/ }).click();
  const invite = await page.getByLabel('Invite link for United States').inputValue();
  await page.getByLabel('Observer link (the public view only)').waitFor();
  await page.getByRole('link', { name: /Play as Revolutionary Mexico/ }).click();
  await page.locator('.app.online[data-online="true"]').waitFor();
  return invite;
}

const attr = (page: Page, name: string) => page.locator('.app').getAttribute(name);

/** Plays this seat's move if it has one: the first option of a decision, or "End month". */
async function moveIfYours(page: Page): Promise<'moved' | 'waiting' | 'end'> {
  if (await page.locator('#ending-title').count()) return 'end';
  if (
    (await attr(page, 'data-your-move')) !== 'true' ||
    (await attr(page, 'data-busy')) !== 'false'
  )
    return 'waiting';
  const decision = page.locator('.decision button.option');
  const end = page.getByRole('button', { name: /End month/ });
  const guide = page.getByRole('button', { name: 'Close the guide' });
  if (await guide.count()) await guide.click();
  if (await decision.count()) await clickAndWait(page, () => decision.first().click());
  else if (await end.count()) await clickAndWait(page, () => end.click());
  else return 'waiting';
  return 'moved';
}

/** Plays this seat's moves as they come, until the ending shows; returns how many it played. */
async function playToTheEnd(page: Page): Promise<number> {
  for (let moves = 0; moves < 400; moves++) {
    await page.waitForFunction(
      () =>
        document.querySelector('#ending-title') !== null ||
        (document.querySelector('.app')?.getAttribute('data-your-move') === 'true' &&
          document.querySelector('.app')?.getAttribute('data-busy') === 'false'),
      undefined,
      { timeout: 60_000 },
    );
    if ((await moveIfYours(page)) === 'end') return moves;
  }
  throw new Error('the game did not end');
}

describe('online games in the browser', () => {
  it('two players play a live game to its end against a bot; then all is revealed, and a rematch', async () => {
    const mexico = await newPage();
    const invite = await makeGame(mexico, 'live');
    const usa = await newPage();
    await usa.goto(invite);
    await usa.locator('.app.online[data-seat="usa"][data-online="true"]').waitFor();
    // chat between the players, in their panel
    for (const page of [mexico, usa]) await page.locator('.seat-panel-toggle').click();
    await mexico.getByLabel('Message to the other players').fill('¡Buenos días!');
    await mexico.getByRole('button', { name: 'Send' }).click();
    await usa.locator('.chat-lines li').filter({ hasText: '¡Buenos días!' }).waitFor();
    // the panel folds away again, leaving the game's screen whole
    for (const page of [mexico, usa]) await page.locator('.seat-panel-toggle').click();

    const moves = (await Promise.all([mexico, usa].map(playToTheEnd))).reduce((a, b) => a + b);
    expect(moves).toBeGreaterThan(10);
    for (const page of [mexico, usa]) {
      await page.locator('.revealed-faction').nth(2).waitFor();
      // every faction's secrets: the Soviet Union's NKVD networks too
      expect(await page.locator('.revealed-faction[data-faction="ussr"]').textContent()).toMatch(
        /NKVD/i,
      );
    }
    const ended = new URL(mexico.url()).searchParams.get('match');
    await mexico.getByRole('button', { name: /Rematch/ }).click();
    await mexico.waitForURL((u) => u.searchParams.get('match') !== ended);
    await mexico.locator('.app.online[data-online="true"]').waitFor();
    await mexico.waitForFunction(
      () => Number(document.querySelector('.app')?.getAttribute('data-updates')) > 0,
    );
    expect(await mexico.locator('#ending-title').count()).toBe(0);
  });

  it('an asynchronous game: the deadline passes and the absent seat’s bot plays its month', async () => {
    const mexico = await newPage();
    await makeGame(mexico, 'async');
    await mexico.locator('.seat-panel-toggle').click();
    await mexico.locator('.move-state').filter({ hasText: /left/ }).waitFor();
    // Mexico plays until the game waits for the United States, whose player never came
    for (let i = 0; i < 20 && (await moveIfYours(mexico)) === 'moved'; i++);
    expect(await attr(mexico, 'data-your-move')).toBe('false');
    const date = await mexico.locator('.date').textContent();
    const match = new URL(mexico.url()).searchParams.get('match')!;

    const seen = await updates(mexico);
    clock.advance(2 * 3600_000 + 1000);
    expect(await server.tick()).toBe(1);
    await mexico.waitForFunction(
      (n) => Number(document.querySelector('.app')?.getAttribute('data-updates')) > n,
      seen,
    );
    await mexico
      .locator('.toast')
      .filter({ hasText: /United States: its bot played/ })
      .waitFor();
    const bot = await server.connection.db
      .selectFrom('actions')
      .select(['faction', 'actor'])
      .where('match_id', '=', match)
      .where('actor', '=', 'bot')
      .where('faction', '=', 'usa')
      .execute();
    expect(bot.length).toBeGreaterThan(0);
    await mexico.waitForFunction(
      () => document.querySelector('.app')?.getAttribute('data-your-move') === 'true',
    );
    // the United States' month is played: Mexico's next decision, or the next month, is here
    expect(
      (await mexico.locator('.decision').count()) > 0 ||
        (await mexico.locator('.date').textContent()) !== date,
    ).toBe(true);
    // the lobby lists it first, as waiting for this player
    await mexico.goto(`${server.url}/?lobby`);
    await mexico.locator('.games-list li[data-your-turn="true"]').first().waitFor();
  });
});

describe('every bundled scenario online', () => {
  it('a game of the Cuban missiles, made in the lobby, opens its seat as that scenario', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/?lobby&seed=3`);
    await page.getByLabel('Scenario').selectOption('cuban-missiles-1962');
    await page.getByRole('heading', { name: /Thirteen Days/ }).waitFor();
    await page.getByRole('radio', { name: /United States/ }).check();
    for (const other of ['Soviet Union', 'Cuba'])
      await page.getByLabel(`Who plays ${other}`).selectOption('random');
    await page.getByRole('button', { name: /Make the game as United States/ }).click();
    await page.getByRole('link', { name: /Play as United States/ }).click();
    await page.locator('.app.online[data-online="true"]').waitFor();
    // the seat shows the match's scenario, not the page's first one
    await page.locator('.topbar .date').waitFor();
    await expect
      .poll(() => page.locator('.topbar').textContent(), { timeout: 30_000 })
      .toMatch(/1962[^]*United States/);
  });
});

describe('hot-seat on one device', () => {
  it('passes the device between two seats; nothing of the first seat is left while the second plays', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/?hotseat&seed=4`);
    await page.getByRole('button', { name: /Begin with 2 players/ }).click();
    await page.getByRole('heading', { name: /Pass the device to Revolutionary Mexico/ }).waitFor();
    await clickAndWait(page, () =>
      page.getByRole('button', { name: /I play Revolutionary Mexico/ }).click(),
    );
    // Mexico's own secret: its treasury
    await page.locator('.track-name').filter({ hasText: 'Treasury' }).waitFor();
    for (let i = 0; i < 20; i++) {
      if (await page.getByRole('heading', { name: /Pass the device to United States/ }).count())
        break;
      const decision = page.locator('.decision button.option');
      if (await decision.count()) await clickAndWait(page, () => decision.first().click());
      else await clickAndWait(page, () => page.getByRole('button', { name: /End month/ }).click());
    }
    const secrets = async () => ({
      tracks: await page.locator('.track-name').filter({ hasText: 'Treasury' }).count(),
      why: await page.locator('#why-treasury, [aria-describedby="why-treasury"]').count(),
      game: await page.locator('.game').count(),
    });
    expect(await secrets()).toEqual({ tracks: 0, why: 0, game: 0 });
    await clickAndWait(page, () =>
      page.getByRole('button', { name: /I play United States/ }).click(),
    );
    await page.locator('.track-name').filter({ hasText: 'CIA Funds' }).waitFor();
    expect(await secrets()).toEqual({ tracks: 0, why: 0, game: 1 });
    expect(await page.content()).not.toContain('Treasury');
    // and nothing of the game in the browser's storage
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    const saved = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('uchronia', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('saves', { keyPath: 'name' });
          open.onsuccess = () => {
            const all = open.result.transaction('saves').objectStore('saves').getAll();
            all.onsuccess = () => resolve(all.result.length);
          };
        }),
    );
    expect(saved).toBe(0);
  });
});
