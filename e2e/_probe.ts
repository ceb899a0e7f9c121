import { buildGame, openBrowser, serveGame } from './harness';
import { startGame } from './driver';
await buildGame();
const server = await serveGame();
const b = await openBrowser({ width: 412, height: 915 });
const page = b.context.pages()[0]!;
const wide = () =>
  page.evaluate(() => {
    const out: string[] = [];
    const W = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > W + 1 && out.length < 8)
        out.push(
          `${el.tagName}.${el.className} right=${Math.round(r.right)} w=${Math.round(r.width)}`,
        );
    }
    return [document.documentElement.scrollWidth, ...out];
  });
await page.goto(`${server.url}?seed=4`);
await page.getByRole('button', { name: /^Begin/ }).waitFor();
console.log('title', await wide());
await startGame(page, server.url, /Revolutionary Mexico/, 4);
console.log('map', await wide());
await b.close();
await server.close();
