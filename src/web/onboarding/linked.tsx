// A text with the people, places and terms of the glossary linked: the first mention of each
// opens its entry in the briefing.
import type { GlossaryEntry } from '../protocol';

interface Props {
  text: string;
  glossary: readonly GlossaryEntry[];
  onTerm(id: string): void;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new WeakMap<readonly GlossaryEntry[], RegExp | null>();

/** One pattern for every name, the longest first, so "Mexico City" wins over "Mexico". */
function patternOf(glossary: readonly GlossaryEntry[]): RegExp | null {
  let p = patterns.get(glossary);
  if (p === undefined) {
    const names = glossary
      .map((g) => g.name)
      .filter((n) => n.length >= 4)
      .sort((a, b) => b.length - a.length)
      .map(escape);
    p = names.length ? new RegExp(`(?<![\\p{L}])(${names.join('|')})(?![\\p{L}])`, 'gu') : null;
    patterns.set(glossary, p);
  }
  return p;
}

export function Linked({ text, glossary, onTerm }: Props) {
  const pattern = patternOf(glossary);
  if (!pattern) return <>{text}</>;
  const out: (string | preact.JSX.Element)[] = [];
  const seen = new Set<string>();
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    const entry = glossary.find((g) => g.name === m[1]);
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    out.push(text.slice(at, m.index));
    out.push(
      <button
        key={entry.id}
        type="button"
        class="link term"
        onClick={() => onTerm(entry.id)}
        aria-label={`${m[1]} (in the glossary)`}
      >
        {m[1]}
      </button>,
    );
    at = m.index + m[0].length;
  }
  out.push(text.slice(at));
  return <>{out}</>;
}
