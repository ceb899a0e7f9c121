// The worker: the engine, the AI and the chronicle run here, so the page never freezes.
/// <reference lib="webworker" />
import { parseSave, type Scenario } from '../../engine';
import bundled from 'virtual:bundled-files';
import type { Envelope, Reply, ReplyEnvelope, Request, RequestType, Responses } from '../protocol';
import {
  chronicleOf,
  forkAt,
  newSession,
  playerAction,
  scenarioInfo,
  sessionFromSave,
  undoLast,
  update,
  type WebSession,
} from './session';
import { handleMulti, isMulti } from './multi';
import { compile, compileBundled, ScenarioProblem } from './compile';

/** The scenario being played: a bundled one, or one the player opened (`bundled` false). */
interface Current {
  readonly scenario: Scenario;
  readonly bundled: boolean;
}

/** Which bundled scenario opens first. */
const FIRST = 'red-mexico-1945' in bundled ? 'red-mexico-1945' : (Object.keys(bundled)[0] ?? '');
// Fetch the first scenario's files as soon as the worker starts, before the first message.
const firstFiles = bundled[FIRST]?.();
let opened: Promise<Current> | null = null;
let session: WebSession | null = null;

async function openBundled(id: string): Promise<Current> {
  const load = id === FIRST ? firstFiles : bundled[id]?.();
  if (!load) throw new Error(`there is no bundled scenario “${id}”`);
  return { scenario: compileBundled(await load, id).scenario, bundled: true };
}

function scenarioNow(): Promise<Current> {
  return (opened ??= openBundled(FIRST));
}

const ok = <T extends RequestType>(value: Responses[T]): Reply<T> => ({ ok: true, value });
const fail = (message: string, details?: readonly string[]) => ({
  ok: false as const,
  message,
  ...(details ? { details } : {}),
});
const infoOf = (c: Current) => ({ ...scenarioInfo(c.scenario), bundled: c.bundled });

/** The scenario a save was made in: the one open, or else the bundled one of that id. */
async function scenarioForSave(text: string): Promise<Current> {
  const now = await scenarioNow();
  const parsed = parseSave(text);
  const id = parsed.ok ? parsed.value.scenario.id : now.scenario.id;
  if (id === now.scenario.id) return now;
  if (!(id in bundled))
    throw new Error(
      `this save is of the scenario “${id}”, which is not open: open its folder or zip from the title screen first`,
    );
  const next = await openBundled(id);
  opened = Promise.resolve(next);
  return next;
}

function current(): WebSession {
  if (!session) throw new Error('no game in progress');
  return session;
}

async function handle(req: Request): Promise<Reply<RequestType>> {
  if (req.type === 'open') {
    const src = req.source;
    const next =
      'bundled' in src
        ? await openBundled(src.bundled)
        : { scenario: compile(src.files, src.name), bundled: false };
    opened = Promise.resolve(next);
    session = null;
    return ok<'open'>(infoOf(next));
  }
  if (req.type === 'load') {
    const c = await scenarioForSave(req.text);
    const r = sessionFromSave(c.scenario, req.text);
    if (!r.ok) return fail(r.error);
    session = r.value;
    return ok<'load'>({ ...update(session), notices: r.notices, info: infoOf(c) });
  }
  const sc = (await scenarioNow()).scenario;
  if (isMulti(req)) return handleMulti(sc, req);
  switch (req.type) {
    case 'init':
      return ok<'init'>(infoOf(await scenarioNow()));
    case 'new': {
      const r = newSession(sc, req.spec);
      if (!r.ok) return fail(r.error);
      session = r.value;
      return ok<'new'>(update(session));
    }
    case 'orders':
    case 'choose': {
      const s = current();
      const turn = s.game.state.turn;
      const r = playerAction(
        s,
        req.type === 'orders'
          ? { type: 'orders', faction: s.human, turn, orders: req.orders }
          : { type: 'choose', faction: s.human, turn, event: req.event, option: req.option },
      );
      if (!r.ok) return fail(`that cannot be done now (${r.error})`);
      return ok<'orders'>(update(s));
    }
    case 'undo':
    case 'fork': {
      const r = req.type === 'undo' ? undoLast(current()) : forkAt(current(), req.index);
      if (!r.ok) return fail(r.error);
      session = r.value;
      return ok<'undo'>(update(session));
    }
    case 'chronicle':
      return ok<'chronicle'>(chronicleOf(current()));
  }
}

self.onmessage = async (e: MessageEvent<Envelope>) => {
  const { id, request } = e.data;
  let reply: Reply<RequestType>;
  try {
    reply = await handle(request);
  } catch (err) {
    reply =
      err instanceof ScenarioProblem
        ? fail(err.message, err.details)
        : fail(err instanceof Error ? err.message : String(err));
  }
  const out: ReplyEnvelope = { id, reply };
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(out);
};
