// The pieces every scenario file's schema is made of: ids, dates, numbers and conditions (as
// values or expressions), effect lists and modifiers.
import { Kind, Type, TypeRegistry } from '@sinclair/typebox';

export const ID = '^[a-z][a-z0-9_]*$';
export const DATE = '^\\d{4}-\\d{2}(-\\d{2})?$';

export const Id = (description: string) => Type.String({ pattern: ID, description });
export const DateString = (description: string) => Type.String({ pattern: DATE, description });
/** A number, or an expression that gives one. */
export const Num = (description: string) =>
  Type.Union([Type.Number(), Type.String({ minLength: 1 })], { description });
/** A condition: true/false, or an expression. */
export const Cond = (description: string) =>
  Type.Union([Type.Boolean(), Type.String({ minLength: 1 })], { description });
/** Effects are checked by the effect registry; the schema below only publishes their shape. */
export const EFFECT_LIST_KIND = 'UchroniaEffectList';
if (!TypeRegistry.Has(EFFECT_LIST_KIND))
  TypeRegistry.Set(EFFECT_LIST_KIND, (_schema, value) => Array.isArray(value));
export const Effects = (description: string) =>
  Type.Unsafe<unknown[]>({
    [Kind]: EFFECT_LIST_KIND,
    $ref: '#/definitions/effect_list',
    description,
  });

export const strict = { additionalProperties: false } as const;

export const ModifierSchema = Type.Object(
  {
    id: Id('Names the modifier; its label is the text `…drift.<id>` or `…term.<id>`.'),
    when: Type.Optional(Cond('Applies only while this holds.')),
    value: Num('The amount.'),
  },
  strict,
);
