// The JSON Schemas an editor reads (through yaml-language-server): one root schema per kind of
// scenario file, and, for a given scenario, the same schemas with the enums of its own names, so
// the editor completes `support` after `add:` and flags `suport` as it is typed.
import type { Scenario } from '../../types';
import { jsonSchema } from '../schema';
import { textKeysOf } from '../texts';

export const FILE_KINDS = [
  'scenario',
  'orders',
  'events',
  'endings',
  'ai',
  'routines',
  'texts',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** The glob of the files each kind of schema is for, relative to the scenario folder. */
export const FILE_GLOBS: Readonly<Record<FileKind, string>> = {
  scenario: 'scenario.yaml',
  orders: 'orders.yaml',
  events: 'events/*.yaml',
  endings: 'endings.yaml',
  ai: 'ai.yaml',
  routines: 'routines.yaml',
  texts: 'texts/*.yaml',
};

/** The names a scenario declares, as editors offer them. */
export interface ScenarioNames {
  readonly id: string;
  readonly factions: readonly string[];
  readonly playable: readonly string[];
  readonly tracks: readonly string[];
  readonly flags: readonly string[];
  readonly derived: readonly string[];
  readonly regions: readonly string[];
  readonly characters: readonly string[];
  readonly orders: readonly string[];
  readonly events: readonly string[];
  /** `event.option`, as ai.yaml keys its appetites. */
  readonly options: readonly string[];
  readonly endings: readonly string[];
  readonly textKeys: readonly { key: string; required: boolean }[];
}

export function namesOf(sc: Scenario): ScenarioNames {
  const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
  return {
    id: sc.id,
    factions: ids(sc.factions),
    playable: sc.index.playable,
    tracks: ids(sc.tracks),
    flags: ids(sc.flags),
    derived: ids(sc.derived),
    regions: ids(sc.regions),
    characters: ids(sc.characters),
    orders: ids(sc.orders),
    events: ids(sc.events),
    options: sc.events.flatMap((e) => e.choices.map((c) => `${e.id}.${c.id}`)),
    endings: ids(sc.endings),
    textKeys: textKeysOf(sc),
  };
}

type Node = Record<string, unknown>;
const obj = (n: unknown, ...keys: (string | number)[]): Node => {
  let at = n;
  for (const k of keys) at = (at as Record<string | number, unknown>)[k];
  return at as Node;
};
const items = (n: unknown, ...keys: string[]) => obj(n, ...keys, 'items');
const prop = (n: unknown, ...keys: string[]) => {
  let at = n;
  for (const k of keys) at = obj(at, 'properties', k);
  return at as Node;
};
/** Names as an enum on a string schema; an empty list leaves the schema as it was. */
const oneOf = (n: Node, names: readonly string[]) => {
  if (names.length) n.enum = [...names];
};
const keysOf = (n: Node, names: readonly string[]) => {
  if (names.length) n.propertyNames = { enum: [...names] };
};

/** The root schema for one kind of file; with `names`, knowing that scenario's names. */
export function rootSchema(kind: FileKind, names?: ScenarioNames): object {
  const base = JSON.parse(JSON.stringify(jsonSchema())) as { definitions: Record<string, Node> };
  const defs = base.definitions;
  const effects = defs.effect_list!;
  if (names) {
    withNames(kind, defs[kind]!, names);
    withEffectNames(effects, names);
  }
  const root =
    kind === 'texts' && names ? textsSchema(names) : (defs[kind] as Record<string, unknown>);
  const { $id: _unused, ...rest } = root;
  const recursive = kind === 'texts' && !names;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `Uchronia ${FILE_GLOBS[kind]}${names ? ` of ${names.id}` : ''}`,
    ...(recursive ? root : rest),
    ...(kind === 'texts' ? {} : { definitions: { effect_list: effects } }),
  };
}

function withNames(kind: FileKind, n: Node, names: ScenarioNames): void {
  const factions = names.factions;
  switch (kind) {
    case 'scenario':
      oneOf(prop(n, 'player'), names.playable);
      oneOf(prop(items(prop(n, 'tracks')), 'owner'), factions);
      oneOf(items(prop(items(prop(n, 'flags')), 'visibleTo')), factions);
      oneOf(prop(items(prop(n, 'regions')), 'control'), [...factions, 'none']);
      oneOf(prop(items(prop(n, 'characters')), 'faction'), factions);
      break;
    case 'orders': {
      const order = items(prop(n, 'orders'));
      oneOf(prop(order, 'faction'), factions);
      keysOf(prop(order, 'cost'), names.tracks);
      oneOf(items(prop(order, 'canon', 'targets')), names.regions);
      break;
    }
    case 'events': {
      const event = items(prop(n, 'events'));
      oneOf(prop(event, 'decider'), factions);
      oneOf(items(prop(event, 'visibleTo')), factions);
      break;
    }
    case 'endings':
      keysOf(prop(items(prop(n, 'endings')), 'score'), names.playable);
      break;
    case 'ai': {
      const weights = prop(n, 'factions');
      keysOf(weights, factions);
      const one = obj(weights, 'patternProperties', '^(.*)$');
      keysOf(prop(one, 'weights'), [
        ...names.tracks,
        ...names.derived,
        'unrest_own',
        'unrest_rivals',
      ]);
      keysOf(prop(one, 'flags'), names.flags);
      keysOf(prop(one, 'orders'), names.orders);
      keysOf(prop(one, 'choices'), names.options);
      break;
    }
    case 'routines': {
      const routine = items(prop(n, 'routines'));
      oneOf(prop(routine, 'faction'), factions);
      oneOf(prop(items(prop(routine, 'rules')), 'order'), names.orders);
      break;
    }
    case 'texts':
      break;
  }
}

function withEffectNames(list: Node, names: ScenarioNames): void {
  const byOp = new Map<string, Node>();
  for (const item of obj(list, 'items', 'oneOf') as unknown as Node[]) {
    const [op, schema] = Object.entries(item.properties as Node)[0]!;
    byOp.set(op, schema as Node);
  }
  const at = (op: string) => byOp.get(op)!;
  keysOf(at('add'), names.tracks);
  keysOf(at('set'), [...names.tracks, ...names.flags]);
  keysOf(at('unrest'), [...names.regions, 'target']);
  keysOf(at('control'), [...names.regions, 'target']);
  oneOf(at('control').additionalProperties as Node, [...names.factions, 'none']);
  keysOf(at('health'), names.characters);
  oneOf(at('kill'), names.characters);
  const trigger = at('trigger').oneOf as Node[];
  oneOf(trigger[0]!, names.events);
  oneOf(prop(trigger[1], 'event'), names.events);
  oneOf(at('end'), names.endings);
}

/** The texts a scenario reads as nested mappings, each leaf described by its key's use. */
function textsSchema(names: ScenarioNames): Record<string, unknown> {
  type Tree = { [k: string]: Tree | { leaf: boolean; required: boolean } };
  const tree: Tree = {};
  for (const { key, required } of names.textKeys) {
    const parts = key.split('.');
    let at = tree;
    parts.slice(0, -1).forEach((p) => {
      at = (at[p] ??= {}) as Tree;
    });
    at[parts[parts.length - 1]!] = { leaf: true, required };
  }
  const toSchema = (t: Tree, path: string): Node => ({
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      Object.entries(t).map(([k, v]) => {
        const key = path ? `${path}.${k}` : k;
        return [
          k,
          'leaf' in v && v.leaf === true
            ? {
                type: 'string',
                description: `Text \`${key}\` (${v.required ? 'required in English' : 'optional'}).`,
              }
            : { ...toSchema(v as Tree, key), description: `Texts under \`${key}\`.` },
        ];
      }),
    ),
  });
  return {
    ...toSchema(tree, ''),
    description: `The texts of ${names.id} in one language, under the keys it reads.`,
  };
}

/** Every kind's schema under `definitions`, as one document (what `uchronia schema` prints). */
export function combinedSchema(names?: ScenarioNames): object {
  const definitions: Record<string, unknown> = {};
  let effects: unknown;
  for (const kind of FILE_KINDS) {
    const { definitions: d, $schema: _s, title: _t, ...rest } = rootSchema(kind, names) as Node;
    definitions[kind] = rest;
    if (d) effects = (d as Node).effect_list;
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `Uchronia scenario files${names ? ` of ${names.id}` : ''}`,
    description:
      'Point your editor at the definition for each file: scenario.yaml, orders.yaml, events/*.yaml, endings.yaml, ai.yaml, routines.yaml, texts/*.yaml.',
    definitions: { ...definitions, effect_list: effects },
  };
}
