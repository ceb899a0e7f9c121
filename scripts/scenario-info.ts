// Prints, as JSON, the title screen's facts about a bundled scenario (for the browser build).
//   node --import tsx scripts/scenario-info.ts [scenario]
import { loadScenarioDir } from '../src/node/scenario-dir';
import { formatScenarioError } from '../src/engine';
import { scenarioInfo } from '../src/web/worker/session';

const name = process.argv[2] ?? 'red-mexico-1945';
const loaded = loadScenarioDir(name);
if (!loaded.ok) {
  console.error(loaded.errors.map(formatScenarioError).join('\n'));
  process.exit(1);
}
process.stdout.write(JSON.stringify(scenarioInfo(loaded.scenario)));
