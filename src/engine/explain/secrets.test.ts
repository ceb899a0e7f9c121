// Previews and "why" tell a faction only what its view holds: a condition on a flag kept from it
// stays unresolved, a follow-up hidden from it is not named, a drift that reads what it cannot
// see is not named or counted.
import { describe, expect, it } from 'vitest';
import {
  describeEffects,
  explain,
  initialState,
  parseScenario,
  viewFor,
  type GameState,
} from '../index';
import { miniFiles, replaceOnce } from '../../../test/helpers';
import { withPlot } from '../../../test/secret-fixture';

const scenario = withPlot();
const plotted = (on: boolean): GameState => {
  const s = initialState(scenario, 1);
  s.flags.plot = on;
  return s;
};
const refuse = scenario.index.event.get('reform_debate')!.choices.find((c) => c.id === 'refuse')!;

describe('a preview', () => {
  it('leaves a condition on a flag the viewer cannot see unresolved, whatever its answer', () => {
    const [yes, no] = [true, false].map((on) =>
      describeEffects(scenario, refuse.effects, { view: viewFor(scenario, plotted(on), 'red') }),
    );
    expect(yes).toEqual(no);
    expect(yes).toContain('If something you cannot see: Support -20; otherwise Support +4');
    // the faction that sees the flag gets the answer
    expect(
      describeEffects(scenario, refuse.effects, { view: viewFor(scenario, plotted(true), 'blue') }),
    ).toContain('If plot (it does now): Support -20; otherwise Support +4');
  });

  it('does not name a follow-up the viewer will not see', () => {
    const red = describeEffects(scenario, refuse.effects, {
      view: viewFor(scenario, plotted(false), 'red'),
    });
    expect(red.join('\n')).not.toContain('Backlash news');
    expect(red).toContain('Sets in motion: something you will not see');
    const blue = describeEffects(scenario, refuse.effects, { viewer: 'blue' });
    expect(blue).toContain('Sets in motion: Backlash news');
  });

  it('does not name a flag the viewer cannot see, but says something it cannot see changes', () => {
    const plan = scenario.index.event.get('blue_plots')!.effects;
    expect(describeEffects(scenario, plan, { viewer: 'red' })).toEqual(['Effects you cannot see']);
    expect(describeEffects(scenario, plan, { viewer: 'blue' })).toEqual([
      'plot: yes — each month while it holds: Support -3 (Blue plotters in the army)',
    ]);
  });
});

describe('"why"', () => {
  it('names no drift that reads a flag the viewer cannot see, nor counts it', () => {
    const [yes, no] = [true, false].map((on) =>
      explain(scenario, viewFor(scenario, plotted(on), 'red'), 'support'),
    );
    expect(yes).toEqual(no);
    expect(yes!.parts.map((p) => p.label)).not.toContain('Blue plotters in the army');
    expect(yes!.parts.at(-1)).toMatchObject({ label: 'Causes you cannot see', unseen: true });
    expect(yes!.total).toBe(-1 + yes!.parts.find((p) => p.id === 'calm')!.value);
    // blue, who sees the plot, gets it by name
    const blue = explain(scenario, viewFor(scenario, plotted(true), 'blue'), 'support')!;
    expect(blue.parts).toContainEqual(
      expect.objectContaining({ label: 'Blue plotters in the army', value: -3, active: true }),
    );
  });
});

describe('private flags in scenario files', () => {
  const load = (edit: (t: string) => string) =>
    parseScenario(
      miniFiles().map((f) =>
        f.path === 'scenario.yaml' ? { path: f.path, text: edit(f.text) } : f,
      ),
    );

  it('refuses an unknown faction in a flag’s visibleTo, located, with a hint', () => {
    const r = load((t) =>
      replaceOnce(t, '  - { id: crisis }\n', '  - { id: crisis, visibleTo: [bleu] }\n'),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContainEqual(
      expect.objectContaining({
        file: 'scenario.yaml',
        path: 'flags/0/visibleTo/0',
        code: 'E_UNKNOWN_REF',
        hint: expect.stringContaining('blue'),
      }),
    );
  });

  it('refuses an order whose condition reads what its faction cannot see', () => {
    const hidden = parseScenario(
      miniFiles().map((f) =>
        f.path === 'scenario.yaml'
          ? {
              path: f.path,
              text: replaceOnce(
                f.text,
                '  - { id: crisis }\n',
                '  - { id: crisis, visibleTo: [blue] }\n',
              ),
            }
          : f.path === 'orders.yaml'
            ? {
                path: f.path,
                text: f.text.replace(/(  - id: rally\n)/, '$1    when: "not crisis"\n'),
              }
            : f,
      ),
    );
    expect(hidden.ok).toBe(false);
    if (hidden.ok) return;
    expect(hidden.errors).toContainEqual(
      expect.objectContaining({ file: 'orders.yaml', code: 'E_HIDDEN_CONDITION' }),
    );
  });
});
