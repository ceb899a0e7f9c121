// endings.yaml: how each ending scores every playable faction, and the one taken when the
// calendar runs out.
import { showInterval, showNumber } from '../../expr/numbers';
import type { EndingDef, EndingScore } from '../../types';
import type { LoadedFile } from '../source';
import type { Path } from '../yaml';
import type { CheckContext } from './context';

/** A score: a number within 0..100, or an expression that can give something within it (it is
 *  held to 0..100 when the game ends). */
function scoreOf(
  c: CheckContext,
  file: LoadedFile,
  path: Path,
  value: unknown,
): EndingScore | null {
  const r = c.numAndRange(file, path, value, c.names);
  if (!r) return null;
  const offset = typeof value === 'string' ? 0 : undefined;
  const { constant } = r.value;
  if (constant !== null && (constant < 0 || constant > 100)) {
    c.err(file, path, 'E_SCORE_RANGE', `a score of ${showNumber(constant)} is outside 0..100`);
    return null;
  }
  const [lo, hi] = constant !== null ? [constant, constant] : r.range;
  if (hi < 0 || lo > 100) {
    c.err(
      file,
      path,
      'E_SCORE_RANGE',
      `this score lies within ${showInterval(r.range)}, outside 0..100`,
      'a score is held to 0..100: write one that can land within it',
      offset,
    );
    return null;
  }
  return { value: r.value, low: Math.max(0, lo), high: Math.min(100, hi) };
}

export function checkEndings(c: CheckContext, ledTo: ReadonlySet<string>) {
  const { byName, err, warn, endings, playable, checkFaction, optBool } = c;
  const endingDefs: EndingDef[] = endings.map(({ item: e, file, path }) => {
    for (const f of Object.keys(e.score)) checkFaction(file, [...path, 'score', f], f, true);
    for (const f of playable)
      if (!(f in e.score))
        err(
          file,
          [...path, 'score'],
          'E_MISSING_KEY',
          `score for \`${f}\` is missing`,
          'every ending scores every playable faction',
        );
    if (e.when === undefined && !e.fallback && !ledTo.has(e.id))
      warn(
        file,
        [...path, 'id'],
        'W_UNREACHABLE_ENDING',
        `ending \`${e.id}\` has no \`when\` and no \`end\` effect leads to it`,
        'give it a `when`, or end the game on it with `- end: ' + e.id + '`',
      );
    const score: Record<string, EndingScore> = {};
    for (const [f, v] of Object.entries(e.score)) {
      const s = scoreOf(c, file, [...path, 'score', f], v);
      if (s) score[f] = s;
    }
    return {
      id: e.id,
      when: optBool(file, [...path, 'when'], e.when),
      warning: optBool(file, [...path, 'warning'], e.warning),
      priority: e.priority ?? 0,
      canon: e.canon ?? false,
      fallback: e.fallback ?? false,
      score,
    };
  });
  const endingsFile = byName.get('endings.yaml');
  if (endingsFile) {
    const fallbacks = endingDefs.filter((e) => e.fallback).length;
    if (fallbacks !== 1)
      err(
        endingsFile,
        ['endings'],
        'E_FALLBACK',
        `exactly one ending is the \`fallback\` (found ${fallbacks})`,
        'it is taken when the calendar runs out',
      );
    if (endingDefs.filter((e) => e.canon).length > 1)
      err(endingsFile, ['endings'], 'E_CANON_ENDING', 'at most one ending is `canon`');
  }

  return endingDefs;
}
