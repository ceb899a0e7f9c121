// The Cuban Missile Crisis in the browser: picked from the title screen, played day by day, its
// dates and turn count shown by the day.
import { expect, inject, it } from 'vitest';
import { pageOpener } from './support/pages';
import { clickAndWait, phase } from './support/driver';

const url = inject('baseUrl');
const open = pageOpener();
const WAIT = { timeout: 15_000 };

it('plays the Cuban Missile Crisis by the day', async () => {
  const page = await open(1366, 800);
  await page.goto(`${url}?seed=3`);
  const pick = page.getByRole('region', { name: 'Scenario' });
  const cuba = pick.getByRole('button', { name: /Thirteen Days/ });
  expect(await cuba.textContent()).toMatch(/3 factions · 11 regions · 36 days/);
  await cuba.click();
  await expect
    .poll(() => page.locator('#start-title').textContent(), WAIT)
    .toMatch(/Thirteen Days/);
  expect(await page.getByRole('button', { name: /^Begin/ }).textContent()).toMatch(
    /Begin 36 days of history/,
  );
  await clickAndWait(page, () => page.getByRole('button', { name: /^Begin/ }).click());
  expect(await page.locator('.topbar .date').textContent()).toBe('16 October 1962');
  expect(await page.locator('.topbar .sub').textContent()).toMatch(/Day 1 of 36/);
  // Play until the second day: the first option of any decision, then "End day".
  for (
    let i = 0;
    i < 6 && (await page.locator('.topbar .date').textContent()) === '16 October 1962';
    i++
  ) {
    if ((await phase(page)) === 'decide')
      await clickAndWait(page, () => page.locator('.decision button.option').first().click());
    else await clickAndWait(page, () => page.getByRole('button', { name: /End day/ }).click());
  }
  expect(await page.locator('.topbar .date').textContent()).toBe('17 October 1962');
  expect(await page.locator('.topbar .sub').textContent()).toMatch(/Day 2 of 36/);
  expect(await page.getByRole('button', { name: /End month/ }).count()).toBe(0);
});
