// A toy scenario for the search's lines and plans: the mini fixture with a road the priority
// bot cannot see.
import { parseScenario } from '../src/engine';
import { miniFiles, replaceOnce } from './helpers';

// The mini fixture with a road the priority bot cannot see: red's plotters win the game
// (`coup`, red's best ending) once their plot reaches 60, ten points a month; the bot weighs only
// the point of support each month of plotting costs, and one month of plotting followed by the
// bot's orders comes to nothing.
export function plotScenario() {
  const files = miniFiles().map((f) => {
    if (f.path === 'scenario.yaml')
      return {
        path: f.path,
        text: replaceOnce(f.text, 'flags:\n', '  - { id: plot, initial: 0, owner: red }\nflags:\n'),
      };
    if (f.path === 'orders.yaml')
      return {
        path: f.path,
        text: replaceOnce(
          f.text,
          'orders:\n',
          'orders:\n  - id: plot\n    faction: red\n    cost: { gold: 4 }\n    effects:\n      - add: { plot: 10, support: -1 }\n',
        ),
      };
    if (f.path === 'endings.yaml')
      return {
        path: f.path,
        text: replaceOnce(
          f.text,
          'endings:\n',
          'endings:\n  - id: coup\n    priority: 20\n    when: "plot >= 60"\n    score: { red: 100, blue: 0 }\n',
        ),
      };
    if (f.path === 'texts/en.yaml')
      return {
        path: f.path,
        text: replaceOnce(
          replaceOnce(
            replaceOnce(f.text, 'track:\n', 'track:\n  plot: { name: Plot }\n'),
            'order:\n',
            'order:\n  plot: { name: Plot }\n',
          ),
          'ending:\n',
          'ending:\n  coup: { title: The Coup, body: The plotters win. }\n',
        ),
      };
    return f;
  });
  files.push({
    path: 'ai.yaml',
    text: 'factions:\n  red:\n    weights: { support: 1 }\n  blue:\n    weights: { tension: 1 }\n',
  });
  const r = parseScenario(files);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}
