// Texts live apart from logic, under dotted keys (`event.october_coup.title`), one file per
// language. The checker lists the keys a scenario needs; a missing one is an error in English
// and a warning in a translation (which falls back to English); an unused one is a warning.
import type { LoadedFile, Reporter } from './source';
import type { EndingInput, EventInput, OrderInput, ScenarioFile } from './schema';
import type { CharacterDef, DerivedDef, RegionDef, Scenario, TrackDef } from '../types';
import type { Path } from './yaml';

export const DEFAULT_LANGUAGE = 'en';

interface Needed {
  readonly key: string;
  readonly required: boolean;
  readonly file: LoadedFile | undefined;
  readonly path: Path;
}

interface Declared<T> {
  readonly item: T;
  readonly file: LoadedFile | undefined;
  readonly path: Path;
}

export interface TextSources {
  readonly s: ScenarioFile;
  readonly tracks: readonly TrackDef[];
  readonly derived: readonly DerivedDef[];
  readonly regions: readonly RegionDef[];
  readonly chars: readonly CharacterDef[];
  readonly acts: readonly { id: string }[];
  readonly orders: readonly Declared<OrderInput>[];
  readonly events: readonly Declared<EventInput>[];
  readonly endings: readonly Declared<EndingInput>[];
}

/** The keys a scenario reads, with where each comes from. */
function neededKeys(files: readonly LoadedFile[], src: TextSources): Needed[] {
  const main = files.find((f) => f.name === 'scenario.yaml');
  const out: Needed[] = [];
  const need = (key: string, required: boolean, file: LoadedFile | undefined, path: Path) =>
    out.push({ key, required, file, path });
  need('scenario.title', true, main, ['id']);
  need('scenario.summary', true, main, ['id']);
  src.acts.forEach((a, i) => need(`act.${a.id}.title`, true, main, ['acts', i]));
  src.s.factions.forEach((f, i) => {
    need(`faction.${f.id}.name`, true, main, ['factions', i]);
    need(`faction.${f.id}.description`, false, main, ['factions', i]);
    need(`faction.${f.id}.aims`, false, main, ['factions', i]);
  });
  src.tracks.forEach((t, i) => {
    need(`track.${t.id}.name`, true, main, ['tracks', i]);
    need(`track.${t.id}.description`, false, main, ['tracks', i]);
    t.drift.forEach((m, j) =>
      need(`track.${t.id}.drift.${m.id}`, true, main, ['tracks', i, 'drift', j]),
    );
    t.stages.forEach((st, j) =>
      need(`track.${t.id}.stage.${st.id}`, true, main, ['tracks', i, 'stages', j]),
    );
  });
  (src.s.flags ?? []).forEach((f, i) => need(`flag.${f.id}.name`, false, main, ['flags', i]));
  src.derived.forEach((d, i) => {
    need(`derived.${d.id}.name`, true, main, ['derived', i]);
    d.terms.forEach((t, j) =>
      need(`derived.${d.id}.term.${t.id}`, true, main, ['derived', i, 'terms', j]),
    );
  });
  src.regions.forEach((r, i) => {
    need(`region.${r.id}.name`, true, main, ['regions', i]);
    need(`region.${r.id}.description`, false, main, ['regions', i]);
  });
  src.chars.forEach((c, i) => {
    need(`character.${c.id}.name`, true, main, ['characters', i]);
    need(`character.${c.id}.description`, false, main, ['characters', i]);
  });
  for (const { item, file, path } of src.orders) {
    need(`order.${item.id}.name`, true, file, path);
    need(`order.${item.id}.description`, false, file, path);
    need(`order.${item.id}.chronicle`, false, file, path);
  }
  for (const { item, file, path } of src.events) {
    need(`event.${item.id}.title`, true, file, path);
    need(`event.${item.id}.body`, true, file, path);
    need(`event.${item.id}.chronicle`, false, file, path);
    (item.choices ?? []).forEach((c, j) => {
      need(`event.${item.id}.choice.${c.id}.label`, true, file, [...path, 'choices', j]);
      need(`event.${item.id}.choice.${c.id}.chronicle`, false, file, [...path, 'choices', j]);
    });
  }
  for (const { item, file, path } of src.endings) {
    need(`ending.${item.id}.title`, true, file, path);
    need(`ending.${item.id}.body`, true, file, path);
    need(`ending.${item.id}.how`, false, file, path);
    need(`ending.${item.id}.warning`, item.warning !== undefined, file, path);
  }
  return out;
}

/** Every text key a compiled scenario reads, in the order the checker lists them; `required`
 *  keys must be in English (a translation falls back to English for any it lacks). */
export function textKeysOf(sc: Scenario): { key: string; required: boolean }[] {
  const declared = <T>(item: T): Declared<T> => ({ item, file: undefined, path: [] });
  const src: TextSources = {
    s: { factions: sc.factions, flags: sc.flags } as unknown as ScenarioFile,
    tracks: sc.tracks,
    derived: sc.derived,
    regions: sc.regions,
    chars: sc.characters,
    acts: sc.acts,
    orders: sc.orders.map((o) => declared({ id: o.id } as OrderInput)),
    events: sc.events.map((e) =>
      declared({ id: e.id, choices: e.choices.map((c) => ({ id: c.id })) } as EventInput),
    ),
    endings: sc.endings.map((e) =>
      declared({ id: e.id, ...(e.warning ? { warning: true } : {}) } as EndingInput),
    ),
  };
  return neededKeys([], src).map(({ key, required }) => ({ key, required }));
}

/** The strings of a texts file under dotted keys; with `paths`, where each key came from too. */
function flatten(
  value: unknown,
  prefix: string,
  out: Record<string, string>,
  paths?: Map<string, Path>,
  path: Path = [],
): void {
  if (typeof value === 'string') {
    out[prefix] = value;
    paths?.set(prefix, path);
    return;
  }
  if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value))
      flatten(v, prefix ? `${prefix}.${k}` : k, out, paths, paths ? [...path, k] : path);
}

/** Checks every language's texts; returns them flattened, or null if English lacks a key. */
export function checkTexts(
  files: readonly LoadedFile[],
  src: TextSources,
  reporter: Reporter,
): Record<string, Record<string, string>> | null {
  const needed = neededKeys(files, src);
  const known = new Set(needed.map((n) => n.key));
  const texts: Record<string, Record<string, string>> = {};
  let ok = true;
  for (const file of files) {
    const m = /^texts\/(.+)\.yaml$/.exec(file.name);
    if (!m) continue;
    const lang = m[1]!;
    const flat: Record<string, string> = Object.create(null) as Record<string, string>;
    flatten(file.value, '', flat);
    texts[lang] = flat;
    for (const n of needed) {
      if (!n.required || Object.hasOwn(flat, n.key)) continue;
      const english = lang === DEFAULT_LANGUAGE;
      if (english) ok = false;
      reporter.report(
        n.file ?? file,
        n.path,
        english ? 'error' : 'warning',
        english ? 'E_MISSING_TEXT' : 'W_MISSING_TRANSLATION',
        `missing text \`${n.key}\` in ${file.name}`,
        english ? undefined : 'the English text is shown instead',
      );
    }
    // Where each key came from is worked out only when a key needs a warning.
    let paths: Map<string, Path> | null = null;
    for (const key of Object.keys(flat))
      if (!known.has(key)) {
        if (!paths) {
          paths = new Map();
          flatten(file.value, '', Object.create(null) as Record<string, string>, paths);
        }
        reporter.report(
          file,
          paths.get(key) ?? [],
          'warning',
          'W_UNUSED_TEXT',
          `text \`${key}\` is not used by the scenario`,
        );
      }
  }
  return ok && texts[DEFAULT_LANGUAGE] ? texts : null;
}
