import bundled from 'virtual:bundled-scenarios';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CreateMatchRequest } from '../../../net/protocol';
import { mount, texts } from '../../ui/test-dom';
import { Lobby } from './lobby';

const redMexico = bundled.find((b) => b.info.id === 'red-mexico-1945')!.info;
const missiles = bundled.find((b) => b.info.id === 'cuban-missiles-1962')!.info;

/** The server's answers the lobby asks for; the games it is asked to make. */
function fakeServer(): CreateMatchRequest[] {
  const made: CreateMatchRequest[] = [];
  const answer = (body: unknown, status = 200) =>
    Promise.resolve(new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', (url: string, init?: { body?: string }) => {
    if (url === '/api/health') return answer({ ok: true });
    if (url === '/api/games') return answer([]);
    if (url === '/api/matches') {
      const req = JSON.parse(init!.body!) as CreateMatchRequest;
      made.push(req);
      const tokens = Object.fromEntries(Object.keys(req.seats).map((f) => [f, `token-${f}`]));
      return answer({ match: 'm1', tokens, observer: 'watch' }, 201);
    }
    return answer({ error: 'not found' }, 404);
  });
  const kept = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => kept.get(k) ?? null,
    setItem: (k: string, v: string) => kept.set(k, v),
  });
  vi.stubGlobal('location', new URL('http://localhost:4173/?lobby'));
  return made;
}

/** Lets the fetches the component made answer, and the component take them in. */
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    // (linkedom's select reads its value from the option marked selected)
    for (const o of select.querySelectorAll('option'))
      if (o.getAttribute('value') === value) o.setAttribute('selected', '');
      else o.removeAttribute('selected');
    select.dispatchEvent(new (globalThis.window as unknown as typeof globalThis).Event('change'));
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('the lobby', () => {
  it('offers every bundled scenario, and makes a game of the one chosen with its factions', async () => {
    const made = fakeServer();
    const root = mount(<Lobby info={redMexico} seed={5} />);
    await settle();
    const scenario = root.querySelector<HTMLSelectElement>('select[aria-label="Scenario"]')!;
    expect(scenario.disabled).toBe(false);
    expect(texts(root, 'select[aria-label="Scenario"] option').sort()).toEqual(
      bundled.map((b) => b.info.title).sort(),
    );
    expect(bundled.map((b) => b.info.id)).toEqual(
      expect.arrayContaining(['red-mexico-1945', 'cuban-missiles-1962']),
    );
    const factionNames = () => texts(root, '.factions .faction-name');
    expect(factionNames()).toEqual(redMexico.factions.filter((f) => f.playable).map((f) => f.name));

    choose(scenario, missiles.id);
    expect(root.querySelector('h1')!.textContent).toContain(missiles.title);
    expect(factionNames()).toEqual(missiles.factions.filter((f) => f.playable).map((f) => f.name));
    act(() => {
      root
        .querySelector('form.new-game')!
        .dispatchEvent(new (globalThis.window as unknown as typeof globalThis).Event('submit'));
    });
    await settle();
    expect(made).toHaveLength(1);
    expect(made[0]!.scenario).toBe('cuban-missiles-1962');
    expect(Object.keys(made[0]!.seats).sort()).toEqual(
      missiles.factions
        .filter((f) => f.playable)
        .map((f) => f.id)
        .sort(),
    );
    expect(made[0]!.creator).toBe(missiles.factions.find((f) => f.playable)!.id);
    // the links of the game made, for this scenario's factions
    expect(root.querySelector('.field-error')).toBeNull();
    expect(texts(root, '.made .copy-link > span')).toEqual([
      ...missiles.factions
        .filter((f) => f.playable && f.id !== made[0]!.creator)
        .map((f) => `Invite link for ${f.name}`),
      'Observer link (the public view only)',
    ]);
  });
});
