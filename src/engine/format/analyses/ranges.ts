// The checker's rules on numbers: every number written in a scenario lies within the engine's
// range (numbers.ts), probabilities within 0..1, threat clock stages within their track's
// bounds; and a condition the tracks' bounds rule out is pointed out with the reason.
import {
  inRange,
  MAGNITUDE_TEXT,
  showInterval,
  showNumber,
  type Interval,
} from '../../expr/numbers';
import type { LoadedFile } from '../source';
import type { Path } from '../yaml';

type Report = (
  file: LoadedFile,
  path: Path,
  code: string,
  message: string,
  hint?: string,
  offset?: number,
) => void;

const pathKey = (file: LoadedFile, path: Path) => `${file.name}\u0000${path.join('/')}`;

/**
 * Reports every number written in the files (texts aside) beyond the engine's range: a track's
 * bounds, a cost, a weight as much as a value in an effect. Returns where they are, so that the
 * checker does not report them twice.
 */
export function checkMagnitudes(files: readonly LoadedFile[], err: Report): ReadonlySet<string> {
  const found = new Set<string>();
  const walk = (file: LoadedFile, value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'number') {
      if (!inRange(value)) {
        found.add(pathKey(file, path));
        err(
          file,
          path,
          'E_NUMBER_RANGE',
          Number.isFinite(value)
            ? `${value} is beyond the range of numbers`
            : 'expected a finite number',
          `numbers lie within ${MAGNITUDE_TEXT}`,
        );
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        path.push(i);
        walk(file, v, path);
        path.pop();
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        path.push(k);
        walk(file, v, path);
        path.pop();
      }
    }
  };
  for (const file of files) if (!file.name.startsWith('texts/')) walk(file, file.value, []);
  return found;
}

/** Whether `checkMagnitudes` reported the number at this place. */
export const reportedAt = (found: ReadonlySet<string>, file: LoadedFile, path: Path): boolean =>
  found.has(pathKey(file, path));

/**
 * A probability (an order's `chance` or `exposure`, a `chance` effect's `p`) must lie within
 * 0..1. A constant outside is an error, with a hint when it reads as a percentage; so is an
 * expression that can never give a value within 0..1. (At run time a computed probability
 * beyond 0..1 counts as never or always.)
 */
export function checkProbability(
  file: LoadedFile,
  path: Path,
  source: unknown,
  constant: number | null,
  range: Interval,
  err: Report,
): void {
  const offset = typeof source === 'string' ? 0 : undefined;
  if (constant !== null) {
    if (constant >= 0 && constant <= 1) return;
    const percent = constant > 1 && constant <= 100;
    err(
      file,
      path,
      'E_PROBABILITY_RANGE',
      `a probability of ${showNumber(constant)} is outside 0..1`,
      percent
        ? `write ${showNumber(constant / 100)} for ${showNumber(constant)}%`
        : 'a probability is a number from 0 (never) to 1 (always)',
      offset,
    );
    return;
  }
  if (range[0] > 1 || range[1] < 0)
    err(
      file,
      path,
      'E_PROBABILITY_RANGE',
      `this probability lies within ${showInterval(range)}, outside 0..1`,
      'a probability is a number from 0 (never) to 1 (always)',
      offset,
    );
}

/** A threat clock's stages begin at values its track can reach. */
export function checkStages(
  file: LoadedFile,
  path: Path,
  stages: readonly { id: string; at: number }[],
  min: number,
  max: number,
  err: Report,
): void {
  stages.forEach((st, j) => {
    if (st.at < min || st.at > max)
      err(
        file,
        [...path, 'stages', j, 'at'],
        'E_OUT_OF_RANGE',
        `stage \`${st.id}\` at ${showNumber(st.at)} is outside the track’s ${showNumber(min)}..${showNumber(max)}`,
        'a stage begins at a value the track can reach',
      );
  });
}
