// Not a test: plays a while through the page and takes screenshots of each screen, to look at.
// `node --import tsx e2e/tour.ts [outdir]` (builds first). The README's screenshot comes from here.
import { buildGame, openBrowser, serveGame } from './support/harness';
import { clickAndWait, phase, playMove, startGame } from './support/driver';

const out = process.argv[2] ?? '/tmp/shots';
await buildGame();
const server = await serveGame();
try {
  for (const [w, h] of [
    [1366, 800],
    [1920, 1080],
    [1024, 768],
    [1280, 720],
    [412, 915],
  ] as const) {
    const b = await openBrowser({ width: w, height: h });
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    await page.goto(`${server.url}?seed=7`);
    await page.getByRole('button', { name: /^Begin/ }).waitFor();
    await page.screenshot({ path: `${out}/start-${w}.png` });
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.screenshot({ path: `${out}/settings-${w}.png` });
    await page.keyboard.press('Escape');
    await startGame(page, server.url, /Revolutionary Mexico/, 7);
    await page.screenshot({ path: `${out}/first-month-${w}.png`, fullPage: w < 900 });
    await page.keyboard.press('b');
    await page.screenshot({ path: `${out}/briefing-${w}.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Back to the title screen' }).click();
    await page.getByRole('button', { name: /^Begin/ }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.screenshot({ path: `${out}/confirm-${w}.png` });
    await page.keyboard.press('Escape');
    await clickAndWait(page, () => page.getByRole('button', { name: /Continue autosave/ }).click());
    let shotDecision = false;
    // A few months in (with the first option at every decision, a game can end within a year).
    for (let i = 0; i < 6 && (await phase(page)) !== 'end'; i++) {
      if (!shotDecision && (await phase(page)) === 'decide') {
        await page.screenshot({ path: `${out}/decision-${w}.png` });
        shotDecision = true;
      }
      await playMove(page);
    }
    while ((await phase(page)) === 'decide') await playMove(page);
    await page.getByRole('tab', { name: /Map/ }).click();
    await page.locator('[data-region="ciudad_juarez"] .marker').click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${out}/main-${w}.png`, fullPage: w < 900 });
    await page.getByRole('button', { name: 'Close region details' }).click();
    await page.locator('.track').nth(2).hover();
    await page.screenshot({ path: `${out}/why-${w}.png` });
    for (const [tab, name] of [
      ['Report', 'report'],
      ['Chronicle', 'chronicle'],
      ['Charts', 'charts'],
    ] as const) {
      await page.getByRole('tab', { name: new RegExp(tab) }).click();
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${out}/${name}-${w}.png` });
    }
    await page.getByRole('tab', { name: /Map/ }).click();
    while ((await phase(page)) !== 'end') await playMove(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/end-${w}.png` });

    await b.close();
  }
} finally {
  await server.close();
}
