// The shape of every scenario file, declared once with TypeBox. The loader validates against it,
// the TypeScript types of raw files derive from it, and `uchronia schema` prints it as JSON
// Schema for editors. Conditions, numbers and effects are checked further by the language's
// registry, which also supplies their part of the published schema.
import { Kind, Type, TypeRegistry, type Static, type TSchema } from '@sinclair/typebox';
import { effectListJsonSchema } from '../expr/effects';

const ID = '^[a-z][a-z0-9_]*$';
const DATE = '^\\d{4}-\\d{2}(-\\d{2})?$';

const Id = (description: string) => Type.String({ pattern: ID, description });
const DateString = (description: string) => Type.String({ pattern: DATE, description });
/** A number, or an expression that gives one. */
const Num = (description: string) =>
  Type.Union([Type.Number(), Type.String({ minLength: 1 })], { description });
/** A condition: true/false, or an expression. */
const Cond = (description: string) =>
  Type.Union([Type.Boolean(), Type.String({ minLength: 1 })], { description });
/** Effects are checked by the effect registry; the schema below only publishes their shape. */
const EFFECT_LIST_KIND = 'UchroniaEffectList';
if (!TypeRegistry.Has(EFFECT_LIST_KIND))
  TypeRegistry.Set(EFFECT_LIST_KIND, (_schema, value) => Array.isArray(value));
const Effects = (description: string) =>
  Type.Unsafe<unknown[]>({
    [Kind]: EFFECT_LIST_KIND,
    $ref: '#/definitions/effect_list',
    description,
  });

const strict = { additionalProperties: false } as const;

const ModifierSchema = Type.Object(
  {
    id: Id('Names the modifier; its label is the text `…drift.<id>` or `…term.<id>`.'),
    when: Type.Optional(Cond('Applies only while this holds.')),
    value: Num('The amount.'),
  },
  strict,
);

export const FactionSchema = Type.Object(
  {
    id: Id('The faction id.'),
    playable: Type.Boolean({ description: 'Whether a person or an AI policy can play it.' }),
    ordersPerTurn: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 10, description: 'Orders a month (default 2).' }),
    ),
    color: Type.Optional(
      Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: 'Map colour, #rrggbb.' }),
    ),
  },
  strict,
);

export const TrackSchema = Type.Object(
  {
    id: Id('The track id, usable as a variable in expressions.'),
    initial: Type.Number({ description: 'Its value on the first month.' }),
    min: Type.Optional(Type.Number({ description: 'Lowest value (default 0).' })),
    max: Type.Optional(Type.Number({ description: 'Highest value (default 100).' })),
    owner: Type.Optional(Id('The faction whose track it is.')),
    private: Type.Optional(Type.Boolean({ description: 'Only the owner sees it.' })),
    drift: Type.Optional(Type.Array(ModifierSchema, { description: 'Named monthly modifiers.' })),
    stages: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Id('The stage id.'),
            at: Type.Number({ description: 'Value at which it begins.' }),
          },
          strict,
        ),
        { minItems: 2, description: 'Makes the track a threat clock.' },
      ),
    ),
  },
  strict,
);

export const ScenarioFileSchema = Type.Object(
  {
    formatVersion: Type.Integer({ minimum: 1, description: 'The scenario format version: 1.' }),
    id: Type.String({ pattern: '^[a-z][a-z0-9_-]*$', description: 'The scenario id.' }),
    turn: Type.Optional(
      Type.String({
        pattern: '^(?:[1-9][0-9]? +)?(?:day|week|month)s?$',
        description:
          'How long a turn lasts: `month` (the default), `week`, `day`, or a number of them such as `3 days`.',
      }),
    ),
    start: DateString('The first turn played (its first day, by the day or the week).'),
    end: DateString('The last turn played (a day in it, by the day or the week).'),
    player: Id("The default player's faction."),
    acts: Type.Array(
      Type.Object({ id: Id('The act id.'), from: DateString('The month it begins.') }, strict),
      {
        minItems: 1,
        description: "The chronicle's chapters.",
      },
    ),
    factions: Type.Array(FactionSchema, {
      minItems: 1,
      description:
        'The sides of the game: those a person or a policy plays, and the forces no one plays.',
    }),
    tracks: Type.Array(TrackSchema, {
      description:
        'Numbers the game keeps month by month (support, tension, gold), each within its bounds.',
    }),
    flags: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Id('The flag id.'),
            initial: Type.Optional(
              Type.Boolean({ description: 'Its value on the first month (default false).' }),
            ),
            visibleTo: Type.Optional(
              Type.Array(Id('A faction.'), {
                description: 'The only factions that see it (default: every faction).',
              }),
            ),
          },
          strict,
        ),
        {
          description:
            'Things that are so or not (a treaty signed, a leader exiled), read by conditions.',
        },
      ),
    ),
    derived: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Id('The figure id.'),
            terms: Type.Array(ModifierSchema, {
              minItems: 1,
              description:
                'Named parts summed into the figure, each shown in its "why?" breakdown.',
            }),
          },
          strict,
        ),
        { description: 'Figures worked out from others each time they are read, never stored.' },
      ),
    ),
    regions: Type.Array(
      Type.Object(
        {
          id: Id('The region id.'),
          lat: Type.Number({ minimum: -90, maximum: 90, description: 'Latitude, degrees north.' }),
          lon: Type.Number({
            minimum: -180,
            maximum: 180,
            description: 'Longitude, degrees east.',
          }),
          country: Type.String({
            pattern: '^[A-Z]{3}$',
            description: 'ISO 3166 alpha-3 country code.',
          }),
          control: Type.String({ description: 'The controlling faction, or `none`.' }),
          unrest: Type.Optional(
            Type.Number({
              minimum: 0,
              maximum: 100,
              description: 'Unrest on the first month, 0..100 (default 0).',
            }),
          ),
          tags: Type.Optional(
            Type.Array(Id('A label used by conditions.'), {
              description: 'Labels that conditions test with `has_tag(region, tag)`.',
            }),
          ),
        },
        strict,
      ),
      { description: 'The places on the map, each held by a faction or by none.' },
    ),
    map: Type.Optional(
      Type.Object(
        {
          countries: Type.Optional(
            Type.Array(
              Type.String({
                pattern: '^[A-Z]{3}$',
                description: 'ISO 3166 alpha-3 code of a country the map shows in the foreground.',
              }),
              {
                minItems: 1,
                uniqueItems: true,
                description:
                  "The countries the map sets in the foreground (default: the regions' own).",
              },
            ),
          ),
        },
        {
          ...strict,
          description:
            "How the browser game draws the map: `countries` names the countries it sets in the foreground (by default, the regions' own countries).",
        },
      ),
    ),
    characters: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Id('The character id.'),
            faction: Type.Optional(Id('The faction they belong to.')),
            born: DateString('Date of birth.'),
            health: Type.Number({
              minimum: 0,
              maximum: 100,
              description: 'Health on the first month, 0..100; at 0 the character dies.',
            }),
          },
          strict,
        ),
        {
          description:
            'People whose health and death the rules follow (`alive(id)`, `health(id)`).',
        },
      ),
    ),
  },
  strict,
);

export const OrderSchema = Type.Object(
  {
    id: Id('The order id.'),
    faction: Id('Who may give it.'),
    cost: Type.Optional(
      Type.Record(Type.String(), Type.Number({ minimum: 0 }), { description: 'Tracks paid.' }),
    ),
    target: Type.Optional(
      Type.Literal('region', { description: 'The order is aimed at a region.' }),
    ),
    where: Type.Optional(Cond('Which regions are valid targets (`target` is the region).')),
    when: Type.Optional(Cond('When the order is available.')),
    chance: Type.Optional(Num('Probability of success, 0..1 (default 1).')),
    effects: Effects('Applied on success.'),
    failure: Type.Optional(Effects('Applied on failure.')),
    covert: Type.Optional(
      Type.Boolean({ description: 'Hidden from other factions unless exposed.' }),
    ),
    exposure: Type.Optional(Num('Probability of exposure, 0..1.')),
    canon: Type.Optional(
      Type.Object(
        {
          from: DateString('First month.'),
          until: DateString('Last month.'),
          targets: Type.Optional(
            Type.Array(Id('A region.'), {
              minItems: 1,
              description:
                'Where the source timeline aimed it: the canon policy picks among these, when valid.',
            }),
          ),
        },
        {
          ...strict,
          description: 'When the source timeline gave this order (the canon policy gives it then).',
        },
      ),
    ),
  },
  strict,
);
export const OrdersFileSchema = Type.Object(
  {
    orders: Type.Array(OrderSchema, {
      description: 'What factions may do each month, within their orders per turn.',
    }),
  },
  strict,
);

export const EventSchema = Type.Object(
  {
    id: Id('The event id.'),
    date: Type.Optional(DateString('Fires on this month if `when` holds.')),
    after: Type.Optional(DateString('Eligible from this month.')),
    before: Type.Optional(DateString('Eligible until this month.')),
    when: Type.Optional(Cond('Fires only while this holds.')),
    mtth: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, description: 'Mean time to happen, in months.' }),
    ),
    repeat: Type.Optional(Type.Boolean({ description: 'May fire more than once.' })),
    cooldown: Type.Optional(
      Type.Integer({ minimum: 0, description: 'Months before it may fire again.' }),
    ),
    hidden: Type.Optional(Type.Boolean({ description: 'Only `visibleTo` factions learn of it.' })),
    visibleTo: Type.Optional(
      Type.Array(Id('A faction.'), { description: 'The factions that learn of a hidden event.' }),
    ),
    canon: Type.Optional(
      Type.Boolean({ description: 'The source timeline has this event on this date.' }),
    ),
    followUp: Type.Optional(
      Type.Boolean({ description: 'Fires only when another effect triggers it.' }),
    ),
    effects: Type.Optional(Effects('Applied when it fires.')),
    decider: Type.Optional(Id('The faction that chooses.')),
    choices: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Id('The option id.'),
            canon: Type.Optional(
              Type.Boolean({ description: 'The option the source timeline took.' }),
            ),
            when: Type.Optional(Cond('Offered only if this holds.')),
            effects: Type.Optional(Effects('Applied when chosen.')),
          },
          strict,
        ),
        { minItems: 1, description: 'The options the decider chooses among; one is canon.' },
      ),
    ),
  },
  strict,
);
export const EventsFileSchema = Type.Object(
  {
    events: Type.Array(EventSchema, {
      description:
        'What happens: by date, by condition, by mean time to happen, or as a follow-up.',
    }),
  },
  strict,
);

export const EndingSchema = Type.Object(
  {
    id: Id('The ending id.'),
    when: Type.Optional(Cond('The game ends so when this holds at the end of a month.')),
    warning: Type.Optional(
      Cond(
        'While this holds, each faction is warned that the ending is near (its text `ending.<id>.warning`), judged from what that faction can see.',
      ),
    ),
    priority: Type.Optional(Type.Number({ description: 'Higher is checked first (default 0).' })),
    canon: Type.Optional(Type.Boolean({ description: "The source timeline's ending." })),
    fallback: Type.Optional(Type.Boolean({ description: 'Taken when the calendar runs out.' })),
    score: Type.Record(Type.String(), Type.Number({ minimum: 0, maximum: 100 }), {
      description: 'How good it is for each playable faction, 0..100.',
    }),
  },
  strict,
);
export const EndingsFileSchema = Type.Object(
  {
    endings: Type.Array(EndingSchema, {
      description:
        'How the game may end, checked at the end of each month, highest priority first.',
    }),
  },
  strict,
);

export const RoutineRuleSchema = Type.Object(
  {
    order: Id('The order this rule gives: one of the faction’s own.'),
    when: Type.Optional(Cond('The rule applies only while this holds.')),
    where: Type.Optional(
      Cond('For an order aimed at a region: which of its valid targets the rule may pick.'),
    ),
    most: Type.Optional(
      Num(
        'For an order aimed at a region: pick the target where this is highest (`target` is the region).',
      ),
    ),
    least: Type.Optional(
      Num('For an order aimed at a region: pick the target where this is lowest.'),
    ),
  },
  strict,
);
export const RoutineSchema = Type.Object(
  {
    faction: Id('The faction that follows this routine.'),
    rules: Type.Array(RoutineRuleSchema, {
      minItems: 1,
      description:
        'Tried in order each month: each rule that applies gives its order, until the faction has given as many as it may.',
    }),
  },
  strict,
);
export const RoutinesFileSchema = Type.Object(
  {
    routines: Type.Array(RoutineSchema, {
      description:
        'How factions act by rule: the engine plays a non-playable faction’s routine each month; the `routine` policy can play a playable one’s.',
    }),
  },
  strict,
);

export const AiFileSchema = Type.Object(
  {
    factions: Type.Record(
      Type.String(),
      Type.Object(
        {
          weights: Type.Record(Type.String(), Type.Number(), {
            description:
              'Value of each point of a track; `unrest_own` and `unrest_rivals` value a point of unrest in regions the faction holds or others hold.',
          }),
          flags: Type.Optional(
            Type.Record(Type.String(), Type.Number(), {
              description: 'Value of a flag becoming true (and minus it for false).',
            }),
          ),
          orders: Type.Optional(
            Type.Record(Type.String(), Type.Number(), { description: 'Appetite per order.' }),
          ),
          choices: Type.Optional(
            Type.Record(Type.String(), Type.Number(), {
              description: 'Appetite per option, keyed `event.option`.',
            }),
          ),
        },
        strict,
      ),
      { description: "The priority bot's weights, by faction." },
    ),
  },
  strict,
);

/** Texts are a nested mapping of strings. */
export const TextsFileSchema: TSchema = Type.Recursive((This) =>
  Type.Record(Type.String(), Type.Union([Type.String(), This])),
);

export type ScenarioFile = Static<typeof ScenarioFileSchema>;
export type OrderInput = Static<typeof OrderSchema>;
export type EventInput = Static<typeof EventSchema>;
export type EndingInput = Static<typeof EndingSchema>;
export type AiFile = Static<typeof AiFileSchema>;
export type RoutineInput = Static<typeof RoutineSchema>;

/** Which schema each file of a scenario folder follows. */
export function schemaForFile(file: string): TSchema | null {
  if (file === 'scenario.yaml') return ScenarioFileSchema;
  if (file === 'orders.yaml') return OrdersFileSchema;
  if (file === 'endings.yaml') return EndingsFileSchema;
  if (file === 'ai.yaml') return AiFileSchema;
  if (file === 'routines.yaml') return RoutinesFileSchema;
  if (/^events\/[^/]+\.yaml$/.test(file)) return EventsFileSchema;
  if (/^texts\/[a-z]{2}(-[A-Z]{2})?\.yaml$/.test(file)) return TextsFileSchema;
  return null;
}

/** The JSON Schema an editor uses, one entry per kind of file. */
export function jsonSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Uchronia scenario files',
    description:
      'Point your editor at the definition for each file: scenario.yaml, orders.yaml, events/*.yaml, endings.yaml, ai.yaml, routines.yaml, texts/*.yaml.',
    definitions: {
      scenario: ScenarioFileSchema,
      orders: OrdersFileSchema,
      events: EventsFileSchema,
      endings: EndingsFileSchema,
      ai: AiFileSchema,
      routines: RoutinesFileSchema,
      texts: TextsFileSchema,
      effect_list: effectListJsonSchema(),
    },
  };
}
