// The page's entry point.
import { render } from 'preact';
import { App } from './app';
import { routeOf } from './online/route';
import { startWorker } from './client';
import { indexedDbStore } from './store';
import bundled from 'virtual:bundled-scenarios';
import './styles.css';

const params = new URLSearchParams(location.search);
const seed = Number(params.get('seed') ?? Math.floor(Math.random() * 1_000_000));

const root = document.getElementById('app')!;
// boot.ts has started the worker already; started alone (tests, other entries), start it here.
const client = globalThis.uchroniaClient ?? startWorker();
void indexedDbStore().then((store) => {
  root.replaceChildren();
  const s = Number.isInteger(seed) ? seed : 1;
  const info = bundled.find((b) => b.info.id === 'red-mexico-1945')?.info ?? bundled[0]?.info;
  const route = routeOf(location.search, location.hash);
  // Without a bundled scenario to offer, only the single-player page can open one.
  if (route.kind === 'single' || !info)
    render(<App client={client} store={store} seed={s} info={info} />, root);
  else
    void import('./online/root').then(({ Root }) =>
      render(<Root route={route} info={info} engine={client} seed={s} />, root),
    );
});
