// Follow-up events: which events an effect list triggers, and the rule that they form no cycle.
import type { LoadedFile } from '../source';
import type { Effect, EventDef } from '../../types';
import type { Path } from '../yaml';

export function collectTriggers(effects: readonly Effect[], into: Set<string>): void {
  for (const e of effects) {
    if (e.op === 'trigger') into.add(e.event);
    if (e.op === 'chance' || e.op === 'if') collectTriggers(e.then.concat(e.else), into);
  }
}

export function checkTriggerCycles(
  events: readonly EventDef[],
  triggers: ReadonlyMap<string, { to: string; file: LoadedFile; path: Path }[]>,
  err: (file: LoadedFile, path: Path, code: string, message: string, hint?: string) => void,
): void {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const t of triggers.get(id) ?? []) {
      const s = state.get(t.to);
      if (s === 'open') {
        const cycle = [...stack.slice(stack.indexOf(t.to)), t.to];
        err(
          t.file,
          t.path,
          'E_TRIGGER_CYCLE',
          `follow-up events form a cycle: ${cycle.join(' → ')}`,
          'a follow-up may not lead back to itself',
        );
      } else if (s === undefined) visit(t.to);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const e of events) if (!state.has(e.id)) visit(e.id);
}
