// Creating matches and managing their seats: what the HTTP API does, apart from HTTP.
import { randomBytes } from 'node:crypto';
import { policyByName } from '../ai';
import type { Scenario } from '../engine';
import type { CreateMatchRequest, CreateMatchResponse, GameListing } from '../net/protocol';
import type { Host } from './host/host';
import { reloadSeats } from './host/seats';
import { hashToken, newId, newToken } from './tokens';

export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function checkBot(scenario: Scenario, name: string, where: string): string {
  const p = policyByName(
    name,
    scenario.tracks.map((t) => t.id),
  );
  if (!p) throw new RequestError(400, `${where}: unknown bot ${JSON.stringify(name)}`);
  if ((name === 'priority' || name.startsWith('search')) && scenario.ai.length === 0)
    throw new RequestError(400, `${where}: ${scenario.id} has no weights for bot ${name}`);
  return name;
}

export async function createMatch(
  host: Host,
  scenario: Scenario,
  req: CreateMatchRequest,
  rematchOf: { id: string; hashes: Readonly<Record<string, string | null>> } | null = null,
): Promise<CreateMatchResponse & { hashes: Record<string, string | null> }> {
  const playable = scenario.index.playable;
  for (const f of Object.keys(req.seats))
    if (!playable.includes(f)) throw new RequestError(400, `seats: ${f} is not a playable faction`);
  for (const f of playable)
    if (!req.seats[f]) throw new RequestError(400, `seats: faction ${f} needs a person or a bot`);
  if (req.seats[req.creator]?.kind !== 'person')
    throw new RequestError(400, `creator: ${req.creator} must be a seat played by a person`);
  const id = newId();
  const tokens: Record<string, string> = {};
  const hashes: Record<string, string | null> = {};
  const seats = playable.map((f) => {
    const spec = req.seats[f]!;
    const bot = checkBot(scenario, spec.bot ?? 'random', `seats.${f}`);
    let hash: string | null = null;
    if (spec.kind === 'person') {
      if (rematchOf?.hashes[f]) hash = rematchOf.hashes[f]!;
      else {
        tokens[f] = newToken();
        hash = hashToken(tokens[f]);
      }
    }
    hashes[f] = hash;
    return {
      match_id: id,
      faction: f,
      token_hash: hash,
      controller: spec.kind,
      human: spec.kind === 'person' ? 1 : 0,
      bot,
      name: spec.kind === 'person' ? (spec.name ?? null) : null,
      creator: f === req.creator ? 1 : 0,
      webhook_url: null,
      webhook_secret: null,
    };
  });
  const observer = newToken();
  const seed = req.seed ?? randomBytes(4).readInt32LE(0);
  await host.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('matches')
      .values({
        id,
        scenario: scenario.id,
        content_hash: scenario.contentHash,
        seed,
        pace: JSON.stringify(req.pace),
        status: 'live',
        seq: 0,
        turn: 0,
        rematch_of: rematchOf?.id ?? null,
        rematch: null,
        created_at: host.clock.now(),
      })
      .execute();
    await trx.insertInto('seats').values(seats).execute();
    await trx
      .insertInto('observers')
      .values({ match_id: id, token_hash: hashToken(observer) })
      .execute();
  });
  await host.start(id);
  return { match: id, tokens, observer, hashes };
}

/** The seat a token opens in a match, or null. */
export async function seatOf(host: Host, match: string, token: string) {
  return host.db
    .selectFrom('seats')
    .selectAll()
    .where('match_id', '=', match)
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
}

/** A new link for a seat, by the match's creator; the old one stops working at once. */
export async function reissue(host: Host, match: string, creatorToken: string, faction: string) {
  const creator = await seatOf(host, match, creatorToken);
  if (!creator || creator.creator !== 1)
    throw new RequestError(403, 'only the match creator can reissue a seat link');
  const token = newToken();
  const r = await host.db
    .updateTable('seats')
    .set({ token_hash: hashToken(token) })
    .where('match_id', '=', match)
    .where('faction', '=', faction)
    .where('human', '=', 1)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1)
    throw new RequestError(404, `${faction} is not a seat played by a person in this match`);
  const live = await host.open(match);
  if (live) await live.run(() => reloadSeats(host, live));
  void host.bus.publish({ from: host.process, match, kind: 'seats' });
  return { token };
}

/** A player's games, from the tokens their browser keeps: theirs to play first, then by deadline. */
export async function listGames(host: Host, tokens: readonly string[]): Promise<GameListing[]> {
  if (tokens.length === 0) return [];
  const rows = await host.db
    .selectFrom('seats')
    .innerJoin('matches', 'matches.id', 'seats.match_id')
    .select([
      'seats.match_id',
      'seats.faction',
      'matches.scenario',
      'matches.status',
      'matches.turn',
      'matches.rematch',
    ])
    .where('seats.token_hash', 'in', tokens.map(hashToken))
    .execute();
  const out: GameListing[] = [];
  for (const r of rows) {
    const live = await host.open(r.match_id).catch(() => null);
    // what is committed (not what a commit under way has staged)
    const state = live?.settled ?? null;
    const yourTurn = state !== null && !state.ended && state.waiting.includes(r.faction);
    out.push({
      match: r.match_id,
      scenario: r.scenario,
      faction: r.faction,
      turn: state?.turn ?? r.turn,
      status: r.status,
      yourTurn,
      deadline: live?.deadline ?? null,
      rematch: r.rematch,
    });
  }
  return out.sort(
    (a, b) =>
      Number(b.yourTurn) - Number(a.yourTurn) ||
      (a.deadline ?? Infinity) - (b.deadline ?? Infinity) ||
      (a.match < b.match ? -1 : 1),
  );
}

/** Sets or removes the webhook of every seat a token opens; returns the signing secret. */
export async function setWebhook(host: Host, token: string, url: string | null) {
  const secret = url === null ? null : randomBytes(24).toString('hex');
  const r = await host.db
    .updateTable('seats')
    .set({ webhook_url: url, webhook_secret: secret })
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new RequestError(403, 'this token opens no seat');
  const matches = await host.db
    .selectFrom('seats')
    .select('match_id')
    .where('token_hash', '=', hashToken(token))
    .execute();
  for (const m of matches) {
    const live = await host.open(m.match_id).catch(() => null);
    if (live) await live.run(() => reloadSeats(host, live));
    void host.bus.publish({ from: host.process, match: m.match_id, kind: 'seats' });
  }
  return { secret };
}

/** A new match with the same seats, pace and scenario once a game has ended; each player's
 *  link opens their seat in it. Asked twice, it answers the same match. */
export async function rematch(
  host: Host,
  match: string,
  token: string,
  scenario: (id: string) => Scenario | null,
) {
  const seat = await seatOf(host, match, token);
  if (!seat) throw new RequestError(403, 'this token opens no seat of this match');
  const row = await host.db
    .selectFrom('matches')
    .selectAll()
    .where('id', '=', match)
    .executeTakeFirstOrThrow();
  if (row.status !== 'ended') throw new RequestError(409, 'the game has not ended');
  if (row.rematch) return { match: row.rematch };
  const sc = scenario(row.scenario);
  if (!sc) throw new RequestError(409, `scenario ${row.scenario} is not available`);
  const seats = await host.db
    .selectFrom('seats')
    .selectAll()
    .where('match_id', '=', match)
    .execute();
  const creator = seats.find((s) => s.creator === 1)!;
  const req: CreateMatchRequest = {
    scenario: row.scenario,
    creator: creator.faction,
    pace: JSON.parse(row.pace) as CreateMatchRequest['pace'],
    seats: Object.fromEntries(
      seats.map((s) => [
        s.faction,
        s.human === 1
          ? { kind: 'person' as const, bot: s.bot, ...(s.name ? { name: s.name } : {}) }
          : { kind: 'bot' as const, bot: s.bot },
      ]),
    ),
  };
  const hashes = Object.fromEntries(seats.map((s) => [s.faction, s.token_hash]));
  const made = await createMatch(host, sc, req, { id: match, hashes });
  // the first rematch asked for wins; a second (another process, same moment) is left unused
  const r = await host.db
    .updateTable('matches')
    .set({ rematch: made.match })
    .where('id', '=', match)
    .where('rematch', 'is', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) {
    const again = await host.db
      .selectFrom('matches')
      .select('rematch')
      .where('id', '=', match)
      .executeTakeFirstOrThrow();
    return { match: again.rematch! };
  }
  // the ended match's connections are told of it (its seats are as they were: nothing to read)
  const live = await host.open(match);
  if (live)
    await live.run(async () => {
      live.rematch = made.match;
      live.sendInfo();
    });
  void host.bus.publish({ from: host.process, match, kind: 'match' });
  return { match: made.match };
}
