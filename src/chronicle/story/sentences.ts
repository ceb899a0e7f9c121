// The chronicle's words for events, choices and endings, from the scenario's texts: the
// `chronicle` sentence where the author wrote one, else the title or label.
import { hasText, nameOf, text, type Scenario } from '../../engine';
import type { SourceNote } from '../types';

/** A text that may be missing: the chronicle sentence, else the fallback key's text. */
function either(scenario: Scenario, key: string, fallback: string, lang: string): string {
  return hasText(scenario, key, lang) ? text(scenario, key, lang) : fallback;
}

export function eventTitle(scenario: Scenario, event: string, lang: string): string {
  return text(scenario, `event.${event}.title`, lang);
}

/** The past-tense sentence of an event, else its title. */
export function eventSentence(scenario: Scenario, event: string, lang: string): string {
  return either(scenario, `event.${event}.chronicle`, eventTitle(scenario, event, lang), lang);
}

export function choiceLabel(
  scenario: Scenario,
  event: string,
  option: string,
  lang: string,
): string {
  return text(scenario, `event.${event}.choice.${option}.label`, lang);
}

/** The sentence of a choice; without one, who chose what. */
export function choiceSentence(
  scenario: Scenario,
  event: string,
  option: string,
  faction: string | null,
  lang: string,
): string {
  const key = `event.${event}.choice.${option}.chronicle`;
  if (hasText(scenario, key, lang)) return text(scenario, key, lang);
  const label = choiceLabel(scenario, event, option, lang);
  return faction ? `${nameOf(scenario, 'faction', faction, lang)} chose: ${label}.` : `${label}.`;
}

/** What the source timeline chose at an event, or null if the event marks no canon option. */
export function canonChoice(scenario: Scenario, event: string, lang: string): SourceNote | null {
  const def = scenario.index.event.get(event);
  const option = def?.choices.find((c) => c.canon);
  if (!def || !option) return null;
  return {
    id: option.id,
    title: choiceLabel(scenario, event, option.id, lang),
    text: choiceSentence(scenario, event, option.id, def.decider, lang),
  };
}

export function endingNote(scenario: Scenario, ending: string, lang: string): SourceNote {
  return {
    id: ending,
    title: text(scenario, `ending.${ending}.title`, lang),
    text: text(scenario, `ending.${ending}.body`, lang),
  };
}

/** Regions by name: "Veracruz, Sonora and Chiapas"; past four, the first three "and 4 more
 *  places". */
export function placesOf(scenario: Scenario, targets: readonly string[], lang: string): string {
  const names = targets.map((t) => nameOf(scenario, 'region', t, lang));
  if (names.length > 4)
    return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more places`;
  if (names.length < 2) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The title and sentence of an order that succeeded, or of a covert order exposed: who gave
 *  it, what it was and where ("Blue: Subvert (The North)"). */
export function orderWords(
  scenario: Scenario,
  kind: 'order' | 'exposed',
  faction: string,
  order: string,
  targets: readonly string[],
  lang: string,
): { title: string; text: string } {
  const who = nameOf(scenario, 'faction', faction, lang);
  const what = nameOf(scenario, 'order', order, lang);
  const places = placesOf(scenario, targets, lang);
  const title = `${who}: ${what}${places ? ` (${places})` : ''}`;
  const sentence = `order.${order}.chronicle`;
  if (kind === 'order') return { title, text: text(scenario, sentence, lang) };
  // the title already says who, what and where: the text tells what the order did, where the
  // author wrote it, rather than say the title again
  if (hasText(scenario, sentence, lang))
    return { title, text: `Exposed as a covert order: ${text(scenario, sentence, lang)}` };
  return {
    title,
    text: `Exposed: ${what}, a covert order of ${who}${places ? ` in ${places}` : ''}.`,
  };
}
