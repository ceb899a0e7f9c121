// The page's entry point.
import { render } from 'preact';
import { App } from './app';
import { Root, routeOf } from './online/root';
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
  const single = <App client={client} store={store} seed={s} info={info} />;
  // Without a bundled scenario to offer, only the single-player page can open one.
  render(
    info ? (
      <Root
        route={routeOf(location.search, location.hash)}
        info={info}
        engine={client}
        seed={s}
        single={single}
      />
    ) : (
      single
    ),
    root,
  );
});
