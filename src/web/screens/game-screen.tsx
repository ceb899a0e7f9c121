// The main screen: the threat clock and figures, the map (or report, chronicle, charts), the
// orders, and the decision dialog when an event asks the player to choose.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OrderChoice } from '../../engine';
import { DecisionDialog } from '../panels/decision-dialog';
import { GameMenu } from './game-menu';
import { MapView } from '../map/map-view';
import { NewsPanel } from '../panels/news-panel';
import { OrdersPanel } from '../panels/orders-panel';
import { pickKey, sameOption, toChoice } from '../panels/picks';
import type { ChronicleModel, ScenarioInfo, Update } from '../protocol';
import { RegionCard } from '../map/region-card';
import { useShortcuts } from '../ui/shortcuts';
import { Tabs, type Tab } from '../ui/tabs';
import { TopBar } from '../panels/top-bar';
import { TracksPanel } from '../panels/tracks-panel';
import { StoryPanes } from '../panels/story-panes';
import type { GameActions } from '../use-game';
import { BriefingDialog } from '../onboarding/briefing-dialog';
import { EndingWarnings } from '../onboarding/ending-warnings';
import { FirstMonthGuide } from '../onboarding/first-month';
import '../onboarding/onboarding.css';

export type Pane = 'map' | 'report' | 'chronicle' | 'charts' | 'whatif';

interface Props {
  info: ScenarioInfo;
  update: Update;
  busy: boolean;
  actions: GameActions;
  loadChronicle(): Promise<ChronicleModel>;
  onSettings?: () => void;
}

export function GameScreen({ info, update, busy, actions, loadChronicle, onSettings }: Props) {
  const model = update.model;
  const [picks, setPicks] = useState<OrderChoice[]>([]);
  const [pane, setPane] = useState<Pane>('map');
  const [selected, setSelected] = useState<string | null>(null);
  const [menu, setMenu] = useState(false);
  const [chronicle, setChronicle] = useState<ChronicleModel | null>(null);
  // the briefing, open (at a glossary entry, or its top) or not
  const [briefing, setBriefing] = useState<{ entry: string | null } | null>(null);
  const [guide, setGuide] = useState(true);
  const openBriefing = () => setBriefing({ entry: null });
  const openTerm = (entry: string) => setBriefing({ entry });
  useEffect(() => setPicks([]), [model.turn, model.phase, model.seed]);
  // A new month opens on its report: what happened, and what moved, before the next orders.
  const [shownTurn, setShownTurn] = useState(model.turn);
  useEffect(() => {
    if (model.turn === shownTurn) return;
    setShownTurn(model.turn);
    if (model.turn > shownTurn && model.phase === 'orders' && model.news.length > 0)
      setPane('report');
  }, [model.turn, model.phase]);
  useEffect(() => {
    if (pane === 'chronicle') void loadChronicle().then(setChronicle, () => setChronicle(null));
  }, [pane, update]);
  const canEnd = model.orders !== null && !busy && !model.decision;
  const endMonth = () => canEnd && void actions.endMonth(picks);
  const keys = useMemo(
    () => ({
      e: endMonth,
      Enter: endMonth,
      u: () => model.undoable && !busy && void actions.undo(),
      m: () => setPane('map'),
      r: () => setPane('report'),
      c: () => setPane('chronicle'),
      g: () => setPane('charts'),
      w: () => setPane('whatif'),
      s: () => setMenu(true),
      b: openBriefing,
      '?': () => setMenu(true),
      Escape: () => (menu ? setMenu(false) : setSelected(null)),
      ...(model.decision && !busy
        ? Object.fromEntries(
            model.decision.options.map((o, i) => [
              String(i + 1),
              () => void actions.choose(model.decision!.event, o.id),
            ]),
          )
        : {}),
    }),
    [model, picks, busy, menu],
  );
  useShortcuts(menu ? { Escape: () => setMenu(false) } : briefing ? {} : keys);
  const pick = (o: OrderChoice) => {
    setPicks((p) => (p.some((x) => sameOption(x, o)) ? p : [...p, toChoice(o)]));
    // The button just pressed turns into "given" and cannot keep focus: the order's line among
    // the picks takes it, so the keyboard stays where the player was working.
    requestAnimationFrame(() => {
      const active = document.activeElement as HTMLButtonElement | null;
      if (active && active !== document.body && !active.disabled) return;
      document
        .querySelector<HTMLElement>(`.picks [data-pick="${CSS.escape(pickKey(o))}"]`)
        ?.focus();
    });
  };
  const unpick = (o: OrderChoice) => setPicks((p) => p.filter((x) => !sameOption(x, o)));
  const tabs: Tab<Pane>[] = [
    { id: 'map', label: 'Map', key: 'M' },
    { id: 'report', label: 'Report', key: 'R', badge: model.news.length },
    { id: 'chronicle', label: 'Chronicle', key: 'C' },
    { id: 'charts', label: 'Charts', key: 'G' },
    { id: 'whatif', label: 'What if', key: 'W' },
  ];
  const region = selected ? info.regions.find((r) => r.id === selected) : undefined;
  const regionState = selected ? model.regions.find((r) => r.id === selected) : undefined;
  return (
    <div class="game" data-phase={model.phase} aria-busy={busy}>
      <TopBar
        info={info}
        model={model}
        busy={busy}
        onUndo={() => void actions.undo()}
        onMenu={() => setMenu(true)}
        onBriefing={openBriefing}
      />
      <TracksPanel tracks={model.tracks} people={model.people} />
      <main class="centre">
        {guide && model.turn === 0 && model.phase === 'orders' && (
          <FirstMonthGuide
            faction={model.briefing.name}
            orders={model.orders?.max ?? 0}
            aims={model.briefing.aims}
            onBriefing={openBriefing}
            onClose={() => setGuide(false)}
          />
        )}
        <EndingWarnings warnings={model.warnings} onBriefing={openBriefing} />
        <Tabs tabs={tabs} current={pane} onPick={setPane} label="Views" />
        <div class="pane" id={`pane-${pane}`} role="tabpanel" aria-labelledby={`tab-${pane}`}>
          {pane === 'map' && (
            <div class="map-pane">
              <MapView
                info={info}
                regions={model.regions}
                selected={selected}
                onSelect={setSelected}
              />
              {region && regionState && (
                <RegionCard
                  info={info}
                  region={region}
                  state={regionState}
                  orders={model.orders}
                  tracks={model.tracks}
                  picks={picks}
                  onPick={pick}
                  onClose={() => setSelected(null)}
                />
              )}
              <button class="ticker" onClick={() => setPane('report')} aria-keyshortcuts="R">
                <strong>{model.newsTitle}:</strong>{' '}
                {model.news.length
                  ? model.news
                      .slice(0, 3)
                      .map((n) => n.title)
                      .join(' · ')
                  : model.turn === 0
                    ? info.summary.slice(0, 140) + '…'
                    : 'nothing your agents could learn of.'}
                <span class="visually-hidden"> — open the turn report</span>
              </button>
            </div>
          )}
          {pane === 'report' && (
            <NewsPanel
              title={model.newsTitle}
              items={model.news}
              summary={model.turn === 0 ? info.summary : undefined}
              tracks={model.tracks}
              glossary={model.briefing.glossary}
              onTerm={openTerm}
            />
          )}
          <StoryPanes
            pane={pane}
            model={model}
            chronicle={chronicle}
            busy={busy}
            actions={actions}
            turns={info.turnsUnit}
          />
        </div>
      </main>
      <aside class="side">
        {model.orders ? (
          <OrdersPanel
            orders={model.orders}
            tracks={model.tracks}
            picks={picks}
            busy={!canEnd}
            onPick={pick}
            onUnpick={unpick}
            onEndMonth={endMonth}
            turnUnit={info.turnUnit}
          />
        ) : (
          <section class="panel orders">
            <h2>Orders</h2>
            <p class="muted">{busy ? 'The world moves…' : 'Waiting for a decision.'}</p>
          </section>
        )}
      </aside>
      {model.decision && (
        <DecisionDialog
          decision={model.decision}
          busy={busy}
          onChoose={(e, o) => void actions.choose(e, o)}
          glossary={model.briefing.glossary}
          onTerm={openTerm}
        />
      )}
      {menu && (
        <GameMenu
          saveText={update.save}
          fileName={`${info.id}-${model.human}-seed-${model.seed}-month-${model.turn + 1}.json`}
          onSaveAs={actions.saveAs}
          onImport={(t) => void actions.load(t).then((ok) => ok && setMenu(false))}
          onQuit={actions.quit}
          onClose={() => setMenu(false)}
          {...(onSettings && {
            onSettings: () => {
              setMenu(false);
              onSettings();
            },
          })}
        />
      )}
      {briefing && (
        <BriefingDialog
          briefing={model.briefing}
          entry={briefing.entry}
          onClose={() => setBriefing(null)}
        />
      )}
    </div>
  );
}
