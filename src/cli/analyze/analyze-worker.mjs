// Entry of the analysis worker threads. A worker does not inherit the tsx loader that
// bin/uchronia.js registers, so it registers its own before importing the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./analyze-worker.ts');
