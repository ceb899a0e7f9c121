// A scenario the player brings: the files of a folder or of a zip, as text for the loader, which
// checks them as it checks any scenario. Only a scenario's own files are read (YAML), within the
// loader's limits, so a huge or hostile archive is refused before it is unpacked.
import { unzipSync } from 'fflate';
import { MAX_FILE_BYTES, MAX_FILES, type ScenarioFileText } from '../../engine';

export const isScenarioFile = (path: string) => /\.ya?ml$/i.test(path);

/** The files below the folder that holds `scenario.yaml` (the shallowest such folder), with
 *  paths relative to it; or an error in words. */
export function scenarioFolder(
  entries: readonly { path: string; size: number }[],
): { ok: true; root: string; paths: string[] } | { ok: false; error: string } {
  const clean = entries
    .map((e) => ({ ...e, path: e.path.split('\\').join('/').replace(/^\/+/, '') }))
    .filter((e) => isScenarioFile(e.path) && !e.path.split('/').some((p) => p.startsWith('.')));
  const roots = clean
    .filter((e) => e.path === 'scenario.yaml' || e.path.endsWith('/scenario.yaml'))
    .map((e) => e.path.slice(0, -'scenario.yaml'.length))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  const root = roots[0];
  if (root === undefined) return { ok: false, error: 'there is no scenario.yaml in it' };
  const inside = clean.filter((e) => e.path.startsWith(root));
  if (inside.length > MAX_FILES)
    return {
      ok: false,
      error: `it holds ${inside.length} scenario files; the limit is ${MAX_FILES}`,
    };
  const big = inside.find((e) => e.size > MAX_FILE_BYTES);
  if (big)
    return {
      ok: false,
      error: `${big.path.slice(root.length)} is ${big.size} bytes; the limit is ${MAX_FILE_BYTES}`,
    };
  return { ok: true, root, paths: inside.map((e) => e.path) };
}

export type Picked = { ok: true; files: ScenarioFileText[] } | { ok: false; error: string };

/** A zip's scenario files. The sizes the archive declares are checked before anything is
 *  inflated, and the inflated sizes again after. */
export function filesFromZip(bytes: Uint8Array): Picked {
  const declared: { path: string; size: number }[] = [];
  let listed: Record<string, Uint8Array>;
  try {
    // A first pass lists the entries without inflating any.
    unzipSync(bytes, {
      filter: (f) => {
        declared.push({ path: f.name, size: f.originalSize });
        return false;
      },
    });
    const folder = scenarioFolder(declared);
    if (!folder.ok) return folder;
    const wanted = new Set(folder.paths);
    listed = unzipSync(bytes, {
      filter: (f) => wanted.has(f.name.split('\\').join('/').replace(/^\/+/, '')),
    });
    const files: ScenarioFileText[] = [];
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const [name, data] of Object.entries(listed)) {
      const path = name.split('\\').join('/').replace(/^\/+/, '');
      if (data.length > MAX_FILE_BYTES)
        return {
          ok: false,
          error: `${path} is ${data.length} bytes; the limit is ${MAX_FILE_BYTES}`,
        };
      files.push({ path: path.slice(folder.root.length), text: decoder.decode(data) });
    }
    return { ok: true, files: files.sort((a, b) => a.path.localeCompare(b.path)) };
  } catch (e) {
    return { ok: false, error: `it is not a readable zip file (${(e as Error).message})` };
  }
}

/** The files of a folder the player picked (each with its path inside the folder picked). */
export async function filesFromFolder(
  list: readonly { path: string; size: number; text(): Promise<string> }[],
): Promise<Picked> {
  const folder = scenarioFolder(list);
  if (!folder.ok) return folder;
  const wanted = new Set(folder.paths);
  const files: ScenarioFileText[] = [];
  for (const f of list) {
    const path = f.path.split('\\').join('/').replace(/^\/+/, '');
    if (wanted.has(path))
      files.push({ path: path.slice(folder.root.length), text: await f.text() });
  }
  return { ok: true, files: files.sort((a, b) => a.path.localeCompare(b.path)) };
}
