// The page explains, teaches and respects the player: each figure's change last month by its
// causes, the first month guided, the briefing and glossary at any time, saves that ask before
// they replace a game, and settings that last.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageOpener } from './support/pages';
import { clickAndWait, phase, playMove, startGame } from './support/driver';
import { checkScreen as check, overflowX } from './support/checks';

const url = inject('baseUrl');
const open = pageOpener();

/** The text of a figure's "why", shown as the player focuses the figure. */
async function why(page: Page, figure: RegExp): Promise<string> {
  const row = page.locator('.tracks .track').filter({ hasText: figure }).first();
  await row.focus();
  const tip = row.locator('.why');
  await tip.waitFor({ state: 'visible' });
  return tip.innerText();
}

describe('the browser game', () => {
  it("tells each figure's change last month as the sum of its named causes", async () => {
    const page = await open();
    await startGame(page, url, /Revolutionary Mexico/, 4);
    expect(await why(page, /Treasury/)).not.toMatch(/Last month/);
    // an order that costs money: its cost shows under the treasury's change next month
    const card = page
      .locator('.order-card')
      .filter({ has: page.locator('.cost', { hasText: /Treasury/ }) })
      .filter({ has: page.locator('button:not([disabled])', { hasText: 'Give order' }) })
      .first();
    await card.getByRole('button', { name: /^Give order/ }).click();
    await clickAndWait(page, () => page.getByRole('button', { name: /End month/ }).click());
    while ((await phase(page)) === 'decide') await playMove(page);
    const text = await why(page, /Treasury/);
    expect(text).toMatch(/Last month \(\w+ 1945\) it moved [+−-]?\d/);
    expect(text).toMatch(/The cost of your order: /);
    expect(text).toMatch(/Drift: /);
    // the arrow beside the figure is that month's change
    const label = await page
      .locator('.tracks .track')
      .filter({ hasText: /Treasury/ })
      .first()
      .getAttribute('aria-label');
    const moved = /it moved ([+−-]?[\d.]+)/.exec(text)![1]!.replace('−', '-');
    expect(label).toContain(`${Number(moved) > 0 ? '+' : '−'}${Math.abs(Number(moved))} since`);
  });

  it('guides the first month, and shows the briefing and glossary at any time', async () => {
    const page = await open();
    await startGame(page, url, /Revolutionary Mexico/, 4);
    const guide = page.locator('.guide');
    await guide.waitFor();
    expect(await guide.innerText()).toMatch(/Your first month as .*Give up to 2 orders/s);
    await guide.getByRole('button', { name: /Read your briefing/ }).click();
    const dialog = page.getByRole('dialog', { name: /Briefing/ });
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toMatch(/You want:/);
    expect(text).toMatch(/How the game ends/);
    expect(text).toMatch(/Glossary/);
    expect(text).toMatch(/Leon Trotsky/);
    expect(text).toMatch(/Veracruz/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // the key B opens it in any month; the guide is gone after the first
    await playMove(page);
    while ((await phase(page)) === 'decide') await playMove(page);
    expect(await page.locator('.guide').count()).toBe(0);
    await page.keyboard.press('b');
    await dialog.waitFor();
    // while it is open, the game's keys wait: E does not end the month
    const turn = await page.locator('.date').getAttribute('data-turn');
    await page.keyboard.press('e');
    await page.waitForTimeout(300);
    expect(await page.locator('.date').getAttribute('data-turn')).toBe(turn);
    await page.getByRole('button', { name: 'Close the briefing' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Briefing' }).click();
    await dialog.waitFor();
  });

  it('asks before a new game replaces the game in progress, and can keep it', async () => {
    const page = await open();
    await startGame(page, url, /Revolutionary Mexico/, 4);
    await playMove(page);
    while ((await phase(page)) === 'decide') await playMove(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Back to the title screen' }).click();
    const auto = await page.locator('.saved .primary').innerText();
    await page.getByRole('button', { name: /^Begin/ }).click();
    const ask = page.getByRole('alertdialog', { name: /Start a new game/ });
    await ask.waitFor();
    // cancel: nothing changes
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await page.locator('.saved .primary').innerText()).toBe(auto);
    // keep it, then start: the old game is on the list of saves
    await page.getByRole('button', { name: /^Begin/ }).click();
    await clickAndWait(page, () =>
      ask.getByRole('button', { name: 'Keep it as a named save first' }).click(),
    );
    expect(await page.locator('.date').getAttribute('data-turn')).toBe('0');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Back to the title screen' }).click();
    await page
      .locator('.save-list')
      .getByText(/^Kept: /)
      .waitFor();
  });

  it('asks before a save is written over, and before going back to a past decision', async () => {
    const page = await open();
    await startGame(page, url, /Revolutionary Mexico/, 4);
    const save = async () => {
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('textbox', { name: 'Name of the save' }).fill('Slot one');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
    };
    await save();
    await page.getByText('Saved as “Slot one”').waitFor();
    await page.keyboard.press('Escape');
    await save();
    const ask = page.getByRole('alertdialog', { name: /Replace the save “Slot one”/ });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Replace it' }).click();
    await page.getByText('Saved as “Slot one”').waitFor();
    await page.keyboard.press('Escape');
    let moves = 0;
    while ((await page.locator('.decision').count()) === 0 && moves++ < 60) await playMove(page);
    await playMove(page); // the decision
    while ((await phase(page)) === 'decide') await playMove(page);
    await page.getByRole('tab', { name: /What if/ }).click();
    await page
      .getByRole('button', { name: /^Go back to / })
      .first()
      .click();
    const fork = page.getByRole('alertdialog', { name: /Go back to/ });
    await fork.waitFor();
    const turn = await page.locator('.date').getAttribute('data-turn');
    await fork.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('.date').getAttribute('data-turn')).toBe(turn);
  });

  it('keeps its settings, and with confirmations off starts without asking', async () => {
    const page = await open(412, 915);
    await page.goto(`${url}?seed=4`);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('radio', { name: 'Larger' }).check();
    await dialog.getByRole('checkbox', { name: /Reduce motion/ }).check();
    await dialog.getByRole('checkbox', { name: /Colour-blind-safe/ }).check();
    await dialog.getByRole('checkbox', { name: /Ask before/ }).uncheck();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.reload();
    await page.getByRole('button', { name: /^Begin/ }).waitFor();
    const root = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(root).toMatchObject({ textSize: 'larger', motion: 'reduced', palette: 'safe' });
    expect(await page.evaluate(() => getComputedStyle(document.body).zoom)).toBe('1.3');
    expect(await overflowX(page)).toBe(0);
    await startGame(page, url, /Revolutionary Mexico/, 4);
    await playMove(page);
    while ((await phase(page)) === 'decide') await playMove(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Back to the title screen' }).click();
    await clickAndWait(page, () => page.getByRole('button', { name: /^Begin/ }).click());
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await overflowX(page)).toBe(0);
    // the safe palette colours the factions' marks
    const fill = await page.locator('.legend path').first().getAttribute('fill');
    expect(fill?.toUpperCase()).toBe('#D55E00');
  });

  for (const [width, height] of [
    [1366, 800],
    [412, 915],
  ] as const)
    it(`its new screens have no axe-core violations and fit at ${width}×${height}`, async () => {
      const page = await open(width, height);
      const found: string[] = [];
      await page.goto(`${url}?seed=4`);
      await page.getByRole('button', { name: 'Settings' }).click();
      await check(page, 'settings', found);
      await page.keyboard.press('Escape');
      await startGame(page, url, /Revolutionary Mexico/, 4);
      await check(page, 'first month', found);
      await page.keyboard.press('b');
      await check(page, 'briefing', found);
      await page.keyboard.press('Escape');
      await playMove(page);
      while ((await phase(page)) === 'decide') await playMove(page);
      await page.locator('.tracks .track').first().focus();
      await check(page, 'why', found);
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('button', { name: 'Back to the title screen' }).click();
      await page.getByRole('button', { name: /^Begin/ }).click();
      await page.getByRole('alertdialog').waitFor();
      await check(page, 'confirm', found);
      expect(found).toEqual([]);
    });
});
