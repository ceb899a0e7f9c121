// The chronicle: the story of a game, from its log, in Markdown and HTML, with the places it
// leaves the source timeline marked. Depends on the engine only.
export * from './types';
export {
  buildChronicle,
  chronicleEntries,
  type ChronicleGame,
  type ChronicleOptions,
} from './build';
export { missedCanonEvents, divergencesOf } from './canon';
export { entryOf } from './entries';
export { foldRepeats, repeatNote } from './fold';
export {
  parseChronicleFrontMatter,
  makeChronicleFrontMatter,
  frontMatterOf,
  type ChronicleFrontMatter,
  type FrontMatterError,
  type FrontMatterResult,
} from './front-matter';
export { chronicleMarkdown, itemMarkdown } from './markdown';
export { chronicleHtml, itemHtml } from './html';
export { itemsOf, type Item } from './items';
export { escapeHtml, escapeMarkdown } from './escape';
export {
  compareChronicles,
  entryKey,
  type AlignedRow,
  type ChronicleComparison,
  type ChronicleFork,
} from './compare';
export { sideBySideMarkdown, entryCell, type SideBySideOptions } from './side-by-side';
