// A region's details and the targeted orders the player may give there. The card floats over the
// map in the corner that leaves the selected region (its marker and name) in sight.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { OrderChoice } from '../../engine';
import { FactionMark } from '../ui/faction-mark';
import { percent } from '../ui/format';
import { MonthList } from '../ui/why-list';
import { blocked, costText } from '../panels/picks';
import type {
  OrderOptionModel,
  RegionInfo,
  RegionModel,
  ScenarioInfo,
  TrackModel,
} from '../protocol';

interface Props {
  info: ScenarioInfo;
  region: RegionInfo;
  state: RegionModel;
  orders: { max: number; options: readonly OrderOptionModel[] } | null;
  tracks: readonly TrackModel[];
  picks: readonly OrderChoice[];
  onPick(o: OrderChoice): void;
  onClose(): void;
}

export function RegionCard({ info, region, state, orders, tracks, picks, onPick, onClose }: Props) {
  const holder = info.factions.find((f) => f.id === state.control);
  const here = orders?.options.filter((o) => o.target === region.id) ?? [];
  const card = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = card.current;
    if (!el) return;
    const place = () => placeClear(el, region.id);
    place();
    const win = el.ownerDocument.defaultView;
    win?.addEventListener('resize', place);
    return () => win?.removeEventListener('resize', place);
  }, [region.id]);
  return (
    <section ref={card} class="region-card" aria-label={`${region.name} details`}>
      <header>
        <h3>{region.name}</h3>
        <button class="icon" onClick={onClose} aria-label="Close region details">
          ✕
        </button>
      </header>
      <p>
        Held by{' '}
        <FactionMark
          index={info.factions.findIndex((f) => f.id === state.control)}
          color={holder?.color ?? '#888'}
        />
        <strong>{holder?.name ?? 'no one'}</strong> · unrest <strong>{state.unrest}</strong>/100
      </p>
      <p class="muted">{[region.country, ...region.tags].join(' · ')}</p>
      {state.month && (
        <div class="region-month">
          <MonthList month={state.month} subject="unrest" />
        </div>
      )}
      {here.length > 0 ? (
        <ul class="region-orders">
          {here.map((o) => {
            const why = orders ? blocked(o, picks, orders.max, orders.options, tracks) : 'full';
            return (
              <li key={o.order}>
                <div>
                  <strong>{o.name}</strong>{' '}
                  <small>
                    {costText(o)}
                    {o.chance !== null ? ` · ${percent(o.chance)}` : ''}
                    {o.covert ? ' · covert' : ''}
                  </small>
                  <p class="effects">{o.effects.join(' · ')}</p>
                </div>
                <button
                  onClick={() => onPick(o)}
                  disabled={why !== null}
                  aria-label={`Give order ${o.name} in ${region.name}`}
                >
                  {why === 'given'
                    ? 'given'
                    : why === 'full'
                      ? 'no orders left'
                      : why === 'unaffordable'
                        ? 'cannot afford'
                        : 'Give'}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">
          {orders ? 'None of your orders can reach here this month.' : 'No orders to give now.'}
        </p>
      )}
    </section>
  );
}

type Box = { left: number; top: number; right: number; bottom: number };
const MARGIN = 10;
/** The least height worth squeezing the card into. */
const MIN_HEIGHT = 140;
const overlaps = (a: Box, b: Box) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
  Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

/** Moves the card, where the stylesheet floats it over the map, to the first place that leaves
 *  the selected region's marker and name uncovered: its own corner, the other side, then above
 *  or below the marker on either side, else scrolling in the larger space above or below it. Where the card flows in the page (a phone), it stays. */
function placeClear(el: HTMLElement, regionId: string): void {
  el.style.removeProperty('left');
  el.style.removeProperty('right');
  el.style.removeProperty('top');
  el.style.removeProperty('max-height');
  const pane = el.offsetParent as HTMLElement | null;
  if (!pane || getComputedStyle(el).position !== 'absolute') return;
  const marker = pane.querySelector(`[data-region="${CSS.escape(regionId)}"]`);
  if (!marker) return;
  const p = pane.getBoundingClientRect();
  const m = marker.getBoundingClientRect();
  const at: Box = {
    left: m.left - p.left,
    top: m.top - p.top,
    right: m.right - p.left,
    bottom: m.bottom - p.top,
  };
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const top = el.offsetTop; // the stylesheet's, clear of the zoom buttons
  const sides = [p.width - MARGIN - w, MARGIN]; // right, then left
  const tops = [top, at.bottom + MARGIN, at.top - MARGIN - h];
  for (const y of tops) {
    if (y < top || y + h > p.height - MARGIN) continue;
    for (const x of sides) {
      if (overlaps({ left: x, top: y, right: x + w, bottom: y + h }, at)) continue;
      return put(el, x, y);
    }
  }
  // Nowhere whole: the card scrolls in the larger of the spaces above and below the marker.
  const above = at.top - MARGIN - top;
  const below = p.height - MARGIN - (at.bottom + MARGIN);
  if (Math.max(above, below) < MIN_HEIGHT) return;
  if (above >= below) put(el, sides[0]!, top, above);
  else put(el, sides[0]!, at.bottom + MARGIN, below);
}

function put(el: HTMLElement, x: number, y: number, maxHeight?: number): void {
  el.style.left = `${x}px`;
  el.style.right = 'auto';
  el.style.top = `${y}px`;
  if (maxHeight !== undefined) el.style.maxHeight = `${maxHeight}px`;
}
