import { describe, expect, it, vi } from 'vitest';
import { click, mount, texts } from '../ui/test-dom';
import { decision, info, option, track, treasury } from '../fixtures.test-data';
import { TracksPanel } from './tracks-panel';
import { OrdersPanel } from './orders-panel';
import { DecisionDialog } from './decision-dialog';
import { NewsPanel } from './news-panel';
import { StartScreen } from '../screens/start-screen';
import { ThreatClock } from './threat-clock';
import { RegionCard } from '../map/region-card';
import { WhatIfPanel } from './whatif-panel';

describe('tracks panel', () => {
  it('shows each figure with its change, and the why of its drift', () => {
    const root = mount(<TracksPanel tracks={[track(), treasury]} />);
    expect(texts(root, '.track-name')).toEqual(['Popular Support', 'Treasuryfunds']);
    const row = root.querySelector('.track')!;
    expect(row.getAttribute('aria-label')).toBe(
      'Popular Support: 60, −2 since last month, drifting +1 a month',
    );
    expect(texts(row, '.why-list:not(.why-month) li')).toEqual([
      'Revolutionary zeal+1',
      'Hungernot now',
    ]);
    // what it actually moved last month, cause by cause
    expect(texts(row, '.why-month .why-title')).toEqual(['Last month (May 1946) it moved −2:']);
    expect(texts(row, '.why-month li')).toEqual([
      'Your order: Strike−3',
      'Drift: Revolutionary zeal+1',
    ]);
  });

  /** The American hostility clock at `value`, in the last of `stages` it has reached. */
  function hostility(value: number, stages: readonly [string, number][]) {
    const all = stages.map(([label, at]) => ({ label, at }));
    const reached = all.filter((s) => s.at <= value);
    return track({
      id: 'us_hostility',
      name: 'American Hostility',
      value,
      clock: {
        stage: reached[reached.length - 1]!.label,
        stages: all,
        next: all.find((s) => s.at > value) ?? null,
      },
    });
  }

  it('makes the threat clock a labelled meter with its stages', () => {
    const clock = hostility(55, [
      ['Covert war', 0],
      ['Blockade', 50],
      ['Invasion', 90],
    ]);
    const root = mount(<ThreatClock track={clock} />);
    const meter = root.querySelector('[role=meter]')!;
    expect(meter.getAttribute('aria-label')).toBe('American Hostility: Blockade');
    expect(meter.getAttribute('aria-valuenow')).toBe('55');
    expect(texts(root, '.clock-tick-label')).toEqual(['Blockade', 'Invasion']);
    expect(root.querySelector('.why')!.textContent).toContain('Invasion at 90');
  });

  it('sets close stage labels back to back instead of on top of each other', () => {
    const clock = hostility(10, [
      ['Covert war', 0],
      ['Brink of war', 40],
      ['Blockade', 50],
      ['Invasion', 90],
    ]);
    const root = mount(<ThreatClock track={clock} />);
    const labels = [...root.querySelectorAll('.clock-tick-label')].map((l) => [
      l.textContent,
      l.getAttribute('class'),
    ]);
    expect(labels).toEqual([
      ['Brink of war', 'clock-tick-label before'],
      ['Blockade', 'clock-tick-label after'],
      ['Invasion', 'clock-tick-label'],
    ]);
  });
});

describe('orders panel', () => {
  const options = [
    option(),
    option({
      order: 'sweep',
      name: 'Sweep',
      cost: [{ track: 'treasury', name: 'Treasury', amount: 5 }],
      chance: 0.75,
      covert: true,
      failure: ['Democracy -1'],
    }),
  ];

  it('lists legal orders with costs, chances and effects, and gives one', () => {
    const onPick = vi.fn();
    const root = mount(
      <OrdersPanel
        orders={{ max: 2, options }}
        tracks={[treasury]}
        picks={[]}
        busy={false}
        onPick={onPick}
        onUnpick={() => {}}
        onEndMonth={() => {}}
      />,
    );
    expect(texts(root, '.order-head strong')).toEqual(['Arm the Militia', 'Sweep']);
    expect(texts(root, '.cost')).toEqual(['8 Treasury', '5 Treasury']);
    expect(root.textContent).toContain('75% chance');
    expect(root.textContent).toContain('If it fails: Democracy -1');
    click(root.querySelector('.order-card button'));
    expect(onPick).toHaveBeenCalledWith(options[0]);
  });

  it('shows what is left to spend and refuses what cannot be paid', () => {
    const root = mount(
      <OrdersPanel
        orders={{ max: 2, options }}
        tracks={[treasury]}
        picks={[{ order: 'arm_militia' }]}
        busy={false}
        onPick={() => {}}
        onUnpick={() => {}}
        onEndMonth={() => {}}
      />,
    );
    expect(root.querySelector('.order-funds')!.textContent).toBe('Treasury: 2 left of 10');
    const buttons = [...root.querySelectorAll('.order-card button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['given', 'cannot afford']);
    expect(buttons.every((b) => b.hasAttribute('disabled'))).toBe(true);
  });

  it('ends the month', () => {
    const onEnd = vi.fn();
    const root = mount(
      <OrdersPanel
        orders={{ max: 2, options }}
        tracks={[treasury]}
        picks={[]}
        busy={false}
        onPick={() => {}}
        onUnpick={() => {}}
        onEndMonth={onEnd}
      />,
    );
    click(root.querySelector('.end-month'));
    expect(onEnd).toHaveBeenCalledOnce();
  });
});

describe('decision dialog', () => {
  it('is a labelled modal showing each option with its effects before it is taken', () => {
    const onChoose = vi.fn();
    const root = mount(<DecisionDialog decision={decision} busy={false} onChoose={onChoose} />);
    const dialog = root.querySelector('[role=dialog]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(root.querySelector('#decision-title')!.textContent).toBe('The Coup');
    expect(texts(root, '.option-effects')).toEqual(['Support +5', 'No immediate effect.']);
    click(root.querySelectorAll('button.option')[1]!);
    expect(onChoose).toHaveBeenCalledWith('coup', 'flee');
  });

  it('puts each effect of an option on a line of its own', () => {
    const long = 'Martial law: yes — each month while it holds: Fear +1 (Martial law)';
    const options = [{ id: 'fight', label: 'Fight', effects: [long, 'Support +5'] }];
    const root = mount(
      <DecisionDialog decision={{ ...decision, options }} busy={false} onChoose={vi.fn()} />,
    );
    expect(texts(root, '.option-effect')).toEqual([long, 'Support +5']);
  });
});

describe('news, start screen, region card, what if', () => {
  it('tells the news', () => {
    const root = mount(
      <NewsPanel
        title="News of May 1946"
        items={[{ kind: 'event', title: 'Strike', body: 'The rails stop.', own: false }]}
      />,
    );
    expect(texts(root, 'h2')).toEqual(['News of May 1946']);
    expect(root.querySelector('.news-item')!.textContent).toContain('The rails stop.');
  });

  it('offers only playable factions, and a difficulty for each opponent', () => {
    const onStart = vi.fn();
    const root = mount(
      <StartScreen
        info={info}
        saves={[]}
        busy={false}
        initialSeed={42}
        onStart={onStart}
        onLoadStored={() => {}}
        onRemove={() => {}}
        onImport={() => {}}
        onSettings={() => {}}
        onOpen={async () => null}
      />,
    );
    expect(texts(root, '.faction-name')).toEqual(['Mexico', 'United States']);
    expect([...root.querySelectorAll('select')].map((s) => s.getAttribute('aria-label'))).toEqual([
      'Difficulty of United States',
    ]);
    const form = root.querySelector('form')!;
    click(form.querySelector('button[type=submit]'));
    form.dispatchEvent(
      new (globalThis.window as unknown as { Event: typeof Event }).Event('submit', {
        bubbles: true,
        cancelable: true,
      }),
    );
    expect(onStart).toHaveBeenCalledWith({
      faction: 'mexico',
      seed: 42,
      policies: { usa: 'random' },
    });
  });

  it('lists the targeted orders open in a region', () => {
    const onPick = vi.fn();
    const here = option({
      order: 'rally',
      name: 'Rally',
      target: 'capital',
      targetName: 'Capital',
      cost: [],
    });
    const root = mount(
      <RegionCard
        info={info}
        region={info.regions[0]!}
        state={{ id: 'capital', control: 'mexico', unrest: 40, month: null }}
        orders={{ max: 2, options: [here] }}
        tracks={[treasury]}
        picks={[]}
        onPick={onPick}
        onClose={() => {}}
      />,
    );
    expect(root.textContent).toContain('Held by Mexico · unrest 40/100');
    click(root.querySelector('.region-orders button'));
    expect(onPick).toHaveBeenCalledWith(here);
  });

  it("tells what moved a region's unrest last month, cause by cause", () => {
    const month = {
      title: 'Last month (May 1945)',
      total: 7,
      parts: [
        { kind: 'order', label: "The USA's order: Fund the strikers", value: 9 },
        { kind: 'unseen', label: 'Causes unknown to you', value: -2 },
      ],
    };
    const root = mount(
      <RegionCard
        info={info}
        region={info.regions[0]!}
        state={{ id: 'capital', control: 'mexico', unrest: 47, month }}
        orders={null}
        tracks={[treasury]}
        picks={[]}
        onPick={() => {}}
        onClose={() => {}}
      />,
    );
    const text = root.querySelector('.region-month')!.textContent!;
    expect(text).toContain('Last month (May 1945) unrest moved +7:');
    expect(text).toContain("The USA's order: Fund the strikers+9");
    expect(text).toContain('Causes unknown to you−2');
  });

  it('goes back to a past decision', () => {
    const onFork = vi.fn();
    const root = mount(
      <WhatIfPanel
        decisions={[{ index: 7, date: 'May 1946', title: 'The Coup', chose: 'Fight' }]}
        busy={false}
        onFork={onFork}
      />,
    );
    click(root.querySelector('.whatif-list button'));
    expect(onFork).toHaveBeenCalledWith(7);
  });
});
