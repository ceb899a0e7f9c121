// endings.yaml: how each ending scores every playable faction, and the one taken when the
// calendar runs out.
import type { EndingDef } from '../../types';
import type { CheckContext } from './context';

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
    return {
      id: e.id,
      when: optBool(file, [...path, 'when'], e.when),
      warning: optBool(file, [...path, 'warning'], e.warning),
      priority: e.priority ?? 0,
      canon: e.canon ?? false,
      fallback: e.fallback ?? false,
      score: { ...e.score },
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
