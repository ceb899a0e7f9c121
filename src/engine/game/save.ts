// Saves and replays. A game is (scenario id + content hash, seed, actions); a save stores that,
// the hash of the state it reached, and a small summary. Loading replays the actions, so a save
// outlives content patches, with a clear report where a replayed action no longer fits.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { initialState } from '../rules/state';
import { stepInPlace } from '../rules/step';
import type { Action, GameState, Result, Scenario } from '../types';

export const SAVE_FORMAT = 'uchronia-save';
/** The version this engine writes. */
export const SAVE_FORMAT_VERSION = 1;
/** The oldest version this engine still reads. */
export const SAVE_MIN_READABLE = 1;
export const MAX_SAVE_BYTES = 5 * 1024 * 1024;

export interface SaveData {
  readonly scenario: { readonly id: string; readonly contentHash: string };
  readonly seed: number;
  /** Who plays each faction: `human`, or the name of an AI policy. */
  readonly players: Readonly<Record<string, string>>;
  readonly actions: readonly Action[];
  /** The state's hash after the last action, to detect corruption. */
  readonly stateHash: string;
  readonly turn: number;
}

export interface SaveError {
  readonly code:
    | 'save/too-large'
    | 'save/corrupt'
    | 'save/foreign'
    | 'save/version'
    | 'save/wrong-scenario'
    | 'save/replay'
    | 'save/mismatch';
  readonly message: string;
}

/** Something the player should know about a save that loaded: front ends show it. */
export interface SaveNotice {
  readonly code:
    /** The scenario changed since the game was saved: the saved state could not be checked. */
    | 'save/content-changed'
    /** On the changed scenario, the actions reach another month than the save records. */
    | 'save/turn-differs';
  readonly message: string;
}

export type LoadedSave =
  { ok: true; value: GameState; notices: readonly SaveNotice[] } | { ok: false; error: SaveError };

/** The hash of a state's game: the record of the month's changes, which the rules never read, is
 *  left out, so saves made before it was kept still load. */
export function stateHash(state: GameState): string {
  const { changes: _, ...game } = state;
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(game)))).slice(0, 32);
}

/** Canonical text of a save: fixed key order, one action per line. */
export function makeSave(data: SaveData): string {
  const action = (a: Action) =>
    a.type === 'orders'
      ? JSON.stringify({
          type: a.type,
          faction: a.faction,
          turn: a.turn,
          orders: a.orders.map((o) =>
            o.target === undefined ? { order: o.order } : { order: o.order, target: o.target },
          ),
        })
      : JSON.stringify({
          type: a.type,
          faction: a.faction,
          turn: a.turn,
          event: a.event,
          option: a.option,
        });
  const players = Object.keys(data.players)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(data.players[k])}`)
    .join(',');
  return [
    '{',
    `"format":${JSON.stringify(SAVE_FORMAT)},`,
    `"formatVersion":${SAVE_FORMAT_VERSION},`,
    `"minReaderVersion":${SAVE_MIN_READABLE},`,
    `"scenario":{"id":${JSON.stringify(data.scenario.id)},"contentHash":${JSON.stringify(data.scenario.contentHash)}},`,
    `"seed":${data.seed},`,
    `"players":{${players}},`,
    `"turn":${data.turn},`,
    `"stateHash":${JSON.stringify(data.stateHash)},`,
    `"actions":[${data.actions.length ? '\n' + data.actions.map(action).join(',\n') + '\n' : ''}]`,
    '}',
    '',
  ].join('\n');
}

const fail = (code: SaveError['code'], message: string): { ok: false; error: SaveError } => ({
  ok: false,
  error: { code, message },
});
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseSave(file: string): Result<SaveData, SaveError> {
  // A byte-order mark, which some editors write, is read past as it is in scenario files.
  const text = file.charCodeAt(0) === 0xfeff ? file.slice(1) : file;
  if (text.length > MAX_SAVE_BYTES)
    return fail(
      'save/too-large',
      `the save is ${text.length} bytes; the limit is ${MAX_SAVE_BYTES}`,
    );
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail('save/corrupt', `the save is damaged or cut short: ${(e as Error).message}`);
  }
  if (!isRecord(raw) || raw.format !== SAVE_FORMAT)
    return fail('save/foreign', 'this file is not a Uchronia save');
  const version = raw.formatVersion;
  const minReader = raw.minReaderVersion;
  if (typeof version !== 'number' || typeof minReader !== 'number')
    return fail('save/corrupt', 'the save has no format version');
  if (minReader > SAVE_FORMAT_VERSION)
    return fail(
      'save/version',
      `the save is format version ${version} and needs a reader of version ${minReader}; this Uchronia reads versions ${SAVE_MIN_READABLE} to ${SAVE_FORMAT_VERSION}`,
    );
  if (version < SAVE_MIN_READABLE)
    return fail(
      'save/version',
      `the save is format version ${version}; this Uchronia reads versions ${SAVE_MIN_READABLE} to ${SAVE_FORMAT_VERSION}`,
    );
  const sc = raw.scenario;
  if (!isRecord(sc) || typeof sc.id !== 'string' || typeof sc.contentHash !== 'string')
    return fail('save/corrupt', 'the save does not say which scenario it belongs to (`scenario`)');
  if (!Number.isInteger(raw.seed)) return fail('save/corrupt', 'the save has no valid `seed`');
  if (!Number.isInteger(raw.turn)) return fail('save/corrupt', 'the save has no valid `turn`');
  if (typeof raw.stateHash !== 'string') return fail('save/corrupt', 'the save has no `stateHash`');
  if (!isRecord(raw.players) || !Object.values(raw.players).every((p) => typeof p === 'string'))
    return fail('save/corrupt', '`players` should map factions to who plays them');
  if (!Array.isArray(raw.actions)) return fail('save/corrupt', '`actions` should be a list');
  const actions: Action[] = [];
  for (const [i, a] of raw.actions.entries()) {
    const parsed = parseAction(a);
    if (!parsed)
      return fail('save/corrupt', `action ${i + 1} of the save is malformed (at actions/${i})`);
    actions.push(parsed);
  }
  return {
    ok: true,
    value: {
      scenario: { id: sc.id, contentHash: sc.contentHash },
      seed: raw.seed as number,
      players: { ...(raw.players as Record<string, string>) },
      actions,
      stateHash: raw.stateHash,
      turn: raw.turn as number,
    },
  };
}

function parseAction(a: unknown): Action | null {
  if (!isRecord(a) || typeof a.faction !== 'string' || !Number.isInteger(a.turn)) return null;
  if (a.type === 'orders') {
    if (!Array.isArray(a.orders)) return null;
    const orders = [];
    for (const o of a.orders) {
      if (
        !isRecord(o) ||
        typeof o.order !== 'string' ||
        (o.target !== undefined && typeof o.target !== 'string')
      )
        return null;
      orders.push(
        o.target === undefined
          ? { order: o.order }
          : { order: o.order, target: o.target as string },
      );
    }
    return { type: 'orders', faction: a.faction, turn: a.turn as number, orders };
  }
  if (a.type === 'choose' && typeof a.event === 'string' && typeof a.option === 'string')
    return {
      type: 'choose',
      faction: a.faction,
      turn: a.turn as number,
      event: a.event,
      option: a.option,
    };
  return null;
}

/** Replays a game's actions from the start. Stops at the first action that no longer fits. */
export function replay(
  scenario: Scenario,
  seed: number,
  actions: readonly Action[],
): Result<GameState, { index: number; code: string }> {
  const state = initialState(scenario, seed);
  for (let i = 0; i < actions.length; i++) {
    const error = stepInPlace(scenario, state, actions[i]!);
    if (error) return { ok: false, error: { index: i, code: error } };
  }
  return { ok: true, value: state };
}

/**
 * Rebuilds the game a save describes. On the scenario it was saved with, the replay must reach
 * the recorded turn and state; on a changed one these cannot be checked, and `notices` says so
 * (and where the turn differs).
 */
export function loadSave(scenario: Scenario, save: SaveData): LoadedSave {
  if (save.scenario.id !== scenario.id)
    return fail(
      'save/wrong-scenario',
      `the save is a game of \`${save.scenario.id}\`, not of \`${scenario.id}\``,
    );
  const sameContent = save.scenario.contentHash === scenario.contentHash;
  const r = replay(scenario, save.seed, save.actions);
  if (!r.ok)
    return fail(
      'save/replay',
      `action ${r.error.index + 1} of ${save.actions.length} no longer fits the game (${r.error.code})` +
        (sameContent
          ? '; the save is damaged'
          : '; the scenario has changed since the game was saved'),
    );
  const turn = r.value.turn;
  const turnDiffers = `the save records turn ${save.turn}, but its actions reach turn ${turn}`;
  if (sameContent) {
    if (turn !== save.turn) return fail('save/mismatch', `${turnDiffers}: it is damaged`);
    if (stateHash(r.value) !== save.stateHash)
      return fail('save/mismatch', 'the replayed game does not match the save: it is damaged');
    return { ok: true, value: r.value, notices: [] };
  }
  const notices: SaveNotice[] = [
    {
      code: 'save/content-changed',
      message:
        'the scenario has changed since this game was saved: its actions were replayed on the new version, and the saved state could not be checked',
    },
  ];
  if (turn !== save.turn)
    notices.push({ code: 'save/turn-differs', message: `${turnDiffers} on this version` });
  return { ok: true, value: r.value, notices };
}
