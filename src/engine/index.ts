// The engine's public face. Front ends, AI, chronicle and analysis import from here only.
export * from './types';
export { parseScenario, contentHash, type ScenarioFileText, type LoadResult } from './load';
export { formatScenarioError, type ScenarioError, type Severity } from './errors';
export { initialState, cloneState, hashedRecord, monthOf } from './state';
export { step, stepInPlace, checkAction, availableOptions, type StepOutcome } from './step';
export {
  legalActions,
  waitingFor,
  nextToAct,
  stepLegal,
  type Legal,
  type OrderOption,
} from './legal';
export { viewFor, makeViewer, canSee, type GameView, type ViewerOptions } from './view';
export {
  text,
  hasText,
  nameOf,
  monthName,
  describeEffects,
  explain,
  clockStage,
  type Explanation,
  type Part,
} from './describe';
export {
  parseSave,
  makeSave,
  loadSave,
  replay,
  stateHash,
  SAVE_FORMAT_VERSION,
  SAVE_MIN_READABLE,
  type SaveData,
  type SaveError,
} from './save';
export { newGame, play, undo, undoableActions, gameFromReplay, saveGame, type Game } from './game';
export { jsonSchema } from './schema';
export { seedRng, generatorFrom, nextFloat, nextInt, type Generator } from './rng';
export { parseDate } from './expr/parse';
export { DEFAULT_LANGUAGE } from './texts';
