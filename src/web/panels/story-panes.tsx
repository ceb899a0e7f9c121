// The panes that tell the story of a game — chronicle, charts and "what if" — shared by the game
// screen and the end screen.
import { ChartsPanel } from '../charts/charts-panel';
import { ChroniclePanel } from './chronicle-panel';
import type { ChronicleModel, TurnModel } from '../protocol';
import type { GameActions } from '../use-game';
import { WhatIfPanel } from './whatif-panel';

export type StoryPane = 'chronicle' | 'charts' | 'whatif';

interface Props {
  pane: string;
  model: TurnModel;
  chronicle: ChronicleModel | null;
  busy: boolean;
  actions: GameActions;
  /** The scenario's turns in the plural: months, days, weeks. */
  turns?: string;
}

export function StoryPanes({ pane, model, chronicle, busy, actions, turns }: Props) {
  if (pane === 'chronicle') return <ChroniclePanel model={chronicle} />;
  if (pane === 'charts')
    return <ChartsPanel history={model.history} tracks={model.tracks} {...(turns && { turns })} />;
  if (pane === 'whatif')
    return (
      <WhatIfPanel decisions={model.decisions} busy={busy} onFork={(i) => void actions.fork(i)} />
    );
  return null;
}
