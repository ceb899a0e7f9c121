// The HTTP and WebSocket server: the JSON API for matches, the socket for play, and the built
// game's files. Rate limits and size limits come from Fastify's plugins, security headers from
// helmet's middleware.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { TSchema } from '@sinclair/typebox';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import helmet from 'helmet';
import type { Scenario } from '../../engine';
import {
  CreateMatchRequest,
  GamesRequest,
  MAX_MESSAGE_BYTES,
  WebhookRequest,
} from '../../net/protocol';
import type { Host } from '../host/host';
import { createMatch, listGames, rematch, reissue, RequestError, setWebhook } from '../matches';
import { serveSocket } from './socket';
import { Type } from '@sinclair/typebox';

export interface AppOptions {
  readonly host: Host;
  readonly scenario: (id: string) => Scenario | null;
  readonly scenarios: () => readonly string[];
  /** The built game (dist/web), served at / when present. */
  readonly staticDir?: string;
  /** Requests per minute per address on the HTTP API. */
  readonly rateLimit?: number;
  readonly logger?: boolean;
}

const ReissueRequest = Type.Object(
  { token: Type.String({ maxLength: 128 }), faction: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);
const TokenRequest = Type.Object(
  { token: Type.String({ maxLength: 128 }) },
  { additionalProperties: false },
);

function parse<T extends TSchema>(schema: T) {
  const c = TypeCompiler.Compile(schema);
  return (body: unknown) => {
    if (!c.Check(body)) {
      const e = c.Errors(body).First();
      throw new RequestError(400, e ? `${e.path || 'body'}: ${e.message}` : 'malformed body');
    }
    return body as import('@sinclair/typebox').Static<T>;
  };
}

const parseCreate = parse(CreateMatchRequest);
const parseGames = parse(GamesRequest);
const parseWebhook = parse(WebhookRequest);
const parseReissue = parse(ReissueRequest);
const parseToken = parse(TokenRequest);

const securityHeaders = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'", 'ws:', 'wss:'],
      // served over plain HTTP on localhost too: no upgrade to HTTPS
      upgradeInsecureRequests: null,
    },
  },
});

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: o.logger ?? false, bodyLimit: 64 * 1024 });
  // The security headers, helmet's middleware made once (the Fastify plugin makes it again for
  // every request, its policy parsed each time) and run on every request's raw response.
  app.addHook('onRequest', (req, reply, next) =>
    securityHeaders(req.raw, reply.raw, (e) => next(e as Error | undefined)),
  );
  await app.register(fastifyRateLimit, { max: o.rateLimit ?? 600, timeWindow: '1 minute' });
  // ws closes a connection past this hard ceiling; below it, oversized messages are refused
  // with a code (socket.ts) and the connection stays open
  await app.register(fastifyWebsocket, { options: { maxPayload: MAX_MESSAGE_BYTES * 16 } });

  app.setErrorHandler((e: unknown, _req, reply: FastifyReply) => {
    if (e instanceof RequestError) return reply.code(e.status).send({ error: e.message });
    const status = (e as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) app.log.error(e);
    return reply
      .code(status)
      .send({ error: status >= 500 ? 'internal error' : (e as Error).message });
  });

  const host = o.host;
  app.get('/api/health', async () => ({ ok: true }));
  app.get('/api/scenarios', async () =>
    o.scenarios().flatMap((id) => {
      const s = o.scenario(id);
      return s ? [{ id, factions: s.index.playable }] : [];
    }),
  );
  app.post('/api/matches', async (req, reply) => {
    const body = parseCreate(req.body);
    const scenario = o.scenario(body.scenario);
    if (!scenario) throw new RequestError(404, `no scenario ${body.scenario}`);
    const { hashes: _, ...made } = await createMatch(host, scenario, body);
    return reply.code(201).send(made);
  });
  app.post('/api/games', async (req) => listGames(host, parseGames(req.body).tokens));
  app.post<{ Params: { id: string } }>('/api/matches/:id/reissue', async (req) => {
    const body = parseReissue(req.body);
    return reissue(host, req.params.id, body.token, body.faction);
  });
  app.post<{ Params: { id: string } }>('/api/matches/:id/rematch', async (req) =>
    rematch(host, req.params.id, parseToken(req.body).token, o.scenario),
  );
  app.post('/api/webhook', async (req) => {
    const body = parseWebhook(req.body);
    return setWebhook(host, body.token, body.url);
  });
  app.get('/ws', { websocket: true }, (socket) => serveSocket(host, socket));

  if (o.staticDir && existsSync(o.staticDir))
    await app.register(fastifyStatic, { root: resolve(o.staticDir), prefix: '/' });
  return app;
}
