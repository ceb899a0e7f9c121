// The page's first script: starts the worker (which loads and compiles the scenario) at once,
// while the application's code is still being fetched and parsed.
import { startWorker, type EngineClient } from './client';

declare global {
  var uchroniaClient: EngineClient | undefined;
}

globalThis.uchroniaClient = startWorker();
void import('./main');
