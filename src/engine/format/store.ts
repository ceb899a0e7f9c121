// A scenario's checked form as the browser game ships it: the entry a store of checked scenarios
// keeps for its files (see `parseScenarioWith`), made at build time, so the worker skips parsing
// the YAML. A shipped form is data like any file: it is used only under the key of the files it
// ships with (their content hash, the store's format and the schema's) and only if it passes the
// store's shape check; else the files are read afresh, with the loader's exact errors.
import {
  parseScenario,
  parseScenarioWith,
  type CheckedStore,
  type LoadResult,
  type ScenarioFileText,
} from './load';

export interface ShippedForm {
  /** The store's key of the files it was made from. */
  readonly key: string;
  /** The store's entry for them: their plain values, as JSON. */
  readonly entry: string;
}

/** The shipped form of a scenario's files, as the loader keeps it; null if they do not load (or
 *  hold a value JSON cannot give back, which no store keeps). */
export function shippedForm(files: readonly ScenarioFileText[]): ShippedForm | null {
  let form: ShippedForm | null = null;
  const store: CheckedStore = {
    get: () => undefined,
    set: (key, entry) => void (form = { key, entry }),
  };
  return parseScenarioWith(files, store).ok ? form : null;
}

/** `parseScenario` of files shipped with their checked form; `shipped` tells whether the form
 *  was used (it is not when it is of other files, or not of their shape). */
export function parseShipped(
  files: readonly ScenarioFileText[],
  form: ShippedForm | undefined,
): LoadResult & { shipped: boolean } {
  if (!form) return { ...parseScenario(files), shipped: false };
  let shipped = false;
  const store: CheckedStore = {
    get(key) {
      if (!form || key !== form.key) return undefined;
      shipped = true;
      return form.entry;
    },
    // a load that did not use the form refuses it: nothing is kept
    set() {
      shipped = false;
    },
  };
  const r = parseScenarioWith(files, store);
  return { ...r, shipped: r.ok && shipped };
}
