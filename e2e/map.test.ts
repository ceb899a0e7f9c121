// The map: regions drawn as areas, zoom and pan by mouse, keys and buttons, names legible and
// never on top of one another at 1024×768; axe-core and the phone's width with the map zoomed.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './support/harness';
import { pageOpener } from './support/pages';
import { playMove, startGame } from './support/driver';
import { axeViolations, overflowX } from './support/checks';

const url = inject('baseUrl');
const open = pageOpener();
/** Opening a scenario compiles it in the worker: allow it a while on a busy machine. */
const WAIT = { timeout: 15_000 };

const zoom = async (page: Page) =>
  Number(await page.locator('.map > svg').getAttribute('data-zoom'));

/** What the map draws for `selector`: its text, font size and box on screen. */
async function drawn(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return {
        text: e.textContent ?? '',
        size: parseFloat(getComputedStyle(e).fontSize),
        box: [r.left, r.top, r.right, r.bottom] as const,
      };
    }),
  );
}
/** The regions' names on the map. */
const names = (page: Page) => drawn(page, '.region-name');

/** A new game as Mexico at this size, once the map has its areas. */
async function openGame(width: number, height: number): Promise<Page> {
  const page = await open(width, height);
  await startGame(page, url, /Revolutionary Mexico/, 4);
  await page.locator('[data-area="mexico_city"]').waitFor();
  return page;
}

const overlaps = (a: readonly number[], b: readonly number[]) =>
  Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!) > 0.5 &&
  Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!) > 0.5;

describe('the map', () => {
  it('draws the regions as areas, and an area opens its region', async () => {
    const page = await openGame(1366, 800);
    const areas = await page.locator('[data-area]').count();
    expect(areas).toBeGreaterThanOrEqual(15);
    // Once the map has opened on Mexico (zoomed in on it)…
    await expect.poll(() => zoom(page), WAIT).toBeGreaterThan(1.5);
    // An area is a shape with a size, not a dot: Chihuahua's is wider than 15 px.
    const box = await page.locator('[data-area="chihuahua"]').boundingBox();
    expect(box!.width).toBeGreaterThan(15);
    await page
      .locator('[data-area="chihuahua"]')
      .click({ position: { x: box!.width / 2, y: box!.height / 2 }, force: true });
    await page.getByRole('region', { name: /Chihuahua details/ }).waitFor();
  });

  it('zooms and pans with the buttons, the keys and the mouse', async () => {
    const page = await openGame(1366, 800);
    const start = await zoom(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await zoom(page)).toBeGreaterThan(start * 1.4);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(await zoom(page)).toBeCloseTo(start, 1);
    // Keys, from a region reached with the keyboard.
    await page.locator('[data-region="mexico_city"]').focus();
    await page.keyboard.press('+');
    expect(await zoom(page)).toBeGreaterThan(start * 1.4);
    const before = await page
      .locator('[data-region="mexico_city"] circle')
      .first()
      .getAttribute('cx');
    await page.keyboard.press('ArrowLeft');
    const after = await page
      .locator('[data-region="mexico_city"] circle')
      .first()
      .getAttribute('cx');
    expect(Number(after)).toBeGreaterThan(Number(before) + 40);
    await page.keyboard.press('0');
    expect(await zoom(page)).toBeCloseTo(start, 1);
    // The wheel zooms in where the pointer is; a drag pans.
    const svg = (await page.locator('.map > svg').boundingBox())!;
    await page.mouse.move(svg.x + svg.width / 2, svg.y + svg.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(200);
    expect(await zoom(page)).toBeGreaterThan(start * 1.2);
    const x0 = Number(
      await page.locator('[data-region="mexico_city"] circle').first().getAttribute('cx'),
    );
    await page.mouse.down();
    await page.mouse.move(svg.x + svg.width / 2 + 120, svg.y + svg.height / 2, { steps: 6 });
    await page.mouse.up();
    await page.waitForTimeout(100);
    const x1 = Number(
      await page.locator('[data-region="mexico_city"] circle').first().getAttribute('cx'),
    );
    expect(x1 - x0).toBeGreaterThan(100);
    // "All regions" shows every region, Buenos Aires too.
    await page.getByRole('button', { name: 'All regions' }).click();
    expect(await zoom(page)).toBe(1);
    await expect.poll(() => page.locator('.legend').textContent(), WAIT).not.toMatch(/out of view/);
  });

  it("opens a region's card where it leaves that region in sight, at 1024×768", async () => {
    const page = await openGame(1024, 768);
    await expect.poll(() => zoom(page), WAIT).toBeGreaterThan(1.5);
    const svg = (await page.locator('.map > svg').boundingBox())!;
    const inView = await page.locator('[data-region]').evaluateAll(
      (els, s) =>
        els
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return (
              r.left >= s.x &&
              r.right <= s.x + s.width &&
              r.top >= s.y &&
              r.bottom <= s.y + s.height
            );
          })
          .map((e) => e.getAttribute('data-region')!),
      svg,
    );
    expect(inView.length).toBeGreaterThanOrEqual(10);
    for (const id of inView) {
      const marker = page.locator(`[data-region="${id}"]`);
      // by the keyboard: a marker's box may be mostly sea, where a click would land
      await marker.focus();
      await page.keyboard.press('Enter');
      const card = page.locator('.region-card');
      await card.waitFor();
      const box = (l: typeof card) =>
        l.evaluate((e) => {
          const r = e.getBoundingClientRect();
          return [r.left, r.top, r.right, r.bottom];
        });
      expect(overlaps(await box(card), await box(marker)), `the card covers ${id}`).toBe(false);
      await page.getByRole('button', { name: 'Close region details' }).click();
    }
  });

  it("keeps each figure's change of last month inside its row at 1024×768", async () => {
    const page = await openGame(1024, 768);
    // a few months in, the treasury has grown by a figure with a decimal
    for (let i = 0; i < 8; i++) await playMove(page);
    const rows = await page.locator('.track').evaluateAll((els) =>
      els.map((e) => {
        const change = e.querySelector('.track-change')!.getBoundingClientRect();
        return { row: e.getBoundingClientRect().right, change: change.right, text: e.textContent };
      }),
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect(r.change, r.text ?? '').toBeLessThanOrEqual(r.row);
  });

  it('keeps names legible and apart at 1024×768, and zooming in names more regions', async () => {
    const page = await openGame(1024, 768);
    const first = await names(page);
    expect(first.length).toBeGreaterThanOrEqual(8);
    for (const n of first) expect(n.size).toBeGreaterThanOrEqual(12);
    for (const [i, a] of first.entries())
      for (const b of first.slice(i + 1))
        expect(overlaps(a.box, b.box), `${a.text} covers ${b.text}`).toBe(false);
    // A region left unnamed for want of room is named once the player zooms in on it.
    const unnamed = await page
      .locator('[data-region]')
      .evaluateAll((els) =>
        els
          .filter((e) => !e.querySelector('.region-name'))
          .map((e) => e.getAttribute('data-region')!),
      );
    const target = unnamed[0] ?? 'puebla';
    await page.locator(`[data-region="${target}"]`).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    expect(await page.locator(`[data-region="${target}"] .region-name`).count()).toBe(1);
    const zoomed = await names(page);
    for (const n of zoomed) expect(n.size).toBeGreaterThanOrEqual(12);
    for (const [i, a] of zoomed.entries())
      for (const b of zoomed.slice(i + 1))
        expect(overlaps(a.box, b.box), `${a.text} covers ${b.text}`).toBe(false);
  });

  it("names the countries at 1024×768, legible and clear of the regions' names and markers", async () => {
    const page = await openGame(1024, 768);
    await expect.poll(() => zoom(page), WAIT).toBeGreaterThan(1.5);
    const countries = await drawn(page, '.country-name');
    const texts = countries.map((c) => c.text);
    expect(texts).toContain('United States of America');
    const map = (await page.locator('.map > svg').boundingBox())!;
    const taken = [...(await names(page)), ...(await drawn(page, '.region .marker'))];
    for (const [i, c] of countries.entries()) {
      expect(c.size).toBeGreaterThanOrEqual(12);
      expect(c.box[0]).toBeGreaterThanOrEqual(map.x);
      expect(c.box[2]).toBeLessThanOrEqual(map.x + map.width);
      for (const t of taken)
        expect(overlaps(c.box, t.box), `${c.text} covers ${t.text || 'a marker'}`).toBe(false);
      for (const d of countries.slice(i + 1))
        expect(overlaps(c.box, d.box), `${c.text} covers ${d.text}`).toBe(false);
    }
    // zoomed out to every region, South America's countries are named too
    await page.getByRole('button', { name: 'All regions' }).click();
    await expect
      .poll(async () => (await drawn(page, '.country-name')).map((c) => c.text))
      .toContain('Brazil');
  });

  it.each([
    [1024, 768],
    [1280, 720],
  ])('leaves the map room to play on at %i×%i, with the first month guided', async (w, h) => {
    const page = await open(w, h);
    await startGame(page, url, /Revolutionary Mexico/, 4);
    await page.locator('.guide').waitFor();
    await page.locator('[data-area="mexico_city"]').waitFor();
    const map = (await page.locator('.map > svg').boundingBox())!;
    expect(map.width).toBeGreaterThanOrEqual(440);
    expect(map.height).toBeGreaterThanOrEqual(280);
    // the views' tabs take one row
    const tabs = await page
      .getByRole('tab')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(new Set(tabs).size).toBe(1);
    // a region's details leave the zoom buttons free
    await page.locator('[data-region="mexico_city"]').focus();
    await page.keyboard.press('Enter');
    const card = (await page.locator('.region-card').boundingBox())!;
    const tools = (await page.locator('.map-tools').boundingBox())!;
    expect(
      overlaps(
        [card.x, card.y, card.x + card.width, card.y + card.height],
        [tools.x, tools.y, tools.x + tools.width, tools.y + tools.height],
      ),
    ).toBe(false);
  });

  it('zooms with a pinch and pans with a finger on a touch screen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uchronia-touch-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      viewport: { width: 412, height: 915 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await startGame(page, url, /Revolutionary Mexico/, 4);
      await page.locator('[data-area="mexico_city"]').waitFor();
      await page.locator('.map > svg').scrollIntoViewIfNeeded();
      const start = await zoom(page);
      const b = (await page.locator('.map > svg').boundingBox())!;
      const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2];
      const cdp = await context.newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints:
            type === 'touchEnd'
              ? []
              : [
                  { x: cx - d, y: cy, id: 0 },
                  { x: cx + d, y: cy, id: 1 },
                ],
        });
      await touch('touchStart', 30);
      for (const d of [50, 70, 90, 110]) await touch('touchMove', d);
      await touch('touchEnd', 0);
      await page.waitForTimeout(200);
      expect(await zoom(page)).toBeGreaterThan(start * 2);
      const cx0 = Number(
        await page.locator('[data-region="mexico_city"] circle').first().getAttribute('cx'),
      );
      const one = (type: 'touchStart' | 'touchMove' | 'touchEnd', dx: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x: cx + dx, y: cy, id: 0 }],
        });
      await one('touchStart', 0);
      for (const dx of [20, 40, 60, 80]) await one('touchMove', dx);
      await one('touchEnd', 0);
      await page.waitForTimeout(200);
      const cx1 = Number(
        await page.locator('[data-region="mexico_city"] circle').first().getAttribute('cx'),
      );
      expect(cx1 - cx0).toBeGreaterThan(60);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [1366, 800],
    [412, 915],
  ])('has no axe-core violations and fits the viewport at %i×%i, zoomed in', async (w, h) => {
    const page = await openGame(w, h);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(150);
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowX(page)).toBe(0);
  });
});
