import { buildGame, openBrowser, serveGame } from './harness';
import { startGame } from './driver';
await buildGame();
const server = await serveGame();
const b = await openBrowser({ width: 1366, height: 800 });
const page = b.context.pages()[0]!;
await startGame(page, server.url, /Revolutionary Mexico/, 11);
const seen: string[] = [];
for (let i = 0; i < 60; i++) {
  await page.keyboard.press('Tab');
  seen.push(
    await page.evaluate(() => {
      const a = document.activeElement!;
      return `${a.tagName}.${a.getAttribute('class')}${a.getAttribute('data-region') ?? ''}`;
    }),
  );
}
console.log(seen.join(' | '));
await page.getByRole('button', { name: 'Menu' }).click();
await page.getByRole('textbox', { name: 'Name of the save' }).fill('first try');
await page.getByRole('button', { name: 'Save', exact: true }).click();
await page.waitForTimeout(500);
console.log(
  await page.locator('.menu [role=status]').evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return [r.width, r.height, r.top, hit?.tagName, hit?.className, el.textContent];
  }),
);
await page.screenshot({ path: '/tmp/bprobe/menu.png' });
await b.close();
await server.close();
