// The page's side of the worker protocol: one promise per request.
import type { Envelope, Reply, ReplyEnvelope, Request, RequestType, Responses } from './protocol';

type Of<T extends RequestType> = Extract<Request, { type: T }>;

export interface EngineClient {
  call<T extends RequestType>(request: Of<T>): Promise<Responses[T]>;
}

/** An error the engine reported in words (a corrupt save, an action that no longer fits); for a
 *  scenario that does not load, one line per problem in `details`. */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

export function workerClient(worker: Worker): EngineClient {
  let next = 1;
  const waiting = new Map<number, (r: Reply<RequestType>) => void>();
  worker.onmessage = (e: MessageEvent<ReplyEnvelope>) => {
    const resolve = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    resolve?.(e.data.reply);
  };
  return {
    call<T extends RequestType>(request: Of<T>): Promise<Responses[T]> {
      const id = next++;
      const env: Envelope = { id, request };
      return new Promise((resolve, reject) => {
        waiting.set(id, (r) =>
          r.ok ? resolve(r.value as Responses[T]) : reject(new EngineError(r.message, r.details)),
        );
        worker.postMessage(env);
      });
    },
  };
}

export function startWorker(): EngineClient {
  return workerClient(
    new Worker(new URL('./worker/worker.ts', import.meta.url), { type: 'module' }),
  );
}
