// Prints, as JSON, a bundled scenario's files and their checked form, as the browser build ships
// them to the worker (src/engine/format/store.ts); fails, saying why, if the scenario does not load.
//   node --import tsx scripts/shipped-scenario.ts [scenario]
import { readScenarioFolder, resolveScenarioDir } from '../src/node/scenario-dir';
import { formatScenarioError, parseScenario, shippedForm } from '../src/engine';

const name = process.argv[2] ?? 'red-mexico-1945';
const { files, errors } = readScenarioFolder(resolveScenarioDir(name));
const checked = errors.length ? null : shippedForm(files);
if (!checked) {
  const r = parseScenario(files);
  const problems = [...errors, ...(r.ok ? [] : r.errors)];
  console.error(
    problems.length
      ? problems.map(formatScenarioError).join('\n')
      : `${name} holds a value its checked form cannot keep`,
  );
  process.exit(1);
}
process.stdout.write(JSON.stringify({ files, checked }));
