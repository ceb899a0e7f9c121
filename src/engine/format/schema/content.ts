// The schemas of the content files: orders.yaml, events/*.yaml, endings.yaml, routines.yaml,
// ai.yaml and texts/*.yaml.
import { Type, type TSchema } from '@sinclair/typebox';
import { Id, DateString, Num, Cond, Effects, strict } from './common';

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
    score: Type.Record(
      Type.String(),
      Num(
        'How good it is for each playable faction, 0..100: a number, or an expression of the last month as that faction sees it (held to 0..100).',
      ),
      { description: 'How good it is for each playable faction, 0..100.' },
    ),
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
