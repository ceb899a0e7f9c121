// `vite dev` serves the bundled scenarios' modules as the build makes them, and a change to a
// scenario's YAML makes its module again: new files, and their checked form under the new key.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { bundledScenarios } from '../scripts/vite-scenarios';
import { compileBundled, type BundledModule } from '../src/web/worker/compile';
import { MINI_DIR } from './helpers';

describe('vite dev', () => {
  const root = mkdtempSync(join(tmpdir(), 'uchronia-shipped-'));
  cpSync(MINI_DIR, join(root, 'mini'), { recursive: true });
  let server: ViteDevServer | null = null;
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('ships a scenario pre-checked, and ships it again when its YAML changes', async () => {
    server = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [bundledScenarios(root)],
      server: { port: 0, host: '127.0.0.1', hmr: false },
    });
    await server.listen();
    const address = server.httpServer!.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    const url = `http://127.0.0.1:${address.port}/@id/__x00__virtual:scenario-files/mini`;
    const served = async (): Promise<BundledModule> => {
      const code = await (await fetch(url)).text();
      return (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as BundledModule;
    };
    const before = await served();
    const first = compileBundled(before, 'mini');
    expect(first.shipped).toBe(true);

    const file = join(root, 'mini', 'scenario.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# edited\n`);
    let after = before;
    for (let i = 0; i < 50 && after.checked?.key === before.checked?.key; i++) {
      await new Promise((r) => setTimeout(r, 200));
      after = await served();
    }
    expect(after.checked?.key).not.toBe(before.checked?.key);
    expect(after.default.find((f) => f.path === 'scenario.yaml')?.text).toContain('# edited');
    const second = compileBundled(after, 'mini');
    expect(second.shipped).toBe(true);
    expect(second.scenario.contentHash).not.toBe(first.scenario.contentHash);
  }, 60_000);
});
