// The game in a real browser (Debian's Chromium), against the built app.
import { describe, expect, inject, it } from 'vitest';
import { pageOpener } from './support/pages';
import { clickAndWait, playMove, seeText, startGame } from './support/driver';

const url = inject('baseUrl');
const open = pageOpener();

describe('Red Mexico in the browser', () => {
  it('plays a whole campaign as Mexico through clicks, to the ending and its chronicle', async () => {
    const page = await open(1280, 720);
    await startGame(page, url, /Revolutionary Mexico/, 11);
    await seeText(page, '.topbar', 'September 1945');
    expect(await page.locator('.region').count()).toBe(19);
    // Give one order through the map: a region, then an order there.
    await page.locator('[data-region="mexico_city"]').click();
    const give = page
      .locator('.region-card button:not([disabled])')
      .filter({ hasText: 'Give' })
      .first();
    if (await give.count()) {
      await give.click();
      expect(await page.locator('.picks li').count()).toBe(1);
    }
    let moves = 0;
    while ((await playMove(page)) !== 'end')
      if (++moves > 400) throw new Error('the game did not end');
    expect(await page.locator('#ending-title').isVisible()).toBe(true);
    expect(moves).toBeGreaterThan(10);
    await page.locator('.chronicle .entry').first().waitFor();
    expect(await page.locator('.chronicle .entry').count()).toBeGreaterThan(5);
    await page.getByRole('tab', { name: /What if/ }).click();
    await page.locator('.whatif').waitFor();
  });

  it('autosaves: reload the page and continue where the game was', async () => {
    const page = await open(1280, 720);
    await startGame(page, url, /Revolutionary Mexico/, 5);
    for (let i = 0; i < 3; i++) await playMove(page);
    const date = await page.locator('.date').textContent();
    await page.reload();
    await clickAndWait(page, () => page.getByRole('button', { name: /Continue autosave/ }).click());
    expect(await page.locator('.date').textContent()).toBe(date);
  });

  it('refuses a corrupt save with a clear message, and keeps the autosave', async () => {
    const page = await open(1280, 720);
    await startGame(page, url, /Revolutionary Mexico/, 8);
    await playMove(page);
    await playMove(page);
    const date = await page.locator('.date').textContent();
    await page.reload();
    await page.getByRole('button', { name: /Continue autosave/ }).waitFor();
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"uchronia-save","formatVersion":1,'),
    });
    await seeText(page, '[role=alert]', /cannot be loaded.*damaged or cut short/);
    await clickAndWait(page, () => page.getByRole('button', { name: /Continue autosave/ }).click());
    expect(await page.locator('.date').textContent()).toBe(date);
  });

  it('starts as the United States, with its own funds and orders', async () => {
    const page = await open(1280, 720);
    await startGame(page, url, /United States/, 3);
    await seeText(page, '.topbar', 'United States');
    await seeText(page, '.orders', 'CIA Funds');
    await playMove(page);
    await seeText(page, '.topbar', /1945/);
  });
});
