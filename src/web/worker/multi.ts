// The worker's side of games with other people: online seats' models from the server's views,
// and hot-seat games (held here, handed to the page one seat at a time).
import type { Scenario } from '../../engine';
import type { HistoryPoint, MultiRequest, Reply, RequestType, Responses } from '../protocol';
import { chronicleFrom, modelFromView, recordPoint, revealAll } from './from-view';
import {
  hotSeatChronicle,
  hotSeatReveal,
  newHotSeat,
  seatAct,
  seatModel,
  turnOf,
  type HotSeat,
} from './hot-seat';

const MULTI: ReadonlySet<string> = new Set([
  'view',
  'viewChronicle',
  'reveal',
  'hotseat',
  'hotseatSeat',
  'hotseatAct',
  'hotseatChronicle',
  'hotseatReveal',
]);

export function isMulti(req: { readonly type: string }): req is MultiRequest {
  return MULTI.has(req.type);
}

/** Per online seat, the figures it was shown at the start of each month. */
const histories = new Map<string, HistoryPoint[]>();
let hotSeat: HotSeat | null = null;

const ok = <T extends RequestType>(value: Responses[T]): Reply<T> => ({ ok: true, value });
const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

export function handleMulti(sc: Scenario, req: MultiRequest): Reply<RequestType> {
  switch (req.type) {
    case 'view': {
      let history = histories.get(req.key);
      if (!history) histories.set(req.key, (history = []));
      recordPoint(sc, history, req.view);
      return ok<'view'>({
        model: modelFromView(sc, req.view, req.faction, req.players, history.slice()),
        save: '',
      });
    }
    case 'viewChronicle':
      return ok<'viewChronicle'>(chronicleFrom(sc, req.of));
    case 'reveal':
      return ok<'reveal'>(revealAll(sc, req.state));
    case 'hotseat': {
      const r = newHotSeat(sc, req.spec);
      if (!r.ok) return fail(r.error);
      hotSeat = r.value;
      return ok<'hotseat'>(turnOf(hotSeat));
    }
    case 'hotseatSeat': {
      if (!hotSeat) return fail('no hot-seat game in progress');
      const r = seatModel(hotSeat, req.faction);
      return r.ok ? ok<'hotseatSeat'>(r.value) : fail(r.error);
    }
    case 'hotseatAct': {
      if (!hotSeat) return fail('no hot-seat game in progress');
      const r = seatAct(hotSeat, req.action);
      return r.ok ? ok<'hotseatAct'>(r.value) : fail(`that cannot be done now (${r.error})`);
    }
    case 'hotseatChronicle': {
      const c = hotSeat && hotSeatChronicle(hotSeat, req.faction);
      return c ? ok<'hotseatChronicle'>(c) : fail('no chronicle for that seat now');
    }
    case 'hotseatReveal': {
      const r = hotSeat && hotSeatReveal(hotSeat);
      return r ? ok<'hotseatReveal'>(r) : fail('the game is not over');
    }
  }
}
