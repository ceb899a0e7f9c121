// Every screen, at a desktop and a phone size: axe-core finds nothing, and the page is never wider
// than the viewport.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser } from './harness';
import { phase, playMove, startGame } from './driver';
import { axeViolations, overflowX } from './checks';

const url = inject('baseUrl');
let browser: Awaited<ReturnType<typeof openBrowser>> | null = null;
afterEach(async () => void (await browser?.close()));

async function open(width: number, height: number): Promise<Page> {
  browser = await openBrowser({ width, height });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  return page;
}

/** Runs both checks on the screen as it is, under a name that says which screen it is. */
async function check(page: Page, screen: string, found: string[]): Promise<void> {
  await page.waitForTimeout(150);
  for (const v of await axeViolations(page)) found.push(`${screen}: ${v}`);
  const over = await overflowX(page);
  if (over > 0) found.push(`${screen}: the page is ${over}px wider than the viewport`);
}

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
