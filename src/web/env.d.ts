/// <reference types="vite/client" />

declare module 'virtual:scenario-info' {
  const info: import('./protocol').ScenarioInfo;
  export default info;
}
