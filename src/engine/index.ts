// The engine's public face. Front ends, AI, chronicle and analysis import from here only.
export * from './types';
export {
  parseScenario,
  contentHash,
  MAX_FILES,
  MAX_FILE_BYTES,
  type ScenarioFileText,
  type LoadResult,
} from './format/load';
export { shippedForm, parseShipped, type ShippedForm } from './format/store';
export { formatScenarioError, type ScenarioError, type Severity } from './errors';
export { initialState, cloneState, hashedRecord, monthOf } from './rules/state';
export { step, stepInPlace, checkAction, availableOptions, type StepOutcome } from './rules/step';
export {
  legalActions,
  waitingFor,
  nextToAct,
  nextSeat,
  stepLegal,
  type Legal,
  type OrderOption,
} from './rules/orders/legal';
export { makeLegal } from './rules/orders/maintained';
export { writesOf } from './rules/writes';
export { keepNoChanges, keepsChanges } from './rules/month/ledger';
export { routineOrders, believedFromView, type Believed } from './rules/month/routines';
export {
  viewFor,
  makeViewer,
  canSee,
  type GameView,
  type KnownChange,
  type ViewerOptions,
} from './rules/view/view';
export { reportMonth, reportStart } from './rules/view/report';
export { pickKey, pickRefusal, type PickRefusal } from './rules/orders/picks';
export { text, hasText, nameOf, monthName, formulaInWords, UNSEEN } from './explain/words';
export { describeEffects, type PreviewAt } from './explain/describe';
export { endingsNear } from './explain/endings-near';
export { explain, clockStage, orderChance, type Explanation, type Part } from './explain/why';
export { readsHidden } from './rules/view/secrecy';
export { monthChange, changeMonth, type MonthChange, type ChangePart } from './explain/changes';
export {
  parseSave,
  makeSave,
  loadSave,
  replay,
  stateHash,
  SAVE_FORMAT_VERSION,
  SAVE_MIN_READABLE,
  MAX_SAVE_BYTES,
  type SaveData,
  type SaveError,
  type SaveNotice,
  type LoadedSave,
} from './game/save';
export {
  newGame,
  play,
  undo,
  undoableActions,
  gameFromReplay,
  saveGame,
  type Game,
} from './game/game';
export {
  briefing,
  endingWarnings,
  type Briefing,
  type BriefingEnding,
  type EndingWarning,
} from './explain/briefing';
export { jsonSchema } from './format/schema';
export {
  FILE_KINDS,
  FILE_GLOBS,
  namesOf,
  rootSchema,
  combinedSchema,
  type FileKind,
  type ScenarioNames,
} from './format/authoring/editor-schema';
export { textKeysOf } from './format/texts';
export { seedRng, generatorFrom, nextFloat, nextInt, type Generator } from './rng';
export { parseDate } from './expr/parse';
export {
  MONTHLY,
  TURN_UNITS,
  countsDays,
  monthOfTick,
  partsOf,
  tickName,
  tickOf,
  turnName,
  turnNoun,
  turnOfTick,
  turnStep,
  turnsWord,
  turnTick,
  turnCount,
  turnLabel,
  turnsUnit,
  turnStartOf,
  type Calendar,
  type DateParts,
  type TurnUnit,
} from './calendar';
export { asProbability, MAX_MAGNITUDE } from './expr/numbers';
export { DEFAULT_LANGUAGE } from './format/texts';
export { endingScore, scoreAt, viewedScore } from './explain/score';
export { Spent } from './rules/spent';
