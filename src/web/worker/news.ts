// The month's news, in words, as the player's faction may know it.
import { canSee, nameOf, text, type LogEntry, type Scenario } from '../../engine';
import type { NewsItem } from '../protocol';

export function newsItems(
  scenario: Scenario,
  entries: readonly LogEntry[],
  faction: string,
): NewsItem[] {
  const out: NewsItem[] = [];
  const order = (id: string, target: string | undefined) =>
    `${nameOf(scenario, 'order', id)}${target ? ` in ${nameOf(scenario, 'region', target)}` : ''}`;
  for (const e of entries) {
    if (!canSee(e, faction)) continue;
    switch (e.kind) {
      case 'event':
        out.push({
          kind: 'event',
          title: text(scenario, `event.${e.event}.title`),
          body: text(scenario, `event.${e.event}.body`),
          own: false,
        });
        break;
      case 'choice': {
        const own = e.faction === faction;
        const who = own ? 'You' : nameOf(scenario, 'faction', e.faction);
        out.push({
          kind: 'choice',
          title: text(scenario, `event.${e.event}.title`),
          body: `${who} chose: ${text(scenario, `event.${e.event}.choice.${e.option}.label`)}`,
          own,
        });
        break;
      }
      case 'order': {
        const own = e.faction === faction;
        out.push({
          kind: 'order',
          title: own
            ? `Your order: ${order(e.order, e.target)}`
            : `${nameOf(scenario, 'faction', e.faction)}: ${order(e.order, e.target)}`,
          body: e.success ? 'It succeeded.' : 'It failed.',
          own,
        });
        break;
      }
      case 'exposed': {
        const own = e.faction === faction;
        out.push({
          kind: 'exposed',
          title: own
            ? `Exposed: your covert ${order(e.order, e.target)}`
            : `Exposed: ${nameOf(scenario, 'faction', e.faction)} was behind ${order(e.order, e.target)}`,
          body: '',
          own,
        });
        break;
      }
      case 'death':
        out.push({
          kind: 'death',
          title: `${nameOf(scenario, 'character', e.character)} has died`,
          body: '',
          own: false,
        });
        break;
      case 'ending':
        out.push({
          kind: 'ending',
          title: text(scenario, `ending.${e.ending}.title`),
          body: '',
          own: false,
        });
        break;
    }
  }
  return out;
}
