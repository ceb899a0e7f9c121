// The shape of every scenario file, declared once with TypeBox. The loader validates against it,
// the TypeScript types of raw files derive from it, and `uchronia schema` prints it as JSON
// Schema for editors. Conditions, numbers and effects are checked further by the language's
// registry, which also supplies their part of the published schema.
import type { Static, TSchema } from '@sinclair/typebox';
import { effectListJsonSchema } from '../expr/effects';
import { ScenarioFileSchema } from './schema/scenario-file';
import {
  AiFileSchema,
  EndingSchema,
  EndingsFileSchema,
  EventSchema,
  EventsFileSchema,
  OrderSchema,
  OrdersFileSchema,
  RoutineSchema,
  RoutinesFileSchema,
  TextsFileSchema,
} from './schema/content';

export * from './schema/scenario-file';
export * from './schema/content';

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
