// The player's settings: text size, motion, a colour-blind-safe palette, and whether the game
// asks before replacing a game in progress. Kept in the browser's local storage and applied as
// attributes on the page's root, which settings.css reads.
import type { ScenarioInfo } from '../protocol';
import './settings.css';

export interface Settings {
  readonly textSize: 'normal' | 'large' | 'larger';
  /** Off: follow the system's "reduce motion"; on: no motion whatever the system says. */
  readonly reducedMotion: boolean;
  readonly palette: 'scenario' | 'safe';
  /** Ask before a new game, a fork or a load replaces the game in progress, or a save of the
   *  same name is written over. */
  readonly confirm: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  textSize: 'normal',
  reducedMotion: false,
  palette: 'scenario',
  confirm: true,
};

const KEY = 'uchronia.settings';

/** Okabe and Ito's palette for colour-blind readers, less its black (the page is dark): the
 *  factions take its colours in the order the scenario declares them. Checked under simulated
 *  protanopia, deuteranopia and tritanopia in settings.test.ts. */
export const SAFE_PALETTE = [
  '#D55E00',
  '#56B4E9',
  '#F0E442',
  '#CC79A7',
  '#009E73',
  '#E69F00',
  '#0072B2',
] as const;

/** Reads what was kept; anything missing or malformed falls back to the default. */
export function readSettings(storage: Pick<Storage, 'getItem'> | null): Settings {
  let raw: unknown = null;
  try {
    raw = JSON.parse(storage?.getItem(KEY) ?? 'null');
  } catch {
    raw = null;
  }
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    textSize: r.textSize === 'large' || r.textSize === 'larger' ? r.textSize : 'normal',
    reducedMotion: r.reducedMotion === true,
    palette: r.palette === 'safe' ? 'safe' : 'scenario',
    confirm: r.confirm !== false,
  };
}

export function writeSettings(storage: Pick<Storage, 'setItem'> | null, s: Settings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(s));
  } catch {
    // a browser that refuses storage keeps the settings for this visit only
  }
}

export function applySettings(root: HTMLElement, s: Settings): void {
  root.dataset.textSize = s.textSize;
  root.dataset.motion = s.reducedMotion ? 'reduced' : 'system';
  root.dataset.palette = s.palette;
}

/** The scenario's facts with the factions' colours as the palette setting wants them. */
export function withPalette(info: ScenarioInfo, s: Settings): ScenarioInfo {
  if (s.palette !== 'safe') return info;
  return {
    ...info,
    factions: info.factions.map((f, i) => ({
      ...f,
      color: SAFE_PALETTE[i % SAFE_PALETTE.length]!,
    })),
  };
}

export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
