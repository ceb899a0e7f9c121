// The bundled scenario's files, as text. Imported lazily by the worker so that they sit in a
// chunk of their own, apart from the application's code.
import type { ScenarioFileText } from '../../engine';

const raw = import.meta.glob('/scenarios/red-mexico-1945/**/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const SCENARIO_FILES: readonly ScenarioFileText[] = Object.entries(raw)
  .map(([path, text]) => ({ path: path.replace('/scenarios/red-mexico-1945/', ''), text }))
  .sort((a, b) => a.path.localeCompare(b.path));
