import { canonPolicy } from './canon';
import { randomPolicy } from './random';
import type { Policy } from './policy';

export type { Policy } from './policy';
export { canonPolicy, randomPolicy };

/** Every policy by name, as the command line and the browser offer them. */
export const POLICIES: ReadonlyMap<string, Policy> = new Map([canonPolicy, randomPolicy].map((p) => [p.name, p]));
