// The month's menu: giving orders (with targets by name), then ending the month.
import {
  describeEffects,
  legalActions,
  orderChance,
  turnName,
  turnNoun,
  nameOf,
  pickRefusal,
  play,
  text,
  type GameView,
  type OrderChoice,
  type OrderOption,
} from '../../engine';
import { common, HELP, MENU, quitCommand, saveCommand, say } from './commands';
import { whyText } from './screen';
import { viewOf, type Outcome, type Session } from './session';
import { bold, dim, red, wrapText } from '../style';

const costText = (s: Session, cost: OrderOption['cost']) =>
  cost.length
    ? cost.map(([track, n]) => `${n} ${nameOf(s.scenario, 'track', track)}`).join(', ')
    : 'free';

/** An order's odds of success as the player may know them, or null for a sure order. */
function chanceOf(
  scenario: Session['scenario'],
  def: Parameters<typeof orderChance>[1],
  view: GameView,
  target: string | null,
): string | null {
  if (!def.chance) return null;
  const p = orderChance(scenario, def, view, target);
  return p === null ? 'odds you cannot know' : `${Math.round(p * 100)}% chance`;
}

/** The month's menu, until the player submits orders, quits or input ends. */
export async function ordersTurn(s: Session): Promise<Outcome> {
  const picks: OrderChoice[] = [];
  const legal = legalActions(s.scenario, viewOf(s)).orders!;
  for (;;) {
    const given = picks.map((p) => orderLabel(s, p)).join('; ') || 'none yet';
    const month = turnName(s.scenario, s.game.state.turn);
    say(`\n${bold(`${month} · your orders`)} (${picks.length} of at most ${legal.max}): ${given}`);
    const unit = turnNoun(s.scenario.calendar);
    say(
      `  ${MENU.map((m, i) => `${bold(String(i + 1))} ${m.replace('month', unit)}`).join('   ')}`,
    );
    const line = await s.input.ask('> ');
    if (line === null) return 'eof';
    const c = await common(s, line);
    if (c === 'handled') continue;
    if (c) return c;
    const word = line.toLowerCase();
    if (word === '1' || word === 'order' || word === 'o') {
      const r = await pickOrder(s, legal, picks);
      if (r === 'eof') return r;
    } else if (word === '2' || word === 'end' || word === 'e') {
      const r = play(s.game, {
        type: 'orders',
        faction: s.human,
        turn: s.game.state.turn,
        orders: picks,
      });
      if (r.ok) return ((s.game = r.value.game), 'done');
      say(red(`Those orders cannot be given (${r.error}); take one back with "undo".`));
    } else if (word === '3' || word === 'why') {
      const what = await s.input.ask('Which figure? ');
      if (what === null) return 'eof';
      if (what) say(whyText(s.scenario, viewOf(s), what));
    } else if (word === '4') {
      if (!(await saveCommand(s))) return 'eof';
    } else if (word === '5') {
      const r = await quitCommand(s);
      if (r !== 'handled') return r;
    } else if (word === 'undo' || word === 'u') {
      const p = picks.pop();
      say(p ? `Took back: ${orderLabel(s, p)}.` : 'No order to take back.');
    } else say(`Please answer 1–${MENU.length}. ${HELP}`);
  }
}

function orderLabel(s: Session, o: OrderChoice): string {
  return `${nameOf(s.scenario, 'order', o.order)}${o.target ? ` in ${nameOf(s.scenario, 'region', o.target)}` : ''}`;
}

async function pickOrder(
  s: Session,
  legal: { options: readonly OrderOption[]; max: number },
  picks: OrderChoice[],
): Promise<Outcome | 'back'> {
  if (picks.length >= legal.max)
    return (
      say(
        `You have given all ${legal.max} orders this ${turnNoun(s.scenario.calendar)}: answer 2 to end the ${turnNoun(s.scenario.calendar)}, or "undo".`,
      ),
      'back'
    );
  const costOf = (o: OrderChoice) => s.scenario.index.order.get(o.order)?.cost ?? [];
  const open = legal.options.filter(
    (o) => pickRefusal(o, picks, legal.max, costOf, s.game.state.tracks) === null,
  );
  const ids = [...new Set(open.map((o) => o.order))];
  if (ids.length === 0)
    return (
      say(
        legal.options.length
          ? `You cannot afford any other order this ${turnNoun(s.scenario.calendar)}.`
          : `No orders are open to you this ${turnNoun(s.scenario.calendar)}.`,
      ),
      'back'
    );
  const view = viewOf(s);
  say(bold('Orders you can give:'));
  ids.forEach((id, i) => {
    const def = s.scenario.index.order.get(id)!;
    const targets = open.filter((o) => o.order === id).length;
    const odds = def.targeted ? null : chanceOf(s.scenario, def, view, null);
    const chance = odds === null ? '' : ` · ${odds}`;
    const where = def.targeted ? ` · ${targets} possible target${targets === 1 ? '' : 's'}` : '';
    say(
      `  ${i + 1}. ${bold(nameOf(s.scenario, 'order', id))} — ${costText(s, def.cost)}${chance}${where}${def.covert ? ' · covert' : ''}`,
    );
    const desc = text(s.scenario, `order.${id}.description`);
    if (desc !== `order.${id}.description`) say(dim(wrapText(desc, '       ')));
    const at = def.targeted ? { viewer: s.human } : { view };
    const effects = describeEffects(s.scenario, def.effects, at);
    const failure = describeEffects(s.scenario, def.failure, at);
    const preview =
      effects.join('; ') + (failure.length ? `; if it fails: ${failure.join('; ')}` : '');
    if (preview) say(dim(wrapText(preview, '       ')));
  });
  say('  0. Back');
  const n = await askNumber(s, 'Order number> ', ids.length);
  if (n === 'eof' || n === 0) return n === 0 ? 'back' : n;
  const id = ids[n - 1]!;
  if (!s.scenario.index.order.get(id)!.targeted) return (picks.push({ order: id }), 'back');
  const targets = open.filter((o) => o.order === id).map((o) => o.target!);
  return pickTarget(s, id, targets, picks);
}

async function pickTarget(
  s: Session,
  id: string,
  targets: readonly string[],
  picks: OrderChoice[],
): Promise<Outcome | 'back'> {
  const sc = s.scenario;
  const def = sc.index.order.get(id)!;
  const view = viewOf(s);
  const holders = new Set(targets.map((r) => view.regions[r]!.control));
  say(bold(`${nameOf(sc, 'order', id)}: where?`));
  targets.forEach((r, i) => {
    const st = view.regions[r]!;
    const odds = chanceOf(sc, def, view, r);
    const facts = [
      ...(holders.size > 1 ? [nameOf(sc, 'faction', st.control)] : []),
      `unrest ${Math.round(st.unrest)}`,
      ...(odds === null ? [] : [odds]),
    ];
    say(`  ${i + 1}. ${nameOf(sc, 'region', r)} ${dim(`(${facts.join(', ')})`)}`);
  });
  say('  0. Back');
  for (;;) {
    const line = await s.input.ask('Target (number or name)> ');
    if (line === null) return 'eof';
    if (line === '0') return 'back';
    const n = Number(line);
    const target = /^\d+$/.test(line)
      ? n >= 1 && n <= targets.length
        ? targets[n - 1]
        : undefined
      : regionByName(s, targets, line);
    if (target) {
      picks.push({ order: id, target });
      return 'back';
    }
  }
}

/** Folds case and accents, so that "juarez" finds "Ciudad Juárez". */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** The region a player means by a (part of a) name, or undefined after saying why not. */
function regionByName(s: Session, targets: readonly string[], query: string): string | undefined {
  const q = fold(query);
  const name = (r: string) => fold(nameOf(s.scenario, 'region', r));
  const exact = targets.find((r) => r === q || name(r) === q);
  if (exact) return exact;
  const partial = q ? targets.filter((r) => name(r).includes(q)) : [];
  if (partial.length === 1) return partial[0];
  if (partial.length > 1)
    say(`Which one? ${partial.map((r) => nameOf(s.scenario, 'region', r)).join(', ')}.`);
  else say(`Please answer 0–${targets.length}, or (part of) a region's name from the list.`);
  return undefined;
}

/** A number from 0 to `max` (0 is "back"), asking again on anything else. */
async function askNumber(s: Session, prompt: string, max: number): Promise<number | 'eof'> {
  for (;;) {
    const line = await s.input.ask(prompt);
    if (line === null) return 'eof';
    const n = Number(line);
    if (/^\d+$/.test(line) && n <= max) return n;
    say(`Please answer 0–${max}.`);
  }
}
