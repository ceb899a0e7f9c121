// The registry of effect operations. Each entry checks and compiles its YAML form, publishes its
// JSON Schema and documents itself; the engine applies the compiled data (apply.ts) and front
// ends preview it (describe.ts). Adding an operation means adding one entry here.
import { didYouMean } from '../suggest';
import { TARGET } from './functions';
import type { NameTable } from './compile';
import type { CompiledBool, CompiledNum, Effect } from '../types';

export type Path = readonly (string | number)[];

/** What an effect's checker needs from the loader. */
export interface EffectEnv {
  readonly names: NameTable;
  readonly endings: ReadonlySet<string>;
  report(path: Path, code: string, message: string, hint?: string): void;
  onTrigger(event: string, path: Path): void;
  num(value: unknown, path: Path): CompiledNum | null;
  /** A number that must lie within 0..1. */
  probability(value: unknown, path: Path): CompiledNum | null;
  bool(value: unknown, path: Path): CompiledBool | null;
}

export interface EffectSpec {
  readonly op: Effect['op'];
  readonly doc: string;
  readonly example: string;
  readonly schema: object;
  readonly check: (value: unknown, path: Path, env: EffectEnv) => Effect | null;
}

const NUM_OR_EXPR = { oneOf: [{ type: 'number' }, { type: 'string' }] };
const ID = { type: 'string', pattern: '^[a-z][a-z0-9_]*$' };
const mapOf = (values: object) => ({
  type: 'object',
  additionalProperties: values,
  minProperties: 1,
});
const EFFECT_LIST = { $ref: '#/definitions/effect_list' };

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks an `{ id: value }` mapping whose keys must name things of one kind. */
function checkMap<V>(
  value: unknown,
  path: Path,
  env: EffectEnv,
  what: string,
  known: ReadonlySet<string>,
  allowTarget: boolean,
  each: (v: unknown, p: Path, key: string) => V | null,
): (readonly [string, V])[] | null {
  if (!isMap(value) || Object.keys(value).length === 0) {
    env.report(
      path,
      'E_EFFECT_SHAPE',
      `expected a mapping of ${what} ids to values`,
      `as in { ${[...known][0] ?? 'id'}: 5 }`,
    );
    return null;
  }
  const out: (readonly [string, V])[] = [];
  let ok = true;
  for (const [key, v] of Object.entries(value)) {
    const p = [...path, key];
    if (!(known.has(key) || (allowTarget && key === TARGET && env.names.target))) {
      const hint =
        key === TARGET
          ? '`target` is only known inside an order aimed at a region'
          : didYouMean(key, known);
      env.report(p, 'E_UNKNOWN_REF', `unknown ${what} \`${key}\``, hint);
      ok = false;
      continue;
    }
    const compiled = each(v, p, key);
    if (compiled === null) ok = false;
    else out.push([key, compiled]);
  }
  return ok ? out : null;
}

function checkRef(
  value: unknown,
  path: Path,
  env: EffectEnv,
  what: string,
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): string | null {
  if (typeof value !== 'string') {
    env.report(path, 'E_EFFECT_SHAPE', `expected the id of a ${what}`);
    return null;
  }
  if (!known.has(value)) {
    env.report(
      path,
      'E_UNKNOWN_REF',
      `unknown ${what} \`${value}\``,
      didYouMean(value, known.keys()),
    );
    return null;
  }
  return value;
}

function checkBranches(
  value: Record<string, unknown>,
  path: Path,
  env: EffectEnv,
  allowed: readonly string[],
): { then: Effect[]; else: Effect[] } | null {
  for (const key of Object.keys(value))
    if (!allowed.includes(key))
      env.report(
        [...path, key],
        'E_UNKNOWN_KEY',
        `unexpected key \`${key}\``,
        didYouMean(key, allowed) ?? `expected ${allowed.join(', ')}`,
      );
  const then = compileEffectList(value.then ?? [], [...path, 'then'], env);
  const otherwise = compileEffectList(value.else ?? [], [...path, 'else'], env);
  return then && otherwise ? { then, else: otherwise } : null;
}

export const EFFECTS: readonly EffectSpec[] = [
  {
    op: 'add',
    doc: 'Adds to tracks; the result is kept within the track’s bounds.',
    example: 'add: { support: -5, economy: "-oil / 10" }',
    schema: mapOf(NUM_OR_EXPR),
    check: (value, path, env) => {
      const entries = checkMap(value, path, env, 'track', env.names.tracks, false, (v, p) =>
        env.num(v, p),
      );
      return entries && { op: 'add', entries };
    },
  },
  {
    op: 'set',
    doc: 'Sets flags to true/false and tracks to a value.',
    example: 'set: { martial_law: true, press_freedom: 10 }',
    schema: mapOf({ oneOf: [{ type: 'boolean' }, ...NUM_OR_EXPR.oneOf] }),
    check: (value, path, env) => {
      const known = new Set([...env.names.tracks, ...env.names.flags]);
      const tracks: (readonly [string, CompiledNum])[] = [];
      const flags: (readonly [string, boolean])[] = [];
      const entries = checkMap(value, path, env, 'track or flag', known, false, (v, p, key) => {
        if (env.names.flags.has(key)) {
          if (typeof v !== 'boolean') {
            env.report(p, 'E_TYPE', `flag \`${key}\` is set to true or false`);
            return null;
          }
          flags.push([key, v]);
          return v;
        }
        const n = env.num(v, p);
        if (n) tracks.push([key, n]);
        return n;
      });
      return entries && { op: 'set', tracks, flags };
    },
  },
  {
    op: 'unrest',
    doc: 'Adds to regions’ unrest (kept within 0..100). In an order aimed at a region, `target` names it.',
    example: 'unrest: { chihuahua: 15, target: -10 }',
    schema: mapOf(NUM_OR_EXPR),
    check: (value, path, env) => {
      const entries = checkMap(value, path, env, 'region', env.names.regions, true, (v, p) =>
        env.num(v, p),
      );
      return entries && { op: 'unrest', entries };
    },
  },
  {
    op: 'control',
    doc: 'Hands regions to a faction, or to `none`.',
    example: 'control: { chihuahua: insurgents }',
    schema: mapOf(ID),
    check: (value, path, env) => {
      const factions = new Set([...env.names.factions, 'none']);
      const entries = checkMap(value, path, env, 'region', env.names.regions, true, (v, p) =>
        checkRef(v, p, env, 'faction', factions),
      );
      return entries && { op: 'control', entries };
    },
  },
  {
    op: 'health',
    doc: 'Adds to characters’ health (0..100); a character whose health reaches 0 dies.',
    example: 'health: { trotsky: -10 }',
    schema: mapOf(NUM_OR_EXPR),
    check: (value, path, env) => {
      const entries = checkMap(value, path, env, 'character', env.names.characters, false, (v, p) =>
        env.num(v, p),
      );
      return entries && { op: 'health', entries };
    },
  },
  {
    op: 'kill',
    doc: 'A character dies.',
    example: 'kill: trotsky',
    schema: ID,
    check: (value, path, env) => {
      const character = checkRef(value, path, env, 'character', env.names.characters);
      return character === null ? null : { op: 'kill', character };
    },
  },
  {
    op: 'trigger',
    doc: 'Schedules a follow-up event `delay` months later (default 1; 0 means later this same month). It fires then if its `when` holds.',
    example: 'trigger: { event: palace_assault, delay: 1 }',
    schema: {
      oneOf: [
        ID,
        {
          type: 'object',
          properties: {
            event: { ...ID, description: 'The event to schedule.' },
            delay: {
              type: 'integer',
              minimum: 0,
              maximum: 120,
              description: 'Months from now (default 1; 0: later this same month).',
            },
          },
          required: ['event'],
          additionalProperties: false,
        },
      ],
    },
    check: (value, path, env) => {
      const form = isMap(value) ? value : { event: value };
      const eventPath = isMap(value) ? [...path, 'event'] : path;
      for (const key of Object.keys(form))
        if (key !== 'event' && key !== 'delay')
          env.report(
            [...path, key],
            'E_UNKNOWN_KEY',
            `unexpected key \`${key}\``,
            'expected event, delay',
          );
      const event = checkRef(form.event, eventPath, env, 'event', env.names.events);
      const delay = form.delay ?? 1;
      if (typeof delay !== 'number' || !Number.isInteger(delay) || delay < 0 || delay > 120) {
        env.report(
          [...path, 'delay'],
          'E_TYPE',
          '`delay` is a whole number of months from 0 to 120',
        );
        return null;
      }
      if (event === null) return null;
      env.onTrigger(event, eventPath);
      return { op: 'trigger', event, delay };
    },
  },
  {
    op: 'end',
    doc: 'Ends the game with this ending when the current action has been resolved.',
    example: 'end: stalinist_mexico',
    schema: ID,
    check: (value, path, env) => {
      const ending = checkRef(value, path, env, 'ending', env.endings);
      return ending === null ? null : { op: 'end', ending };
    },
  },
  {
    op: 'chance',
    doc: 'With probability `p` (0..1) applies `then`, otherwise `else`. A constant `p` outside 0..1 is an error; a computed one beyond it counts as 0 or 1.',
    example:
      'chance: { p: 0.3, then: [ { kill: trotsky } ], else: [ { health: { trotsky: -20 } } ] }',
    schema: {
      type: 'object',
      properties: {
        p: { ...NUM_OR_EXPR, description: 'The probability, 0..1, or an expression giving one.' },
        then: { ...EFFECT_LIST, description: 'Applied with probability `p`.' },
        else: { ...EFFECT_LIST, description: 'Applied otherwise.' },
      },
      required: ['p', 'then'],
      additionalProperties: false,
    },
    check: (value, path, env) => {
      if (!isMap(value)) {
        env.report(path, 'E_EFFECT_SHAPE', 'expected { p, then, else }');
        return null;
      }
      const p = env.probability(value.p, [...path, 'p']);
      const branches = checkBranches(value, path, env, ['p', 'then', 'else']);
      return p && branches && { op: 'chance', p, ...branches };
    },
  },
  {
    op: 'if',
    doc: 'Applies `then` if the condition holds, otherwise `else`.',
    example: 'if: { when: "support < 20", then: [ { add: { armed_strength: -5 } } ] }',
    schema: {
      type: 'object',
      properties: {
        when: {
          oneOf: [{ type: 'boolean' }, { type: 'string' }],
          description: 'The condition, read when the effects apply.',
        },
        then: { ...EFFECT_LIST, description: 'Applied if the condition holds.' },
        else: { ...EFFECT_LIST, description: 'Applied otherwise.' },
      },
      required: ['when', 'then'],
      additionalProperties: false,
    },
    check: (value, path, env) => {
      if (!isMap(value)) {
        env.report(path, 'E_EFFECT_SHAPE', 'expected { when, then, else }');
        return null;
      }
      const when = env.bool(value.when, [...path, 'when']);
      const branches = checkBranches(value, path, env, ['when', 'then', 'else']);
      return when && branches && { op: 'if', when, ...branches };
    },
  },
];

const EFFECT_INDEX: ReadonlyMap<string, EffectSpec> = new Map(EFFECTS.map((e) => [e.op, e]));

/** Checks and compiles a list of effects, reporting every problem through `env`. */
export function compileEffectList(value: unknown, path: Path, env: EffectEnv): Effect[] | null {
  if (!Array.isArray(value)) {
    env.report(
      path,
      'E_EFFECT_SHAPE',
      'expected a list of effects',
      'write each effect as `- op: …`',
    );
    return null;
  }
  const out: Effect[] = [];
  let ok = true;
  value.forEach((item, i) => {
    const p = [...path, i];
    if (!isMap(item) || Object.keys(item).length !== 1) {
      env.report(
        p,
        'E_EFFECT_SHAPE',
        'an effect is a mapping with exactly one key, the operation',
        `as in \`- add: { support: 5 }\``,
      );
      ok = false;
      return;
    }
    const [op, arg] = Object.entries(item)[0]!;
    const spec = EFFECT_INDEX.get(op);
    if (!spec) {
      env.report(
        [...p, op],
        'E_UNKNOWN_EFFECT',
        `unknown effect \`${op}\``,
        didYouMean(op, EFFECT_INDEX.keys()) ?? `effects are ${[...EFFECT_INDEX.keys()].join(', ')}`,
      );
      ok = false;
      return;
    }
    const effect = spec.check(arg, [...p, op], env);
    if (effect) out.push(effect);
    else ok = false;
  });
  return ok ? out : null;
}

/** The published JSON Schema of an effect list, from the registry. */
export function effectListJsonSchema(): object {
  return {
    type: 'array',
    items: {
      oneOf: EFFECTS.map((e) => ({
        type: 'object',
        description: e.doc,
        properties: { [e.op]: { ...e.schema, description: e.doc } },
        required: [e.op],
        additionalProperties: false,
      })),
    },
  };
}
