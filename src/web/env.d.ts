/// <reference types="vite/client" />

/** The bundled scenarios' title-screen facts and map files (scripts/vite-scenarios.ts). */
declare module 'virtual:bundled-scenarios' {
  export interface BundledScenario {
    readonly info: import('./protocol').ScenarioInfo;
    /** Its map: regions as areas and the countries around them (TopoJSON). */
    readonly mapUrl: string;
  }
  /** Natural Earth's countries, by ISO alpha-3 code, for a scenario the player opens. */
  export const worldUrl: string;
  const list: readonly BundledScenario[];
  export default list;
}

/** For the worker: a loader of each bundled scenario's files and, from a build, their checked
 *  form (src/web/worker/compile.ts). */
declare module 'virtual:bundled-files' {
  const files: Readonly<Record<string, () => Promise<import('./worker/compile').BundledModule>>>;
  export default files;
}
