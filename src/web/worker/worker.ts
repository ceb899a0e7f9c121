// The worker: the engine, the AI and the chronicle run here, so the page never freezes.
/// <reference lib="webworker" />
import { formatScenarioError, parseScenario, type Scenario } from '../../engine';
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

let scenario: Scenario | null = null;
// Fetch the scenario's files as soon as the worker starts, before the first message.
const files = import('./scenario-files');
let session: WebSession | null = null;

async function loadScenario(): Promise<Scenario> {
  if (scenario) return scenario;
  const { SCENARIO_FILES } = await files;
  const r = parseScenario(SCENARIO_FILES);
  if (!r.ok)
    throw new Error(`the scenario does not load:\n${r.errors.map(formatScenarioError).join('\n')}`);
  return (scenario = r.scenario);
}

const ok = <T extends RequestType>(value: Responses[T]): Reply<T> => ({ ok: true, value });
const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

function current(): WebSession {
  if (!session) throw new Error('no game in progress');
  return session;
}

async function handle(req: Request): Promise<Reply<RequestType>> {
  const sc = await loadScenario();
  if (isMulti(req)) return handleMulti(sc, req);
  switch (req.type) {
    case 'init':
      return ok<'init'>(scenarioInfo(sc));
    case 'new': {
      const r = newSession(sc, req.spec);
      if (!r.ok) return fail(r.error);
      session = r.value;
      return ok<'new'>(update(session));
    }
    case 'load': {
      const r = sessionFromSave(sc, req.text);
      if (!r.ok) return fail(r.error);
      session = r.value;
      return ok<'load'>({ ...update(session), notices: r.notices });
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
    reply = fail(err instanceof Error ? err.message : String(err));
  }
  const out: ReplyEnvelope = { id, reply };
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(out);
};
