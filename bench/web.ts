// `npm run bench` (second part): the browser game's figures against the budgets in DESIGN.md —
// JavaScript size, navigation to a playable screen, the worker's start to ready, end of turn to the
// next turn shown.
// Builds the game, serves it, and drives Debian's Chromium. Reports, never asserts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildGame, openBrowser, serveGame } from '../e2e/support/harness';
import { clickAndWait, phase, playMove } from '../e2e/support/driver';

const BUDGET = { jsKb: 200, playableMs: 1000, readyMs: 30, turnMs: 100 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

function sizes(): void {
  const dir = 'dist/web/assets';
  const rows = readdirSync(dir).map((f) => {
    const bytes = readFileSync(join(dir, f));
    return { f, raw: statSync(join(dir, f)).size, gz: gzipSync(bytes, { level: 9 }).length };
  });
  const js = rows.filter((r) => r.f.endsWith('.js'));
  // The bundled scenarios' files are in chunks named for them (scripts/vite-scenarios.ts).
  const scenarios = readdirSync('scenarios');
  const data = (r: { f: string }) =>
    scenarios.some((id) => r.f.startsWith(`${id}-`)) || r.f.endsWith('.json');
  const app = js.filter((r) => !data(r));
  // Loaded when first needed: the chart drawing when the Charts tab is first opened
  // (src/web/charts/line-chart.tsx); for a scenario the player opens, the reading of its files
  // and the geometry of its areas (src/web/screens/scenario-source.ts, src/web/map/areas.ts).
  const lazyCharts = app
    .filter((r) => ['line-chart-', 'areas-', 'scenario-source-'].some((p) => r.f.startsWith(p)))
    .reduce((n, r) => n + r.gz, 0);
  const worker = app.filter((r) => r.f.startsWith('worker-')).reduce((n, r) => n + r.gz, 0);
  console.log('\nWeb: JavaScript (gzipped, level 9)');
  for (const r of rows.sort((a, b) => b.gz - a.gz))
    console.log(
      `  ${r.f.padEnd(40)} ${kb(r.raw).padStart(10)} raw ${kb(r.gz).padStart(10)} gz${data(r) ? '  (scenario/map data)' : ''}`,
    );
  const total = app.reduce((n, r) => n + r.gz, 0);
  const eager = total - lazyCharts;
  console.log(
    `  loaded to play (page ${kb(eager - worker)} + worker ${kb(worker)}): ${kb(eager)} — budget ${BUDGET.jsKb} KB: ${verdict(eager <= BUDGET.jsKb * 1024)}`,
  );
  console.log(
    `  with the charts and the areas of an opened scenario (loaded when first needed): ${kb(total)} — ${verdict(total <= BUDGET.jsKb * 1024)}`,
  );
}

/** The worker alone, started by hand in a fresh profile: from `new Worker` to its answer to
 *  `init`, which it gives once the first bundled scenario is compiled (its script and the
 *  scenario's chunk fetched from localhost included). */
async function workerReady(url: string): Promise<void> {
  const name = readdirSync('dist/web/assets').find((f) => /^worker-.*\.js$/.test(f));
  if (!name) throw new Error('the build has no worker');
  const ready: number[] = [];
  for (let i = 0; i < 5; i++) {
    const b = await openBrowser();
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    // a page of the game's origin that does not start the game's own worker beside this one
    await page.goto(`${url}assets/${name}`);
    ready.push(
      await page.evaluate(
        (src) =>
          new Promise<number>((resolve) => {
            const t0 = performance.now();
            const w = new Worker(src, { type: 'module' });
            w.onmessage = () => {
              resolve(performance.now() - t0);
              w.terminate();
            };
            w.postMessage({ id: 1, request: { type: 'init' } });
          }),
        `${url}assets/${name}`,
      ),
    );
    await b.close();
  }
  const m = median(ready);
  console.log('\nWeb: worker start to ready in Chromium (median of 5 fresh profiles, localhost)');
  console.log(
    `  median ${m.toFixed(0)} ms, worst ${Math.max(...ready).toFixed(0)} ms — budget ${BUDGET.readyMs} ms: ${verdict(m <= BUDGET.readyMs)}`,
  );
}

async function timings(url: string): Promise<void> {
  const toStart: number[] = [];
  const toGame: number[] = [];
  for (let i = 0; i < 5; i++) {
    const b = await openBrowser();
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    await page.goto(`${url}?seed=${i + 1}`);
    await page.getByRole('button', { name: /^Begin/ }).waitFor();
    toStart.push(await page.evaluate(() => performance.now()));
    await clickAndWait(page, () => page.getByRole('button', { name: /^Begin/ }).click());
    await page.getByRole('button', { name: /End month/ }).waitFor();
    toGame.push(await page.evaluate(() => performance.now()));
    await b.close();
  }
  console.log('\nWeb: navigation to a playable screen (median of 5 fresh profiles, localhost)');
  console.log(
    `  title screen ready:            ${median(toStart).toFixed(0)} ms — budget ${BUDGET.playableMs} ms: ${verdict(median(toStart) <= BUDGET.playableMs)}`,
  );
  console.log(`  game screen (incl. one click): ${median(toGame).toFixed(0)} ms`);

  const b = await openBrowser();
  const page = b.context.pages()[0] ?? (await b.context.newPage());
  await page.goto(`${url}?seed=3`);
  await clickAndWait(page, () => page.getByRole('button', { name: /^Begin/ }).click());
  const turns: number[] = [];
  for (let guard = 0; turns.length < 12 && guard < 100; guard++) {
    const p = await phase(page);
    if (p === 'end') break;
    if (p === 'decide') {
      await playMove(page);
      continue;
    }
    turns.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const app = document.querySelector<HTMLElement>('.app')!;
            const before = Number(app.dataset.updates);
            const t0 = performance.now();
            const obs = new MutationObserver(() => {
              if (Number(app.dataset.updates) > before && app.dataset.busy === 'false') {
                obs.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - t0));
              }
            });
            obs.observe(app, { attributes: true });
            document.querySelector<HTMLButtonElement>('button.end-month')!.click();
          }),
      ),
    );
  }
  await b.close();
  const t = turns.slice(2); // the first turns warm up the worker's JIT
  console.log(
    `\nWeb: end of turn to the next turn shown (median of ${t.length} turns, to the next frame)`,
  );
  console.log(
    `  median ${median(t).toFixed(1)} ms, worst ${Math.max(...t).toFixed(1)} ms — budget ${BUDGET.turnMs} ms: ${verdict(median(t) <= BUDGET.turnMs)}`,
  );
}

await buildGame();
if (process.argv[2] !== 'ready') sizes();
const server = await serveGame();
try {
  await workerReady(server.url);
  // `bench/web.ts ready`: the worker's figure alone
  if (process.argv[2] !== 'ready') await timings(server.url);
} finally {
  await server.close();
}
