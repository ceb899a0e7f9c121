// The page tells the truth and can be played with the keyboard: the month's report, the "why"
// of each figure, the people, the chronicle's missed events, the end screen's keys and messages.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageOpener } from './support/pages';
import { clickAndWait, phase, playMove, startGame } from './support/driver';

const url = inject('baseUrl');
const open = pageOpener();

/** Whether the element's centre is drawn on screen by the element itself (not clipped or covered). */
async function shownAtCentre(page: Page, selector: string, minHeight = 40): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el, h) => {
      const r = el.getBoundingClientRect();
      if (r.width < 150 || r.height < h) return `only ${r.width}×${r.height} px`;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && el.contains(hit)
        ? 'shown'
        : `covered by ${hit?.outerHTML.slice(0, 80)}`;
    }, minHeight);
}

const activeInside = (page: Page, selector: string) =>
  page.evaluate((s) => !!document.activeElement?.closest(s), selector);

describe('what the page tells the player', () => {
  it.each([
    [1366, 800],
    [1920, 1080],
  ])('shows the "why" of a figure whole at %i×%i', async (w, h) => {
    const page = await open(w, h);
    await startGame(page, url, /Revolutionary Mexico/, 3);
    const row = page.locator('.tracks .track').nth(2);
    await row.hover();
    expect(await shownAtCentre(page, '.tracks .track:nth-child(3) .why')).toBe('shown');
  });

  it("reports the month's news after the month ends, in the tab and the ticker", async () => {
    const page = await open();
    await startGame(page, url, /Revolutionary Mexico/, 11);
    while ((await playMove(page)) !== 'orders');
    while ((await phase(page)) === 'decide') await playMove(page);
    await page.getByRole('tab', { name: /Report/ }).click();
    expect(await page.locator('.news .news-item').count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: /Map/ }).click();
    expect(await page.locator('.ticker').textContent()).not.toMatch(/nothing your agents/i);
  });

  it("shows the player's people and their health", async () => {
    const page = await open();
    await startGame(page, url, /Revolutionary Mexico/, 3);
    await page
      .locator('.people')
      .filter({ hasText: /Trotsky.*health \d+/ })
      .waitFor();
  });

  it('confirms a save where the player is looking', async () => {
    const page = await open();
    await startGame(page, url, /Revolutionary Mexico/, 3);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('textbox', { name: 'Name of the save' }).fill('first try');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .locator('.menu [role=status]')
      .filter({ hasText: /Saved as “first try”/ })
      .waitFor();
    expect(await shownAtCentre(page, '.menu [role=status]', 12)).toBe('shown');
  });
});

describe('orders', () => {
  it("follows the engine's rule: a targeted order once per target, at several targets", async () => {
    const page = await open();
    await startGame(page, url, /Revolutionary Mexico/, 3);
    // the first order that may go to more than one place, in the first month that has one
    // (early on, Mexico's targeted orders go only where there is trouble: often one region)
    const targeted = page.locator('.order-card').filter({ has: page.locator('select') });
    const severalTargets = () =>
      targeted.evaluateAll((cards) =>
        cards.findIndex((c) => c.querySelectorAll('select option').length > 1),
      );
    let index = await severalTargets();
    for (let month = 0; index < 0 && month < 24; month++) {
      await playMove(page);
      while ((await phase(page)) === 'decide') await playMove(page);
      index = await severalTargets();
    }
    expect(index).toBeGreaterThanOrEqual(0);
    const card = targeted.nth(index);
    const select = card.locator('select');
    const targets = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(targets.length).toBeGreaterThan(1);
    await card.getByRole('button').click();
    expect(await card.getByRole('button').textContent()).toMatch(/given/);
    await select.selectOption(targets[1]!);
    const give = card.getByRole('button');
    if ((await give.textContent())?.match(/Give order/)) {
      await give.click();
      expect(await page.locator('.picks li').count()).toBe(2);
    }
    await select.selectOption(targets[0]!);
    expect(await card.getByRole('button').isDisabled()).toBe(true);
  });
});

describe('the turn loop', () => {
  it('previews the orders given, shows locked orders, and opens the new month on its report', async () => {
    const page = await open();
    await startGame(page, url, /Revolutionary Mexico/, 11);
    await page.locator('.orders .locked summary').click();
    expect(await page.locator('.orders .locked li').count()).toBeGreaterThan(0);
    expect(await page.locator('.orders .locked li').first().textContent()).toMatch(
      /needs|costs|no region fits/,
    );
    await page.locator('.orders .order-card button:not([disabled])').first().click();
    expect(
      (await page.locator('.picks .pick-effects').first().textContent())?.length,
    ).toBeGreaterThan(3);
    await clickAndWait(page, () => page.getByRole('button', { name: /End month/ }).click());
    while ((await phase(page)) === 'decide') await playMove(page);
    expect(await page.getByRole('tab', { name: /Report/ }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await page.locator('.news .moved').waitFor();
  });
});

describe('the keyboard', () => {
  it('reaches the map regions, is held by a decision, and keeps its place after an order', async () => {
    const page = await open();
    await startGame(page, url, /Revolutionary Mexico/, 11);
    let onRegion = false;
    for (let i = 0; i < 80 && !onRegion; i++) {
      await page.keyboard.press('Tab');
      onRegion = await activeInside(page, '[data-region]');
    }
    expect(onRegion).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('.region-card').waitFor();
    const give = page.locator('.orders .order-card button:not([disabled])').first();
    await give.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.picks li').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    expect(await activeInside(page, '.orders')).toBe(true);
    for (let i = 0; i < 40 && (await phase(page)) !== 'decide'; i++) await playMove(page);
    expect(await phase(page)).toBe('decide');
    expect(await activeInside(page, '.decision')).toBe(true);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await activeInside(page, '.decision')).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await activeInside(page, '.decision')).toBe(true);
  });
});

describe('the end of a game', () => {
  it('marks missed canon events, answers C, G and W, and lets the what-if message go', async () => {
    const page = await open();
    // the first of a few seeds whose game runs long enough to miss a canon event
    const missed = page.locator('.chronicle .entry.canon-missed');
    for (const seed of [6, 2, 3, 5, 7, 9]) {
      await startGame(page, url, /Revolutionary Mexico/, seed);
      let moves = 0;
      while ((await playMove(page)) !== 'end') if (++moves > 400) throw new Error('no ending');
      await page.locator('.chronicle .entry').first().waitFor();
      if ((await missed.count()) > 0) break;
      await page.getByRole('button', { name: 'New game' }).click();
    }
    expect(await missed.count()).toBeGreaterThan(0);
    for (const text of await missed.allTextContents())
      expect(text).toMatch(/In the source timeline|did not happen/);
    for (const [key, tab] of [
      ['g', 'Charts'],
      ['w', 'What if'],
      ['c', 'Chronicle'],
    ] as const) {
      await page.keyboard.press(key);
      expect(
        await page.getByRole('tab', { name: new RegExp(tab) }).getAttribute('aria-selected'),
      ).toBe('true');
    }
    await page.keyboard.press('w');
    await page
      .getByRole('button', { name: /^Go back/ })
      .first()
      .click();
    // the page asks before the fork replaces the game in progress
    await clickAndWait(page, () =>
      page
        .getByRole('alertdialog', { name: /Go back to/ })
        .getByRole('button', { name: 'Go back', exact: true })
        .click(),
    );
    await page
      .locator('.toast')
      .filter({ hasText: /back at that decision/ })
      .waitFor();
    await playMove(page);
    expect(await page.locator('.toast').count()).toBe(0);
  });
});
