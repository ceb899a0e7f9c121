// The event graph drawn: as DOT for Graphviz, or laid out by dagre and drawn as SVG (alone or in
// a page with its legend).
import dagre from '@dagrejs/dagre';
import type { EventGraph, GraphEdge, GraphNode, NodeKind } from './build';

export const GRAPH_FORMATS = ['html', 'svg', 'dot'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

const xml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u001f\u007f]/g, '');
const dotString = (s: string) =>
  `"${s
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')}"`;

const FILL: Readonly<Record<NodeKind, string>> = {
  event: '#f4efe1',
  choice: '#e3edf7',
  order: '#e9f3e4',
  flag: '#f7e6f0',
  ending: '#dad2ec',
};
const CANON = '#b8860b';
const UNREACHED = '#c0392b';

export function toDot(g: EventGraph): string {
  const lines = [
    `digraph ${dotString(g.scenario)} {`,
    '  rankdir=LR; node [shape=box, style="rounded,filled", fontname="sans-serif"];',
  ];
  for (const n of g.nodes) {
    const attrs = [
      `label=${dotString(n.label).slice(0, -1)}\\n${dotString(n.detail).slice(1)}`,
      `fillcolor=${dotString(FILL[n.kind])}`,
      n.kind === 'flag' ? 'shape=ellipse' : n.kind === 'ending' ? 'shape=doubleoctagon' : '',
      n.canon ? `color=${dotString(CANON)}, penwidth=3` : '',
      n.unreached ? `color=${dotString(UNREACHED)}, style="rounded,filled,dashed"` : '',
    ].filter(Boolean);
    lines.push(`  ${dotString(n.id)} [${attrs.join(', ')}];`);
  }
  for (const e of g.edges) {
    const attrs = [
      e.label ? `label=${dotString(e.label)}` : '',
      e.kind === 'next' ? 'style=dotted, color="#bbbbbb", arrowhead=none' : '',
      e.kind === 'reads' ? 'style=dashed' : '',
      e.canon ? `color=${dotString(CANON)}, penwidth=2.5` : '',
    ].filter(Boolean);
    lines.push(
      `  ${dotString(e.from)} -> ${dotString(e.to)}${attrs.length ? ` [${attrs.join(', ')}]` : ''};`,
    );
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

interface Placed {
  readonly node: GraphNode;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
interface Routed {
  readonly edge: GraphEdge;
  readonly points: readonly { x: number; y: number }[];
}
export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly Placed[];
  readonly edges: readonly Routed[];
}

const CHAR = 6.6; // width of a character at the drawing's font size, near enough
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Positions for every node and a route for every edge, from dagre. */
export function layoutGraph(g: EventGraph): Layout {
  const d = new dagre.graphlib.Graph({ multigraph: true });
  d.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 60, marginx: 16, marginy: 16 });
  d.setDefaultEdgeLabel(() => ({}));
  for (const n of g.nodes) {
    const width = Math.max(clip(n.label, 40).length, clip(n.detail, 40).length) * CHAR + 20;
    d.setNode(n.id, { width, height: 38 });
  }
  const known = new Set(g.nodes.map((n) => n.id));
  g.edges.forEach((e, i) => {
    if (known.has(e.from) && known.has(e.to))
      d.setEdge(e.from, e.to, { weight: e.kind === 'next' ? 1 : 3, minlen: 1 }, `e${i}`);
  });
  dagre.layout(d);
  const nodes = g.nodes.map((node) => {
    const p = d.node(node.id) as { x: number; y: number; width: number; height: number };
    return { node, x: p.x, y: p.y, width: p.width, height: p.height };
  });
  const edges: Routed[] = [];
  g.edges.forEach((edge, i) => {
    const p = d.edge({ v: edge.from, w: edge.to, name: `e${i}` }) as
      { points?: { x: number; y: number }[] } | undefined;
    if (p?.points) edges.push({ edge, points: p.points });
  });
  const size = d.graph() as { width?: number; height?: number };
  return { width: size.width ?? 0, height: size.height ?? 0, nodes, edges };
}

export function toSvg(g: EventGraph, layout: Layout = layoutGraph(g)): string {
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.ceil(layout.width)} ${Math.ceil(layout.height)}" width="${Math.ceil(layout.width)}" height="${Math.ceil(layout.height)}" font-family="sans-serif" font-size="11">`,
    `<title>${xml(g.title)}: event graph</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>',
  ];
  for (const { edge, points } of layout.edges) {
    const d = points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('');
    const stroke = edge.canon ? CANON : edge.kind === 'next' ? '#cccccc' : '#777777';
    const dash =
      edge.kind === 'reads'
        ? ' stroke-dasharray="4 3"'
        : edge.kind === 'next'
          ? ' stroke-dasharray="1 3"'
          : '';
    out.push(
      `<path class="edge ${edge.kind}${edge.canon ? ' canon' : ''}" d="${d}" fill="none" stroke="${stroke}" stroke-width="${edge.canon ? 2.5 : 1}"${dash}${edge.kind === 'next' ? '' : ' marker-end="url(#arrow)"'}/>`,
    );
    const mid = points[Math.floor(points.length / 2)];
    if (edge.label && mid)
      out.push(
        `<text x="${mid.x.toFixed(1)}" y="${(mid.y - 3).toFixed(1)}" text-anchor="middle" fill="#555">${xml(edge.label)}</text>`,
      );
  }
  for (const { node, x, y, width, height } of layout.nodes) {
    const stroke = node.unreached ? UNREACHED : node.canon ? CANON : '#888888';
    const rx = node.kind === 'flag' ? height / 2 : node.kind === 'ending' ? 2 : 6;
    out.push(
      `<g class="node ${node.kind}${node.canon ? ' canon' : ''}${node.unreached ? ' unreached' : ''}" data-id="${xml(node.id)}">` +
        `<title>${xml(`${node.id}${node.unreached ? ' (not reached by the search)' : ''}`)}</title>` +
        `<rect x="${(x - width / 2).toFixed(1)}" y="${(y - height / 2).toFixed(1)}" width="${width.toFixed(1)}" height="${height}" rx="${rx}" fill="${FILL[node.kind]}" stroke="${stroke}" stroke-width="${node.canon || node.unreached ? 2.5 : 1}"${node.unreached ? ' stroke-dasharray="5 3"' : ''}/>` +
        `<text x="${x.toFixed(1)}" y="${(y - 3).toFixed(1)}" text-anchor="middle" font-weight="${node.kind === 'choice' ? 'normal' : 'bold'}">${xml(clip(node.label, 40))}</text>` +
        `<text x="${x.toFixed(1)}" y="${(y + 11).toFixed(1)}" text-anchor="middle" fill="#555" font-size="10">${xml(clip(node.detail, 40))}${node.unreached ? ' · unreached' : ''}</text>` +
        '</g>',
    );
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

export function toHtml(g: EventGraph, reachNote: string): string {
  const legend = (Object.keys(FILL) as NodeKind[])
    .map((k) => `<span class="key" style="background:${FILL[k]}">${k}</span>`)
    .join(' ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${xml(g.title)}: event graph</title>
<style>
body{font-family:sans-serif;margin:0;background:#fff;color:#222}
header{padding:.6rem 1rem;border-bottom:1px solid #ddd;position:sticky;top:0;background:#fff}
h1{font-size:1.1rem;margin:0 0 .3rem}
.key{display:inline-block;padding:0 .4rem;border:1px solid #888;border-radius:4px;font-size:.8rem}
.canon-key{border:2.5px solid ${CANON}}.unreached-key{border:2.5px dashed ${UNREACHED}}
main{overflow:auto}
</style></head><body>
<header><h1>${xml(g.title)}: event graph</h1>
<div>${legend} <span class="key canon-key">canon line</span> <span class="key unreached-key">unreached</span>
<small>${xml(reachNote)} Arrows: options, follow-ups (with their delay), flags set and read (dashed), endings; dotted: the calendar.</small></div></header>
<main>${toSvg(g)}</main>
</body></html>
`;
}
