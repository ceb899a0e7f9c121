// What the parts of the check share: how to report, the names declared, and how expressions are
// compiled. Each part takes it whole and reads what it needs.
import type { Basics } from './basics';
import type { Declarations } from './declarations';
import type { Expressions } from './expressions';

export type CheckContext = Basics & Declarations & Expressions;
