// Every id declared, once per namespace and never a reserved word; the table of names that
// expressions are compiled against.
import { BUILTIN_VARIABLES, type NameTable } from '../../expr/compile';
import { FUNCTION_INDEX, TARGET } from '../../expr/functions';
import type { LoadedFile } from '../source';
import type { EndingInput, EventInput, OrderInput } from '../schema';
import { didYouMean } from '../../suggest';
import type { Interval } from '../../expr/numbers';
import type { Path } from '../yaml';
import type { Basics } from './basics';

/** Names no id may take: they would shadow the language or reach JavaScript internals. */
const RESERVED = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  ...Object.keys(BUILTIN_VARIABLES),
  ...FUNCTION_INDEX.keys(),
  TARGET,
  'none',
  'and',
  'or',
  'not',
  'true',
  'false',
]);

/** Which kinds share a namespace, when that is not obvious from the message. */
const NAMESPACE_HINTS: Partial<Record<string, string>> = {
  variable: 'tracks, flags and derived figures share one namespace',
  action: 'orders and events share one namespace',
};

/** A declaration found in a file, with where it is. */
export interface Declared<T> {
  readonly item: T;
  readonly file: LoadedFile;
  readonly path: Path;
}

export type Declarations = ReturnType<typeof declareAll>;

export function declareAll(c: Basics) {
  const { files, byName, main, err, s, cal } = c;
  // --- declarations -------------------------------------------------------------------------
  const namespaces = new Map<string, Map<string, { file: LoadedFile; path: Path }>>();
  const declare = (ns: string, file: LoadedFile, path: Path, id: string): void => {
    const seen = namespaces.get(ns) ?? new Map<string, { file: LoadedFile; path: Path }>();
    namespaces.set(ns, seen);
    const first = seen.get(id);
    if (RESERVED.has(id))
      err(
        file,
        [...path, 'id'],
        'E_RESERVED_ID',
        `\`${id}\` is a reserved name`,
        'choose another id',
      );
    else if (first) {
      const at = first.file.yaml.locate([...first.path, 'id']);
      err(
        file,
        [...path, 'id'],
        'E_DUPLICATE_ID',
        `\`${id}\` is declared twice: here and at ${first.file.name}:${at.line}:${at.col}`,
        (first.path[0] !== path[0] && NAMESPACE_HINTS[ns]) ||
          'ids of one kind are unique across files',
      );
    } else seen.set(id, { file, path });
  };
  const flags = s.flags ?? [];
  const derivedIn = s.derived ?? [];
  const characters = s.characters ?? [];
  s.factions.forEach((f, i) => declare('faction', main, ['factions', i], f.id));
  s.tracks.forEach((t, i) => declare('variable', main, ['tracks', i], t.id));
  flags.forEach((f, i) => declare('variable', main, ['flags', i], f.id));
  derivedIn.forEach((d, i) => declare('variable', main, ['derived', i], d.id));
  s.regions.forEach((r, i) => declare('region', main, ['regions', i], r.id));
  characters.forEach((c, i) => declare('character', main, ['characters', i], c.id));
  s.acts.forEach((a, i) => declare('act', main, ['acts', i], a.id));

  const orders: Declared<OrderInput>[] = [];
  const events: Declared<EventInput>[] = [];
  const endings: Declared<EndingInput>[] = [];
  for (const file of files) {
    if (file.name === 'orders.yaml')
      (file.value as { orders: OrderInput[] }).orders.forEach((o, i) => {
        orders.push({ item: o, file, path: ['orders', i] });
        declare('action', file, ['orders', i], o.id);
      });
    if (file.name.startsWith('events/'))
      (file.value as { events: EventInput[] }).events.forEach((e, i) => {
        events.push({ item: e, file, path: ['events', i] });
        declare('action', file, ['events', i], e.id);
      });
    if (file.name === 'endings.yaml')
      (file.value as { endings: EndingInput[] }).endings.forEach((e, i) => {
        endings.push({ item: e, file, path: ['endings', i] });
        declare('ending', file, ['endings', i], e.id);
      });
  }
  if (!byName.has('endings.yaml'))
    err(main, [], 'E_MISSING_FILE', 'the folder has no endings.yaml');
  if (!byName.has('texts/en.yaml'))
    err(
      main,
      [],
      'E_MISSING_FILE',
      'the folder has no texts/en.yaml',
      'every text lives there, under keys',
    );

  const factionIds = new Set(s.factions.map((f) => f.id));
  const playable = new Set(s.factions.filter((f) => f.playable).map((f) => f.id));
  const trackIds = new Set(s.tracks.map((t) => t.id));
  const checkFaction = (
    file: LoadedFile,
    path: Path,
    id: string,
    mustPlay = false,
    allowNone = false,
  ): void => {
    if (allowNone && id === 'none') return;
    if (!factionIds.has(id))
      err(file, path, 'E_UNKNOWN_REF', `unknown faction \`${id}\``, didYouMean(id, factionIds));
    else if (mustPlay && !playable.has(id))
      err(
        file,
        path,
        'E_NOT_PLAYABLE',
        `faction \`${id}\` is not playable`,
        'only playable factions give orders and choose',
      );
  };

  const names: NameTable = {
    tracks: trackIds,
    flags: new Set(flags.map((f) => f.id)),
    derived: new Set(derivedIn.map((d) => d.id)),
    events: new Map(events.map((e) => [e.item.id, (e.item.choices ?? []).map((c) => c.id)])),
    factions: factionIds,
    regions: new Set(s.regions.map((r) => r.id)),
    characters: new Set(characters.map((c) => c.id)),
    clocks: new Set(s.tracks.filter((t) => t.stages).map((t) => t.id)),
    tags: new Set(s.regions.flatMap((r) => r.tags ?? [])),
    regionTags: new Map(s.regions.map((r) => [r.id, r.tags ?? []])),
    target: false,
    bounds: new Map(s.tracks.map((t) => [t.id, [t.min ?? 0, t.max ?? 100] as Interval])),
    calendar: cal,
  };
  const endingIds = new Set(endings.map((e) => e.item.id));
  return {
    flags,
    derivedIn,
    characters,
    orders,
    events,
    endings,
    factionIds,
    playable,
    trackIds,
    checkFaction,
    names,
    endingIds,
  };
}
