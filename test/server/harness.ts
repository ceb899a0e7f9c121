// Starting servers and clients for the server's tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { randomPolicy } from '../../src/ai';
import { generatorFrom, seedRng, type Action, type Scenario } from '../../src/engine';
import { MatchClient, type SocketLike } from '../../src/net/client';
import type { CreateMatchRequest, CreateMatchResponse } from '../../src/net/protocol';
import { startServer, TestClock, type RunningServer } from '../../src/server';
import { MINI_DIR } from '../helpers';

export const SCENARIOS = { mini: MINI_DIR, 'red-mexico-1945': 'red-mexico-1945' };

export function sqliteUrl(): string {
  return `sqlite:${join(mkdtempSync(join(tmpdir(), 'uchronia-db-')), 'test.db')}`;
}

export async function testServer(db: string, clock = new TestClock(), process?: string) {
  const server = await startServer({
    db,
    scenarios: SCENARIOS,
    clock,
    tickMs: 0,
    rateLimit: 100_000,
    snapshotEvery: 8,
    ...(process ? { process } : {}),
  });
  return { server, clock };
}

export async function post<T>(
  server: { url: string },
  path: string,
  body: unknown,
): Promise<{ status: number; body: T }> {
  const r = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as T };
}

export async function createMatch(server: { url: string }, req: CreateMatchRequest) {
  const r = await post<CreateMatchResponse>(server, '/api/matches', req);
  if (r.status !== 201) throw new Error(`create: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export function wsUrl(server: { url: string }): string {
  return `${server.url.replace(/^http/, 'ws')}/ws`;
}

export async function client(server: { url: string }, match: string, token: string) {
  const c = new MatchClient({
    url: wsUrl(server),
    match,
    token,
    open: (url) => new WebSocket(url) as unknown as SocketLike,
  });
  await c.connect();
  return c;
}

/** A raw socket that records every message, for sending what a well-behaved client would not. */
export async function rawSocket(server: { url: string }) {
  const ws = new WebSocket(wsUrl(server));
  const got: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (d) => {
    // a frame holds a message or several (ServerFrame)
    const frame = JSON.parse(String(d)) as Record<string, unknown> | Record<string, unknown>[];
    got.push(...(Array.isArray(frame) ? frame : [frame]));
    for (const w of waiters.splice(0)) w();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  /** The next reply (ack, refusal or welcome): updates and chat in between are only recorded. */
  const next = async (): Promise<Record<string, unknown>> => {
    let seen = got.length;
    return new Promise((resolve) => {
      const check = () => {
        for (; seen < got.length; seen++)
          if (['ack', 'refused', 'welcome'].includes(got[seen]!.t as string))
            return resolve(got[seen]!);
        waiters.push(check);
      };
      check();
    });
  };
  return {
    ws,
    got,
    /** Sends and waits for the next message. */
    async send(m: unknown): Promise<Record<string, unknown>> {
      const p = next();
      ws.send(typeof m === 'string' ? m : JSON.stringify(m));
      return p;
    },
    close: () => ws.close(),
  };
}

/** What a person at this seat might do: the random bot's choice from the client's view. */
export function choose(scenario: Scenario, c: MatchClient, seed: number): Action | null {
  if (!c.legal || !c.view) return null;
  if (!c.legal.orders && c.legal.choices.length === 0) return null;
  return randomPolicy.decide(scenario, c.view, c.legal, generatorFrom(seedRng(seed)));
}

export async function until(cond: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export type { RunningServer };
