// Entry of the bots' worker thread when the TypeScript sources run as they are (tests, tsx): a
// worker does not inherit the loader of the thread that starts it, so it registers its own.
import { register } from 'tsx/esm/api';

register();
const { default: decide } = await import('./bot-worker.ts');
export default decide;
