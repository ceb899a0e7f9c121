// Any scenario in the browser: the title screen lists the bundled ones and opens one from a folder
// or a zip, checked by the same loader; a broken one is a readable list of file:line:col; the map
// fits the scenario opened, its regions drawn as areas; saves carry their scenario's name.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser } from './support/harness';
import { clickAndWait, playMove } from './support/driver';
import { axeViolations, overflowX } from './support/checks';

const url = inject('baseUrl');
const MINI = 'test/fixtures/mini';
let browser: Awaited<ReturnType<typeof openBrowser>> | null = null;
afterEach(async () => void (await browser?.close()));
/** Opening a scenario compiles it in the worker: allow it a while on a busy machine. */
const WAIT = { timeout: 15_000 };

async function open(width = 1366, height = 800): Promise<Page> {
  browser = await openBrowser({ width, height });
  return browser.context.pages()[0] ?? (await browser.context.newPage());
}

function filesOf(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const p = join(dir, f);
    if (statSync(p).isFile()) out[relative(dir, p)] = readFileSync(p);
  }
  return out;
}

/** A zip of `files`, each under `folder/` (as zipping a folder makes it). */
function zipOf(files: Record<string, Uint8Array>, folder: string): string {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, data] of Object.entries(files)) entries[`${folder}/${path}`] = data;
  const out = join(mkdtempSync(join(tmpdir(), 'uchronia-zip-')), `${folder}.zip`);
  writeFileSync(out, zipSync(entries));
  return out;
}

const title = (page: Page) => page.locator('#start-title').textContent();

describe('any scenario in the browser', () => {
  it('lists the bundled scenarios, opens a folder, and plays it with its map', async () => {
    const page = await open();
    await page.goto(`${url}?seed=3`);
    const pick = page.getByRole('region', { name: 'Scenario' });
    await expect
      .poll(() => pick.getByRole('button', { pressed: true }).textContent(), WAIT)
      .toMatch(/Red Mexico/);
    await page.getByTestId('open-folder').setInputFiles(MINI);
    await expect.poll(() => title(page), WAIT).toBe('Mini');
    await expect
      .poll(() => pick.getByRole('button', { pressed: true }).textContent(), WAIT)
      .toMatch(/Mini.*opened from your files/);
    await clickAndWait(page, () => page.getByRole('button', { name: /^Begin/ }).click());
    // The map fits the scenario's three regions (in Africa: its cities lie at 9–12°N, 20–22°E),
    // each drawn as an area cut from the land around it.
    await page.locator('[data-area="capital"]').waitFor();
    expect(await page.locator('[data-region]').count()).toBe(3);
    expect(await page.locator('[data-area]').count()).toBe(3);
    const svg = (await page.locator('.map > svg').boundingBox())!;
    for (const id of ['capital', 'north', 'port']) {
      const b = (await page.locator(`[data-region="${id}"] circle`).first().boundingBox())!;
      expect(b.x).toBeGreaterThan(svg.x);
      expect(b.x + b.width).toBeLessThan(svg.x + svg.width);
      expect(b.y).toBeGreaterThan(svg.y);
      expect(b.y + b.height).toBeLessThan(svg.y + svg.height);
    }
    expect(await page.locator('.legend').textContent()).not.toMatch(/out of view/);
    await playMove(page);
    expect(await page.locator('.app').getAttribute('data-updates')).toBe('2');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens a zip, and a save says which scenario it is of', async () => {
    const page = await open();
    await page.goto(`${url}?seed=3`);
    await page.getByTestId('open-zip').setInputFiles(zipOf(filesOf(MINI), 'mini'));
    await expect.poll(() => title(page), WAIT).toBe('Mini');
    await clickAndWait(page, () => page.getByRole('button', { name: /^Begin/ }).click());
    await playMove(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export save file' }).click();
    expect((await download).suggestedFilename()).toMatch(/^mini/);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Back to the title screen' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Saved games' }).textContent(), WAIT)
      .toMatch(/Mini · /);
    // Back to Red Mexico: Mini's autosave cannot load until Mini is open again, and says so.
    await page.getByRole('button', { name: /Red Mexico/ }).click();
    await expect.poll(() => title(page), WAIT).toMatch(/Red Mexico/);
    await page.getByRole('button', { name: /Continue autosave/ }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), WAIT)
      .toMatch(/scenario “mini”.*open its folder or zip/);
  });

  it('shows a broken scenario as a list of its problems, file:line:col, and keeps the one open', async () => {
    const files = filesOf(MINI);
    const text = new TextDecoder().decode(files['scenario.yaml']);
    files['scenario.yaml'] = new TextEncoder().encode(
      text.replace('control: red, unrest: 20', 'control: nobody_here, unrest: 20'),
    );
    for (const [w, h] of [
      [1366, 800],
      [412, 915],
    ] as const) {
      const page = await open(w, h);
      await page.goto(`${url}?seed=3`);
      await page.getByTestId('open-zip').setInputFiles(zipOf(files, 'broken'));
      const alert = page.locator('.scenario-problems');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/broken\.zip does not load/);
      expect(await alert.locator('li').first().textContent()).toMatch(
        /^scenario\.yaml:\d+:\d+ .*nobody_here/,
      );
      expect(await title(page)).toMatch(/Red Mexico/);
      expect(await axeViolations(page)).toEqual([]);
      expect(await overflowX(page)).toBe(0);
      await browser!.close();
      browser = null;
    }
  });

  it('refuses a zip with no scenario in it', async () => {
    const page = await open();
    await page.goto(`${url}?seed=3`);
    await page
      .getByTestId('open-zip')
      .setInputFiles(zipOf({ 'notes.txt': new TextEncoder().encode('hello') }, 'notes'));
    await expect
      .poll(() => page.locator('.scenario-problems').textContent(), WAIT)
      .toMatch(/notes\.zip cannot be opened: there is no scenario\.yaml in it/);
  });
});
