// What changed last month and why, for every figure the player sees: a person's health and a
// region's unrest as the sum of their named causes, and each sum the change the page shows.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageOpener } from './support/pages';
import { phase, playMove, startGame } from './support/driver';

const url = inject('baseUrl');
const open = pageOpener();

/** Every region's unrest as the map's markers tell it. */
async function unrest(page: Page): Promise<Map<string, number>> {
  const rows = await page
    .locator('[data-region]')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-region')!, e.querySelector('title')!.textContent!]),
    );
  return new Map(rows.map(([id, t]) => [id!, Number(/unrest (\d+)/.exec(t!)![1])]));
}

/** A person's health as the People list shows it. */
async function health(page: Page, name: RegExp): Promise<number> {
  const text = await page.locator('.people li').filter({ hasText: name }).innerText();
  return Number(/health (\d+)/.exec(text)![1]);
}

/** The sum a "what moved" list says, and the sum of its parts. */
function sums(text: string): { total: number; parts: number } {
  const num = (s: string) => Number(s.replace('−', '-').replace('+', ''));
  const total = /moved ([+−-]?[\d.]+):/.exec(text);
  const parts = [...text.matchAll(/([+−-][\d.]+)\s*$/gm)].map((m) => num(m[1]!));
  return { total: total ? num(total[1]!) : 0, parts: parts.reduce((a, b) => a + b, 0) };
}

async function endMonth(page: Page): Promise<void> {
  await playMove(page);
  while ((await phase(page)) === 'decide') await playMove(page);
}

describe("a person's and a region's change last month", () => {
  it("tells what moved the faction's people's health, cause by cause", async () => {
    const page = await open();
    await startGame(page, url, /Revolutionary Mexico/, 4);
    const person = page.locator('.people li').filter({ hasText: /Trotsky/ });
    let moved = '';
    for (let month = 0; month < 14 && !moved; month++) {
      const before = await health(page, /Trotsky/);
      await endMonth(page);
      if ((await phase(page)) === 'end') break;
      await person.focus();
      const tip = person.locator('.why');
      await tip.waitFor({ state: 'visible' });
      const text = await tip.innerText();
      expect(text).toMatch(/^Last month \(\w+ 194\d\) health (moved|did not move)/);
      const after = await health(page, /Trotsky/);
      const { total, parts } = sums(text);
      // the sum is what the health moved, and the sum of its named parts
      expect(Math.abs(total - (after - before))).toBeLessThanOrEqual(1);
      expect(parts).toBeCloseTo(total, 1);
      if (after !== before) moved = text;
    }
    // a month that moved it names its causes: an event, a decision, an order
    expect(moved).toMatch(/(Event|Decision|order): /);
    expect(await person.getAttribute('aria-label')).toMatch(/Trotsky: health \d+/);
  });

  it("tells what moved a region's unrest in its details", async () => {
    const page = await open();
    await startGame(page, url, /Revolutionary Mexico/, 4);
    await page.locator('[data-region="mexico_city"]').waitFor();
    let before = await unrest(page);
    let after = before;
    let changed: [string, number][] = [];
    for (let month = 0; month < 14 && changed.length === 0; month++) {
      before = after;
      await endMonth(page);
      // the month's report comes first; the map is a tab away
      await page.getByRole('tab', { name: /^Map/ }).click();
      await page.locator('[data-region="mexico_city"]').waitFor();
      after = await unrest(page);
      changed = [...after].filter(([id, u]) => u !== before.get(id));
    }
    expect(changed.length).toBeGreaterThan(0);
    for (const [id] of [...changed.slice(0, 3), [...after][0]!]) {
      await page.locator(`[data-region="${id}"]`).focus();
      await page.keyboard.press('Enter');
      const list = page.locator('.region-card .region-month');
      await list.waitFor();
      const text = await list.innerText();
      expect(text).toMatch(/^Last month \(\w+ 1945\) unrest (moved|did not move)/);
      const { total, parts } = sums(text);
      expect(Math.abs(total - (after.get(id)! - before.get(id)!))).toBeLessThanOrEqual(1);
      expect(parts).toBeCloseTo(total, 1);
      await page.getByRole('button', { name: 'Close region details' }).click();
    }
  });

  it('names a covert order in what it moved once it is exposed, and not before', async () => {
    const page = await open();
    let exposedNamed = '';
    for (let seed = 1; seed <= 3 && !exposedNamed; seed++) {
      await startGame(page, url, /Revolutionary Mexico/, seed);
      for (let month = 0; month < 16 && !exposedNamed; month++) {
        await endMonth(page);
        if ((await phase(page)) === 'end') break;
        const report = await page.locator('.news').innerText();
        const moved = page.locator('.tracks .track[aria-label*="since last month"]');
        for (let i = 0; i < (await moved.count()); i++) {
          const row = moved.nth(i);
          await row.focus();
          const why = await row.locator('.why').innerText();
          for (const m of why.matchAll(/^(.+)'s order: (.+?)(?: \((.+)\))?\s*[+−-][\d.]+$/gm)) {
            const [, who, order, where] = m;
            const told = `${who}: ${order}${where ? ` in ${where}` : ''}`;
            const exposed = `Exposed: ${who} was behind ${order}${where ? ` in ${where}` : ''}`;
            // another faction's order is named only where the report tells of it: an open
            // order, or a covert one exposed
            expect(report.includes(told) || report.includes(exposed), `${m[0]} in\n${report}`).toBe(
              true,
            );
            if (!report.includes(told) && report.includes(exposed)) exposedNamed = m[0];
          }
        }
      }
    }
    expect(exposedNamed).not.toBe('');
  });
});
