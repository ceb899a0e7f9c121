import { describe, expect, it } from 'vitest';
import { loadMini } from '../../../test/helpers';
import { buildGraph } from './build';
import { layoutGraph, toDot, toHtml, toSvg } from './render';

describe('the event graph', () => {
  const scenario = loadMini();
  const graph = buildGraph(scenario);
  const edge = (from: string, to: string) =>
    graph.edges.find((e) => e.from === from && e.to === to);

  it('has the events, their options, the follow-ups, flags set and read, and endings', () => {
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'event:reform_debate',
        'choice:reform_debate.accept',
        'flag:reform',
        'ending:red_falls',
      ]),
    );
    expect(edge('event:reform_debate', 'choice:reform_debate.accept')?.kind).toBe('option');
    expect(edge('choice:reform_debate.accept', 'event:reform_backlash')).toMatchObject({
      kind: 'trigger',
      label: '+2 months',
    });
    expect(edge('choice:reform_debate.accept', 'flag:reform')?.label).toBe('sets');
    expect(edge('flag:reform', 'event:reform_backlash')?.kind).toBe('reads');
    expect(edge('event:collapse', 'ending:red_falls')?.kind).toBe('ends');
  });

  it('highlights the canon line: canon options and the follow-ups they trigger', () => {
    const canon = new Set(graph.nodes.filter((n) => n.canon).map((n) => n.id));
    expect(canon.has('choice:reform_debate.accept')).toBe(true);
    expect(canon.has('choice:reform_debate.refuse')).toBe(false);
    expect(canon.has('event:backlash_news')).toBe(true); // a follow-up of a canon event
    expect(edge('choice:reform_debate.accept', 'event:reform_backlash')?.canon).toBe(true);
  });

  it('marks what a reachability search did not reach', () => {
    const g = buildGraph(scenario, { events: ['riots'], endings: ['stalemate'], runs: 10 });
    const unreached = g.nodes.filter((n) => n.unreached).map((n) => n.id);
    expect(unreached).toEqual(['event:riots', 'ending:stalemate']);
    expect(toSvg(g)).toMatch(/class="node event unreached" data-id="event:riots"/);
  });

  it('is laid out by dagre: every node placed inside the drawing, no two at one place', () => {
    const layout = layoutGraph(graph);
    const places = new Set(layout.nodes.map((n) => `${Math.round(n.x)},${Math.round(n.y)}`));
    expect(places.size).toBe(graph.nodes.length);
    for (const n of layout.nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(layout.height);
    }
    expect(layout.edges.length).toBe(graph.edges.length);
  });

  it('is written as DOT, SVG and a page, with the scenario’s words escaped', () => {
    const dot = toDot(graph);
    expect(dot).toMatch(/^digraph "mini" \{/);
    expect(dot).toContain(
      '"choice:reform_debate.accept" -> "event:reform_backlash" [label="+2 months"',
    );
    const hostile = { ...graph, title: '<script>alert(1)</script>' };
    expect(toHtml(hostile, '')).not.toContain('<script>');
    expect(toSvg(graph)).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
  });
});
