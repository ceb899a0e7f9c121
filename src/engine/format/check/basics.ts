// The start of a check: scenario.yaml found, how errors and warnings are reported, the calendar
// and how dates are read in it.
import { parseDate } from '../../expr/parse';
import { MAX_TURN_LENGTH, MONTHLY, parseTurn, tickOf } from '../../calendar';
import type { LoadedFile, Reporter } from '../source';
import type { ScenarioFile } from '../schema';
import { SCENARIO_FORMAT_VERSION } from '../../types';
import { checkMagnitudes } from '../analyses/ranges';
import type { Path } from '../yaml';

export type Basics = NonNullable<ReturnType<typeof startCheck>>;

/** What every part of the check starts from; null if there is no scenario.yaml to start from. */
export function startCheck(files: readonly LoadedFile[], reporter: Reporter) {
  const byName = new Map(files.map((f) => [f.name, f]));
  const main = byName.get('scenario.yaml');
  if (!main) {
    reporter.report(
      'scenario.yaml',
      [],
      'error',
      'E_MISSING_FILE',
      'the folder has no scenario.yaml',
    );
    return null;
  }
  /** Whether an error was reported: once one is, no scenario is made. */
  const state = { failed: false };
  const err = (
    file: LoadedFile,
    path: Path,
    code: string,
    message: string,
    hint?: string,
    offset?: number,
  ) => {
    state.failed = true;
    reporter.report(file, path, 'error', code, message, hint, offset);
  };
  const warn = (file: LoadedFile, path: Path, code: string, message: string, hint?: string) =>
    reporter.report(file, path, 'warning', code, message, hint);
  /** `file:line:col` of a place, for a message that names another. */
  const where = (file: LoadedFile, path: Path) => {
    const at = file.yaml.locate(path);
    return `${file.name}:${at.line}:${at.col}`;
  };
  const outOfRange = checkMagnitudes(files, err);

  const s = main.value as ScenarioFile;
  if (s.formatVersion > SCENARIO_FORMAT_VERSION)
    err(
      main,
      ['formatVersion'],
      'E_FORMAT_VERSION',
      `this scenario needs format version ${s.formatVersion}; this engine reads up to ${SCENARIO_FORMAT_VERSION}`,
      'update Uchronia',
    );

  const calendar = s.turn === undefined ? MONTHLY : parseTurn(s.turn);
  if (!calendar)
    err(
      main,
      ['turn'],
      'E_BAD_TURN',
      `\`${s.turn}\` is not a turn length`,
      `write \`month\`, \`week\`, \`day\`, or a number of them from 1 to ${MAX_TURN_LENGTH} such as \`3 days\``,
    );
  const cal = calendar ?? MONTHLY;
  const date = (file: LoadedFile, path: Path, text: string): number => {
    const d = parseDate(text);
    if (!d) {
      err(
        file,
        path,
        'E_BAD_DATE',
        `\`${text}\` is not a real date`,
        'a month from 01 to 12, and a day that month has',
      );
      return 0;
    }
    return tickOf(cal, d.month, d.day);
  };
  const dayOf = (text: string | undefined): number | null =>
    text ? (parseDate(text)?.day ?? null) : null;
  return {
    files,
    reporter,
    byName,
    main,
    state,
    err,
    warn,
    where,
    outOfRange,
    s,
    cal,
    date,
    dayOf,
  };
}
