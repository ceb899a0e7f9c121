// Writing what an authoring command makes (a graph, a texts skeleton), atomically, or failing
// with a clear message.
import { writeFileAtomic } from '../../node/atomic-write';
import { fail } from '../fail';

export function writeOutput(file: string, text: string): void {
  try {
    writeFileAtomic(file, text);
  } catch (e) {
    fail(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
