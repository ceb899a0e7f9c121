import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { loadScenarioDir } from '../../node/scenario-dir';
import {
  DEFAULT_SETTINGS,
  readSettings,
  SAFE_PALETTE,
  withPalette,
  writeSettings,
} from './settings';
import { scenarioInfo } from '../worker/session';

const flagship = loadScenarioDir('red-mexico-1945');
if (!flagship.ok) throw new Error('red-mexico-1945 does not load');
const info = scenarioInfo(flagship.scenario);

const difference = differenceCiede2000();
const VISIONS: readonly [string, (c: Color) => Color][] = [
  ['typical', (c) => c],
  ['protanopia', filterDeficiencyProt(1)],
  ['deuteranopia', filterDeficiencyDeuter(1)],
  ['tritanopia', filterDeficiencyTrit(1)],
];

/** The smallest CIEDE2000 difference between two of the colours, as one kind of vision sees them. */
function closest(colours: readonly string[], see: (c: Color) => Color): number {
  let min = Infinity;
  for (let i = 0; i < colours.length; i++)
    for (let j = i + 1; j < colours.length; j++)
      min = Math.min(min, difference(see(parse(colours[i]!)!), see(parse(colours[j]!)!)));
  return min;
}

// A difference of 10 (CIEDE2000) tells two small marks apart at a glance; 2 is barely visible.
const DISTINCT = 10;

describe('the colour-blind-safe palette', () => {
  const safe = withPalette(info, { ...DEFAULT_SETTINGS, palette: 'safe' }).factions.map(
    (f) => f.color,
  );

  it('keeps every faction of the flagship apart under each kind of colour blindness', () => {
    expect(safe.length).toBe(info.factions.length);
    for (const [, see] of VISIONS) expect(closest(safe, see)).toBeGreaterThanOrEqual(DISTINCT);
  });

  it('is needed: the scenario’s own colours run together for some readers', () => {
    const own = info.factions.map((f) => f.color);
    expect(Math.min(...VISIONS.map(([, see]) => closest(own, see)))).toBeLessThan(DISTINCT);
  });

  it('stands out from the page at 4.5:1 or better', () => {
    for (const c of SAFE_PALETTE.slice(0, info.factions.length))
      expect(wcagContrast(c, '#14161b')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('settings', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
    };
  };

  it('are kept and read back', () => {
    const s = memory();
    const chosen = {
      textSize: 'larger',
      reducedMotion: true,
      palette: 'safe',
      confirm: false,
    } as const;
    writeSettings(s, chosen);
    expect(readSettings(s)).toEqual(chosen);
  });

  it('fall back to the defaults for anything missing or malformed', () => {
    const s = memory();
    expect(readSettings(s)).toEqual(DEFAULT_SETTINGS);
    s.setItem('uchronia.settings', '{"textSize":"huge","palette":7,"confirm":"no"');
    expect(readSettings(s)).toEqual(DEFAULT_SETTINGS);
    s.setItem('uchronia.settings', '{"textSize":"huge","palette":7,"confirm":"no"}');
    expect(readSettings(s)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});
