import { describe, expect, it } from 'vitest';
import { FILE_KINDS, combinedSchema, namesOf, parseScenario, rootSchema } from '../../index';
import { miniFiles } from '../../../../test/helpers';

/** Every property of a schema that has no description, by its path in the schema. */
function undescribed(node: unknown, path = ''): string[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((n, i) => undescribed(n, `${path}/${i}`));
  const out: string[] = [];
  const props = (node as { properties?: Record<string, { description?: string }> }).properties;
  for (const [k, v] of Object.entries(props ?? {}))
    if (!v.description) out.push(`${path}/properties/${k}`);
  for (const [k, v] of Object.entries(node)) out.push(...undescribed(v, `${path}/${k}`));
  return out;
}

const mini = () => {
  const r = parseScenario(miniFiles());
  if (!r.ok) throw new Error('mini does not load');
  return namesOf(r.scenario);
};

describe('editor schemas', () => {
  it('describe every property and every effect operation (hover help)', () => {
    expect(undescribed(combinedSchema())).toEqual([]);
    expect(undescribed(combinedSchema(mini()))).toEqual([]);
  });

  it('offer the scenario’s own names where a name is expected', () => {
    const names = mini();
    const events = rootSchema('events', names) as any;
    const event = events.properties.events.items.properties;
    expect(event.decider.enum).toEqual(['red', 'blue', 'rebels']);
    const ops = Object.fromEntries(
      events.definitions.effect_list.items.oneOf.map((o: any) => Object.entries(o.properties)[0]),
    ) as Record<string, any>;
    expect(ops.add.propertyNames.enum).toEqual(['support', 'gold', 'spies', 'tension']);
    expect(ops.trigger.oneOf[0].enum).toEqual(names.events);
    expect(ops.end.enum).toEqual(names.endings);
    expect(ops.unrest.propertyNames.enum).toContain('target');
    const ai = rootSchema('ai', names) as any;
    expect(ai.properties.factions.propertyNames.enum).toEqual(['red', 'blue', 'rebels']);
  });

  it('give the texts file the keys the scenario reads, and refuse others', () => {
    const texts = rootSchema('texts', mini()) as any;
    expect(texts.additionalProperties).toBe(false);
    expect(Object.keys(texts.properties.scenario.properties)).toEqual(['title', 'summary']);
    expect(texts.properties.event.properties).toHaveProperty('reform_debate');
  });

  it('have a root schema for each kind of file, with the effect list it refers to', () => {
    for (const kind of FILE_KINDS) {
      const s = rootSchema(kind) as any;
      expect(s.$schema).toMatch(/json-schema/);
      if (kind !== 'texts') expect(s.definitions.effect_list.type).toBe('array');
      expect(s.type).toBe('object');
    }
  });
});
