// The month's orders: what the player may give (legal options only), their costs and effects,
// the picks so far with what is left to spend, and "End month".
import { useState } from 'preact/hooks';
import type { OrderChoice } from '../../engine';
import { fmt, percent } from '../ui/format';
import { blocked, costText, leftToSpend, pickKey, sameOption } from './picks';
import type { OrderOptionModel, TrackModel } from '../protocol';

interface Props {
  orders: {
    max: number;
    options: readonly OrderOptionModel[];
    locked?: readonly { order: string; name: string; needs: string }[];
  };
  tracks: readonly TrackModel[];
  picks: readonly OrderChoice[];
  busy: boolean;
  onPick(o: OrderChoice): void;
  onUnpick(o: OrderChoice): void;
  onEndMonth(): void;
  /** What a turn is called: "month" unless the scenario's turns are days or weeks. */
  turnUnit?: string;
}

const BLOCKED_TEXT = {
  given: 'given',
  full: 'no orders left',
  unaffordable: 'cannot afford',
} as const;

function Effects({ o }: { o: OrderOptionModel }) {
  return (
    <p class="effects">
      {o.effects.join(' · ') || 'No immediate effect.'}
      {o.failure.length > 0 && <span class="failure"> If it fails: {o.failure.join(' · ')}</span>}
    </p>
  );
}

function OrderCard({
  group,
  picks,
  max,
  options,
  tracks,
  onPick,
}: {
  group: readonly OrderOptionModel[];
  picks: readonly OrderChoice[];
  max: number;
  options: readonly OrderOptionModel[];
  tracks: readonly TrackModel[];
  onPick(o: OrderChoice): void;
}) {
  const first = group[0]!;
  const targeted = first.target !== undefined;
  const [target, setTarget] = useState(first.target ?? '');
  const chosen = group.find((o) => o.target === target) ?? first;
  const why = blocked(chosen, picks, max, options, tracks);
  return (
    <li class="order-card">
      <div class="order-head">
        <strong>{first.name}</strong>
        {first.covert && (
          <span class="badge covert" title="Covert: others learn of it only if it is exposed">
            covert
          </span>
        )}
        <span class="cost">{costText(first)}</span>
      </div>
      {first.description && <p class="desc">{first.description}</p>}
      <Effects o={chosen} />
      <div class="order-actions">
        {targeted && (
          <select
            value={target}
            onChange={(e) => setTarget((e.target as HTMLSelectElement).value)}
            aria-label={`Where to ${first.name}`}
          >
            {group.map((o) => (
              <option key={o.target} value={o.target}>
                {o.targetName}
                {o.chance !== null ? ` — ${percent(o.chance)}` : ''}
              </option>
            ))}
          </select>
        )}
        {chosen.chance !== null && !targeted && (
          <span class="chance">{percent(chosen.chance)} chance</span>
        )}
        <button
          onClick={() => onPick(chosen)}
          disabled={why !== null}
          aria-label={`Give order: ${first.name}${chosen.targetName ? ` in ${chosen.targetName}` : ''}`}
        >
          {why ? BLOCKED_TEXT[why] : 'Give order'}
        </button>
      </div>
    </li>
  );
}

export function OrdersPanel({
  orders,
  tracks,
  picks,
  busy,
  onPick,
  onUnpick,
  onEndMonth,
  turnUnit = 'month',
}: Props) {
  const left = leftToSpend(tracks, orders.options, picks);
  const budget = tracks.filter((t) => t.budget);
  const groups = new Map<string, OrderOptionModel[]>();
  for (const o of orders.options) groups.set(o.order, [...(groups.get(o.order) ?? []), o]);
  return (
    <section class="panel orders" aria-label="Orders">
      <h2>
        Orders{' '}
        <small>
          {picks.length} of {orders.max}
        </small>
      </h2>
      <p class="order-funds" aria-live="polite">
        {budget.map((t) => (
          <span key={t.id}>
            {t.name}: <strong>{fmt(left.get(t.id) ?? 0)}</strong> left of {fmt(t.value)}
          </span>
        ))}
      </p>
      {picks.length > 0 && (
        <ul class="picks" aria-label="Orders given this month: what they will do">
          {picks.map((p) => {
            const o = orders.options.find((x) => sameOption(x, p));
            return (
              <li key={pickKey(p)}>
                <span>
                  {o?.name ?? p.order}
                  {o?.targetName ? ` — ${o.targetName}` : ''}
                  {o && (
                    <small class="pick-effects">
                      {o.chance !== null ? `${percent(o.chance)}: ` : ''}
                      {o.effects.join(' · ') || 'no immediate effect'}
                      {o.failure.length > 0 ? `; if it fails: ${o.failure.join(' · ')}` : ''}
                    </small>
                  )}
                </span>
                <button
                  class="icon"
                  data-pick={pickKey(p)}
                  onClick={() => onUnpick(p)}
                  aria-label={`Take back ${o?.name ?? p.order}`}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ul class="order-list">
        {[...groups.values()].map((g) => (
          <OrderCard
            key={g[0]!.order}
            group={g}
            picks={picks}
            max={orders.max}
            options={orders.options}
            tracks={tracks}
            onPick={onPick}
          />
        ))}
        {groups.size === 0 && <li class="muted">No orders are open to you this month.</li>}
      </ul>
      {orders.locked && orders.locked.length > 0 && (
        <details class="locked">
          <summary>Locked this month ({orders.locked.length})</summary>
          <ul>
            {orders.locked.map((l) => (
              <li key={l.order}>
                <strong>{l.name}</strong> <small>{l.needs}</small>
              </li>
            ))}
          </ul>
        </details>
      )}
      <button
        class="primary big end-month"
        onClick={onEndMonth}
        disabled={busy}
        aria-keyshortcuts="Enter E"
      >
        End {turnUnit} <kbd>E</kbd>
      </button>
    </section>
  );
}
