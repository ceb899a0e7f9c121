// The chronicle: the story of a game, from its log, in Markdown and HTML, with the places it
// leaves the source timeline marked. Depends on the engine only.
export * from './types';
export {
  buildChronicle,
  chronicleEntries,
  type ChronicleGame,
  type ChronicleOptions,
} from './story/build';
export { missedCanonEvents, divergencesOf } from './canon/canon';
export { entryOf } from './story/entries';
export { foldRepeats, repeatNote } from './story/fold';
export {
  parseChronicleFrontMatter,
  makeChronicleFrontMatter,
  frontMatterOf,
  type ChronicleFrontMatter,
  type FrontMatterError,
  type FrontMatterResult,
} from './render/front-matter';
export { chronicleMarkdown, itemMarkdown } from './render/markdown';
export { chronicleHtml, itemHtml } from './render/html';
export { itemsOf, type Item } from './story/items';
export { escapeHtml, escapeMarkdown } from './render/escape';
export {
  compareChronicles,
  entryKey,
  type AlignedRow,
  type ChronicleComparison,
  type ChronicleFork,
} from './canon/compare';
export { sideBySideMarkdown, entryCell, type SideBySideOptions } from './render/side-by-side';
