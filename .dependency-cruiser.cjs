/** Import rules between the project's folders, checked by `npm test`. */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'engine-is-pure',
      comment:
        'The engine depends on nothing of ours and on no Node built-in: it runs in Node, a browser and a worker.',
      severity: 'error',
      from: { path: '^src/engine/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: ['^src/engine/', '^node_modules/'] },
    },
    {
      name: 'engine-no-node-builtins',
      severity: 'error',
      from: { path: '^src/engine/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'ai-and-chronicle-on-engine-only',
      severity: 'error',
      from: { path: '^src/(ai|chronicle)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/', pathNot: ['^src/engine/', '^src/(ai|chronicle)/'] },
    },
    {
      name: 'analysis-on-engine-and-ai',
      severity: 'error',
      from: { path: '^src/analysis/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(cli|web|server)/' },
    },
    {
      name: 'front-ends-apart',
      comment: 'No front end imports another.',
      severity: 'error',
      from: { path: '^src/(cli|web)/' },
      to: { path: '^src/(cli|web)/', pathNot: '^src/$1/' },
    },
    {
      name: 'server-apart',
      comment:
        'The server imports no other front end; the command line may start it (`uchronia serve`).',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/(cli|web)/' },
    },
    {
      name: 'page-not-on-server',
      comment:
        'The browser game talks to the server over the wire protocol (src/net), never its code.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'net-is-shared',
      comment:
        'The wire protocol and its client run in a page and in the server: engine types only, no Node.',
      severity: 'error',
      from: { path: '^src/net/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/', pathNot: ['^src/net/', '^src/engine/'] },
    },
    {
      name: 'net-no-node-builtins',
      severity: 'error',
      from: { path: '^src/net/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-runs-in-a-browser',
      comment:
        'The browser game (page and worker) uses no Node module and no Node-only code of ours.',
      severity: 'error',
      from: { path: '^src/web/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/(node|analysis)/' },
    },
    {
      name: 'web-no-node-builtins',
      severity: 'error',
      from: { path: '^src/web/', pathNot: '\\.test\\.tsx?$' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
