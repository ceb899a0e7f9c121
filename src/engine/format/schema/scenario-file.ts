// The schema of scenario.yaml: the scenario's factions, tracks, regions, people and flags.
import { Type } from '@sinclair/typebox';
import { Id, DateString, strict, ModifierSchema } from './common';

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
                  "The countries the map sets in the foreground; by default, those of the regions' cities.",
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
