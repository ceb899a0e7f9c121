import { distance } from 'fastest-levenshtein';

/** "did you mean …?" for a misspelt name, or undefined when nothing is close enough. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(name, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(name.length / 3));
  return bestDistance <= limit ? `did you mean \`${best}\`?` : undefined;
}
