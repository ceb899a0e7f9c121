// Words for the player: texts by key, names, months, and what is said of what the viewer may not
// know.
import { MONTHS } from '../calendar';
import { DEFAULT_LANGUAGE } from '../format/texts';
import type { Scenario } from '../types';

export function text(scenario: Scenario, key: string, lang = DEFAULT_LANGUAGE): string {
  return scenario.texts[lang]?.[key] ?? scenario.texts[DEFAULT_LANGUAGE]?.[key] ?? key;
}

export function hasText(scenario: Scenario, key: string, lang = DEFAULT_LANGUAGE): boolean {
  return (
    scenario.texts[lang]?.[key] !== undefined ||
    scenario.texts[DEFAULT_LANGUAGE]?.[key] !== undefined
  );
}

export function nameOf(
  scenario: Scenario,
  kind: 'track' | 'region' | 'character' | 'faction' | 'order' | 'derived' | 'flag',
  id: string,
  lang?: string,
): string {
  if (id === 'none') return 'no one';
  const key = `${kind}.${id}.name`;
  return hasText(scenario, key, lang) ? text(scenario, key, lang) : id;
}

/**
 * An author's formula or condition as the player reads it: the figures it reads (tracks, flags,
 * derived figures) by their names, so "soviet_subversion < 60" reads "Soviet Subversion < 60".
 * Function names, factions and regions in a call's arguments are left as written.
 */
export function formulaInWords(scenario: Scenario, source: string, lang?: string): string {
  return source.replace(/\b[A-Za-z_][A-Za-z0-9_]*\b(?!\s*\()/g, (id) => {
    for (const kind of ['track', 'flag', 'derived'] as const)
      if (scenario.index[kind].has(id)) return nameOf(scenario, kind, id, lang);
    return id;
  });
}

export function monthName(monthIndex: number, day: number | null = null): string {
  const year = Math.floor(monthIndex / 12);
  const month = MONTHS[monthIndex % 12];
  return day ? `${day} ${month} ${year}` : `${month} ${year}`;
}

export const signed = (n: number): string => (n > 0 ? `+${fmt(n)}` : fmt(n));
const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Said in place of what the viewer may not know. */
export const UNSEEN = {
  effects: 'effects you cannot see',
  condition: 'something you cannot see',
  event: 'something you will not see',
  causes: 'causes you cannot see',
} as const;

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
