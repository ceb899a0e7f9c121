// `uchronia dev`: the browser game on an author's folder, reloaded on a save and resumed at the
// same point; a broken file shown over the page with file:line:col.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDev, type DevServer } from '../src/cli/author/dev';
import { writeStarter } from '../src/cli/author/new';
import { clickAndWait, playMove } from './support/driver';
import { openBrowser } from './support/harness';

describe('uchronia dev', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'uchronia-dev-')), 'my-scenario');
  writeStarter(dir);
  let server: DevServer | null = null;
  let browser: Awaited<ReturnType<typeof openBrowser>> | null = null;
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const edit = (file: string, from: string, to: string) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };

  it('plays the folder, keeps the game through an edit, and shows a broken file’s errors', async () => {
    server = await startDev(dir, 0);
    browser = await openBrowser();
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.url}?seed=3`);
    // Vite compiles the app on first request: slow on a busy machine.
    await page.getByRole('radio', { name: /The Government/ }).check({ timeout: 150_000 });
    await clickAndWait(page, () => page.getByRole('button', { name: /^Begin/ }).click());
    for (let i = 0; i < 3; i++) await playMove(page);
    const date = (await page.locator('.date').first().textContent())!.trim();
    expect(date).not.toBe('');

    // A text edited: the page reloads, on the new text, at the same month.
    edit('texts/en.yaml', 'name: Treasury', 'name: Exchequer');
    await page.getByText('Exchequer').first().waitFor({ timeout: 150_000 });
    expect((await page.locator('.date').first().textContent())!.trim()).toBe(date);

    // A misspelt track: the page shows every error with file:line:col, over the game.
    edit('orders.yaml', 'add: { support: 3 }', 'add: { suport: 3 }');
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 60_000 });
    await expect
      .poll(() => overlay.evaluate((o) => o.shadowRoot?.textContent ?? ''), { timeout: 30_000 })
      .toMatch(
        /orders\.yaml:6:16 E_UNKNOWN_REF unknown track `suport` \(did you mean `support`\?\)/,
      );

    // The graph of the folder, in dev mode too.
    edit('orders.yaml', 'add: { suport: 3 }', 'add: { support: 3 }');
    const graph = await fetch(new URL('/__uchronia/graph', server.url));
    expect(await graph.text()).toMatch(/The Reform Bill/);
  });
});
