// Builds the game and serves it for the browser tests; the server stops when they end.
import type { TestProject } from 'vitest/node';
import { buildGame, serveGame } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildGame();
  const server = await serveGame();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
