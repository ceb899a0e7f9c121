// Helpers that play the game through the page, with clicks only.
import type { Page } from 'playwright-core';

/** The number of turns the page has shown so far. */
export async function updates(page: Page): Promise<number> {
  return Number((await page.locator('.app').getAttribute('data-updates')) ?? '0');
}

/** Clicks, then waits until the page shows the next turn. */
export async function clickAndWait(page: Page, click: () => Promise<void>): Promise<void> {
  const before = await updates(page);
  await click();
  await page.waitForFunction(
    (n) =>
      Number(document.querySelector('.app')?.getAttribute('data-updates')) > n &&
      document.querySelector('.app')?.getAttribute('data-busy') === 'false',
    before,
  );
}

export async function startGame(
  page: Page,
  url: string,
  faction: RegExp,
  seed: number,
): Promise<void> {
  await page.goto(`${url}?seed=${seed}`);
  await page.getByRole('radio', { name: faction }).check();
  await clickAndWait(page, async () => {
    const before = await updates(page);
    await page.getByRole('button', { name: /^Begin/ }).click();
    // with a game in progress in the autosave, the page asks first: this one replaces it
    await page.waitForFunction(
      (n) =>
        document.querySelector('[role="alertdialog"]') !== null ||
        Number(document.querySelector('.app')?.getAttribute('data-updates')) > n,
      before,
    );
    const ask = page.getByRole('alertdialog', { name: /Start a new game/ });
    if (await ask.count()) await ask.getByRole('button', { name: 'Replace it' }).click();
  });
}

/** What the page waits for now: a decision, the month's orders, or nothing (the end). */
export async function phase(page: Page): Promise<'decide' | 'orders' | 'end'> {
  if (await page.locator('#ending-title').count()) return 'end';
  if (await page.locator('.decision').count()) return 'decide';
  return 'orders';
}

/** Plays one move: the first option of a decision, or "End month" with no orders. */
export async function playMove(page: Page): Promise<'decide' | 'orders' | 'end'> {
  const p = await phase(page);
  if (p === 'decide')
    await clickAndWait(page, () => page.locator('.decision button.option').first().click());
  else if (p === 'orders')
    await clickAndWait(page, () => page.getByRole('button', { name: /End month/ }).click());
  return p;
}

/** Waits (up to 10 s) until the locator's text matches. */
export async function seeText(page: Page, selector: string, text: RegExp | string): Promise<void> {
  await page.locator(selector).filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
}
