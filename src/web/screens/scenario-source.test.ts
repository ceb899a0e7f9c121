import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../engine';
import { filesFromFolder, filesFromZip, scenarioFolder } from './scenario-source';

const MINI = 'test/fixtures/mini';
const mini = (): Record<string, Uint8Array> => {
  const out: Record<string, Uint8Array> = {};
  for (const f of readdirSync(MINI, { recursive: true, encoding: 'utf8' }))
    if (statSync(join(MINI, f)).isFile())
      out[relative(MINI, join(MINI, f))] = readFileSync(join(MINI, f));
  return out;
};
const under = (files: Record<string, Uint8Array>, dir: string) =>
  Object.fromEntries(Object.entries(files).map(([p, d]) => [`${dir}${p}`, d]));

describe('a scenario the player brings', () => {
  it('reads a zip of a folder, which the loader then takes', () => {
    const picked = filesFromZip(
      zipSync(under({ ...mini(), 'notes.txt': new Uint8Array(3) }, 'mini/')),
    );
    expect(picked.ok).toBe(true);
    if (!picked.ok) return;
    expect(picked.files.map((f) => f.path)).toContain('scenario.yaml');
    expect(picked.files.map((f) => f.path)).not.toContain('notes.txt');
    expect(parseScenario(picked.files).ok).toBe(true);
  });

  it('reads a zip of the files themselves, and a folder', async () => {
    const flat = filesFromZip(zipSync(mini()));
    expect(flat.ok && flat.files.length).toBe(Object.keys(mini()).length);
    const folder = await filesFromFolder(
      Object.entries(under(mini(), 'mini/')).map(([path, d]) => ({
        path,
        size: d.length,
        text: async () => new TextDecoder().decode(d),
      })),
    );
    expect(folder.ok && parseScenario(folder.files).ok).toBe(true);
  });

  it('refuses what is not a scenario, too many files, a huge file, a broken zip', () => {
    expect(filesFromZip(zipSync({ 'a.txt': new Uint8Array(1) }))).toEqual({
      ok: false,
      error: 'there is no scenario.yaml in it',
    });
    const many = Array.from({ length: 201 }, (_, i) => ({ path: `e/${i}.yaml`, size: 1 }));
    expect(scenarioFolder([{ path: 'scenario.yaml', size: 1 }, ...many])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/limit is 200/),
    });
    const huge = filesFromZip(
      zipSync({ 'scenario.yaml': new Uint8Array(2 * 1024 * 1024).fill(32) }),
    );
    expect(huge).toMatchObject({
      ok: false,
      error: expect.stringMatching(/scenario\.yaml is 2097152 bytes/),
    });
    expect(filesFromZip(new Uint8Array([1, 2, 3, 4]))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a readable zip/),
    });
  });
});
