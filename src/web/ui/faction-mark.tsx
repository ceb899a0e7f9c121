// A faction's mark: its colour and a shape of its own, so that control reads without colour too.
const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'hexagon', 'star'] as const;

function shapePath(shape: (typeof SHAPES)[number], r: number): string {
  const poly = (n: number, rot: number, radius: (k: number) => number) =>
    Array.from({ length: n }, (_, k) => {
      const a = rot + (k * 2 * Math.PI) / n;
      const rr = radius(k);
      return `${k ? 'L' : 'M'}${(Math.cos(a) * rr).toFixed(2)},${(Math.sin(a) * rr).toFixed(2)}`;
    }).join('') + 'Z';
  switch (shape) {
    case 'circle':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square':
      return poly(4, Math.PI / 4, () => r * 1.2);
    case 'diamond':
      return poly(4, 0, () => r * 1.25);
    case 'triangle':
      return poly(3, -Math.PI / 2, () => r * 1.35);
    case 'hexagon':
      return poly(6, 0, () => r * 1.1);
    case 'star':
      return poly(10, -Math.PI / 2, (k) => (k % 2 ? r * 0.6 : r * 1.35));
  }
}

export function markPath(factionIndex: number, r: number): string {
  return factionIndex < 0
    ? shapePath('circle', r * 0.7)
    : shapePath(SHAPES[factionIndex % SHAPES.length]!, r);
}

export function FactionMark({
  index,
  color,
  size = 14,
}: {
  index: number;
  color: string;
  size?: number;
}) {
  const r = size / 2 - 1.5;
  return (
    <svg
      class="mark"
      width={size}
      height={size}
      viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`}
      aria-hidden="true"
    >
      <path
        d={markPath(index, r)}
        fill={index < 0 ? 'none' : color}
        stroke={index < 0 ? '#aab' : '#111'}
        stroke-width="1"
      />
    </svg>
  );
}
