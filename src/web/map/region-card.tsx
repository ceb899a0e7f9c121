// A region's details and the targeted orders the player may give there.
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
  return (
    <section class="region-card" aria-label={`${region.name} details`}>
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
