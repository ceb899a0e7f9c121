// Every screen, at a desktop and a phone size: axe-core finds nothing, and the page is never wider
// than the viewport.
import { describe, expect, inject, it } from 'vitest';
import { pageOpener } from './support/pages';
import { phase, playMove, startGame } from './support/driver';
import { checkScreen as check } from './support/checks';

const url = inject('baseUrl');
const open = pageOpener();

describe.each([
  [1366, 800],
  [412, 915],
])('every screen at %i×%i', (width, height) => {
  it('has no axe-core violations and fits the viewport', async () => {
    const page = await open(width, height);
    const found: string[] = [];
    await page.goto(`${url}?seed=4`);
    await page.getByRole('button', { name: /^Begin/ }).waitFor();
    await check(page, 'title', found);
    await startGame(page, url, /Revolutionary Mexico/, 4);
    await check(page, 'map', found);
    await page.locator('[data-region="mexico_city"]').click();
    await check(page, 'region card', found);
    for (const tab of ['Report', 'Chronicle', 'Charts', 'What if']) {
      await page.getByRole('tab', { name: new RegExp(tab) }).click();
      await page.waitForTimeout(400);
      await check(page, tab, found);
    }
    await page.getByRole('tab', { name: /Map/ }).click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await check(page, 'menu', found);
    await page.keyboard.press('Escape');
    let moves = 0;
    await playMove(page);
    while ((await phase(page)) === 'decide') await playMove(page);
    // what moved a region and a person last month
    await page.getByRole('tab', { name: /Map/ }).click();
    await page.locator('[data-region="mexico_city"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.region-card .region-month').waitFor();
    await check(page, 'region card, a month on', found);
    await page.locator('.people li').first().focus();
    await check(page, 'person', found);
    while ((await phase(page)) !== 'decide' && moves++ < 40) await playMove(page);
    if ((await phase(page)) === 'decide') await check(page, 'decision', found);
    while ((await phase(page)) !== 'end' && moves++ < 400) await playMove(page);
    await check(page, 'end', found);
    for (const tab of ['Charts', 'What if']) {
      await page.getByRole('tab', { name: new RegExp(tab) }).click();
      await page.waitForTimeout(400);
      await check(page, `end ${tab}`, found);
    }
    expect(found).toEqual([]);
  });
});
