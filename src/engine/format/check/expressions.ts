// Expressions, effects and modifiers compiled where the scenario writes them, each error reported
// at its place in the file.
import { compileBool, compileNum, type NameTable } from '../../expr/compile';
import { compileEffectList, type EffectEnv } from '../../expr/effects';
import type { LoadedFile } from '../source';
import type { CompiledBool, CompiledNum, Effect, Modifier } from '../../types';
import { checkProbability, reportedAt } from '../analyses/ranges';
import type { Interval } from '../../expr/numbers';
import type { Path } from '../yaml';
import type { Basics } from './basics';
import type { Declarations } from './declarations';

export type Expressions = ReturnType<typeof expressionCheckers>;

export function expressionCheckers(c: Basics & Declarations) {
  const { main, reporter, err, where, outOfRange, names, endingIds } = c;
  // --- compilation helpers ------------------------------------------------------------------
  const triggers = new Map<string, { to: string; file: LoadedFile; path: Path }[]>();
  const makeEnv = (file: LoadedFile, table: NameTable, from: string | null): EffectEnv => ({
    names: table,
    endings: endingIds,
    report: (path, code, message, hint) => err(file, path, code, message, hint),
    onTrigger: (event, path) => {
      if (from === null) return;
      const list = triggers.get(from) ?? [];
      list.push({ to: event, file, path });
      triggers.set(from, list);
    },
    num: (value, path) => num(file, path, value, table),
    probability: (value, path) => probability(file, path, value, table),
    bool: (value, path) => bool(file, path, value, table),
  });
  const numAndRange = (
    file: LoadedFile,
    path: Path,
    value: unknown,
    table: NameTable,
  ): { value: CompiledNum; range: Interval } | null => {
    if (typeof value !== 'number' && typeof value !== 'string') {
      err(file, path, 'E_TYPE', 'expected a number or an expression');
      return null;
    }
    if (reportedAt(outOfRange, file, path)) return null;
    const r = compileNum(value, table);
    if (r.ok) return r;
    for (const e of r.errors)
      err(file, path, e.code, e.message, e.hint, typeof value === 'string' ? e.at : undefined);
    return null;
  };
  const num = (file: LoadedFile, path: Path, value: unknown, table: NameTable = names) =>
    numAndRange(file, path, value, table)?.value ?? null;
  const probability = (file: LoadedFile, path: Path, value: unknown, table: NameTable) => {
    const r = numAndRange(file, path, value, table);
    if (r) checkProbability(file, path, value, r.value.constant, r.range, err);
    return r?.value ?? null;
  };
  const bool = (
    file: LoadedFile,
    path: Path,
    value: unknown,
    table: NameTable = names,
  ): CompiledBool | null => {
    if (typeof value !== 'boolean' && typeof value !== 'string') {
      err(file, path, 'E_TYPE', 'expected true, false or a condition');
      return null;
    }
    const r = compileBool(value, table);
    if (r.ok && r.never)
      reporter.report(
        file,
        path,
        'warning',
        r.never.code,
        r.never.message,
        r.never.hint,
        r.never.at,
      );
    if (r.ok) return r.value;
    for (const e of r.errors)
      err(file, path, e.code, e.message, e.hint, typeof value === 'string' ? e.at : undefined);
    return null;
  };
  const optBool = (file: LoadedFile, path: Path, value: unknown, table: NameTable = names) =>
    value === undefined ? null : bool(file, path, value, table);
  const effects = (
    file: LoadedFile,
    path: Path,
    value: unknown,
    from: string | null,
    table: NameTable = names,
  ): Effect[] =>
    value === undefined ? [] : (compileEffectList(value, path, makeEnv(file, table, from)) ?? []);
  const modifiers = (
    path: Path,
    list: readonly { id: string; when?: unknown; value: unknown }[],
    table: NameTable = names,
  ): Modifier[] => {
    const seen = new Map<string, number>();
    return list.flatMap((m, i) => {
      const first = seen.get(m.id);
      if (first !== undefined)
        err(
          main,
          [...path, i, 'id'],
          'E_DUPLICATE_ID',
          `modifier \`${m.id}\` is declared twice: here and at ${where(main, [...path, first, 'id'])}`,
          'the modifiers of one figure have ids of their own: rename one',
        );
      else seen.set(m.id, i);
      const value = num(main, [...path, i, 'value'], m.value, table);
      const when = optBool(main, [...path, i, 'when'], m.when, table);
      return value ? [{ id: m.id, when, value }] : [];
    });
  };
  return { triggers, num, numAndRange, probability, bool, optBool, effects, modifiers };
}
