/** Allowed imports between workspaces (see docs/architecture.md). Arrows point one way. */
const pkg = (name) => `^packages/${name}/`;
const app = (name) => `^apps/${name}/`;
const internal = '^(packages|apps)/';

module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'packages/core imports nothing internal and no Node built-ins (no I/O).',
      severity: 'error',
      from: { path: pkg('core'), pathNot: '\\.test\\.ts$' },
      to: {
        pathNot: [pkg('core'), '^node_modules/(wink-nlp|wink-eng-lite-web-model|ts-fsrs)/'],
      },
    },
    {
      name: 'core-npm-packages-only-in-interview',
      comment:
        'Decision 003: wink-nlp, its model and ts-fsrs are allowed in packages/core/src/interview/ only; the engine, programs and vocabulary stay dependency-free.',
      severity: 'error',
      from: { path: pkg('core'), pathNot: '^packages/core/src/interview/' },
      to: { path: '^node_modules/(wink-nlp|wink-eng-lite-web-model|ts-fsrs)/' },
    },
    {
      name: 'engine-internals-stay-in-matching',
      comment:
        "matching/engine/ holds the engine's internals (compiled problem, state, chaining); other code calls the public entry points in matching/.",
      severity: 'error',
      from: { pathNot: '^packages/core/src/matching/' },
      to: { path: '^packages/core/src/matching/engine/' },
    },
    {
      name: 'core-tests-only-test-tools',
      comment: 'Core tests may also use the test tools and zod (to validate shipped data).',
      severity: 'error',
      from: { path: pkg('core'), pathNot: '\\.test\\.ts$' },
      to: { path: '^node_modules/(fast-check|vitest|zod)/' },
    },
    {
      name: 'core-tests-allowed',
      severity: 'error',
      from: { path: '^packages/core/.+\\.test\\.ts$' },
      to: {
        pathNot: [
          pkg('core'),
          '^node_modules/(wink-nlp|wink-eng-lite-web-model|ts-fsrs|fast-check|vitest|zod|@vitest)/',
        ],
      },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      from: { path: pkg('core'), pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'contract-only-zod-and-core-vocabulary',
      comment:
        "The contract builds on zod and the core's side-effect-free vocabulary slice only (decision 015); its tests may also read fixtures and use vitest.",
      severity: 'error',
      from: { path: pkg('contract'), pathNot: '\\.test\\.ts$' },
      to: {
        pathNot: [
          pkg('contract'),
          '^packages/core/src/vocabulary/',
          '^node_modules/zod/',
          '^node_modules/csv-parse/',
        ],
      },
    },
    {
      name: 'contract-tests-stay-in-contract',
      comment:
        'Contract tests use what the contract uses, plus vitest and Node built-ins for fixtures.',
      severity: 'error',
      from: { path: pkg('contract'), pathNot: '^.*(?<!\\.test\\.ts)$' },
      to: {
        dependencyTypesNot: ['core'],
        pathNot: [
          pkg('contract'),
          '^packages/core/src/vocabulary/',
          '^node_modules/(zod|csv-parse|vitest|@vitest|fast-check)/',
        ],
      },
    },
    {
      name: 'contract-runtime-packages',
      comment:
        'The contract runs in the browser too: zod, and csv-parse for the file formats (decision 017).',
      severity: 'error',
      from: { path: pkg('contract'), pathNot: '\\.test\\.ts$' },
      to: { path: '^node_modules/', pathNot: '^node_modules/(zod|csv-parse)/' },
    },
    {
      name: 'vocabulary-is-self-contained',
      comment: 'core/src/vocabulary holds codes and record types: it imports nothing else.',
      severity: 'error',
      from: { path: '^packages/core/src/vocabulary/' },
      to: { pathNot: '^packages/core/src/vocabulary/' },
    },
    {
      name: 'services-only-core',
      severity: 'error',
      from: { path: pkg('services') },
      to: { path: internal, pathNot: [pkg('services'), pkg('core')] },
    },
    {
      name: 'services-call-no-services',
      comment:
        'A service calls repositories and pure helpers, not another service (one module’s wiring and createServices compose them).',
      severity: 'error',
      from: {
        path: pkg('services'),
        pathNot: [
          '\\.test\\.ts$',
          '/services\\.ts$',
          '/programs\\.services\\.ts$',
          '/mentorship\\.services\\.ts$',
          '/index\\.ts$',
        ],
      },
      to: { path: '^packages/services/src/.+\\.service\\.ts$' },
    },
    {
      name: 'db-only-core-and-service-types',
      severity: 'error',
      from: { path: pkg('db') },
      to: { path: internal, pathNot: [pkg('db'), pkg('core'), pkg('services')] },
    },
    {
      name: 'db-imports-services-as-types-only',
      severity: 'error',
      from: { path: pkg('db'), pathNot: '\\.test\\.ts$' },
      to: { path: pkg('services'), dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'db-tests-run-the-services-repository-suites',
      comment:
        'Repository tests run the port suites of services/src/testing (the same the in-memory fakes pass); no other runtime import of services.',
      severity: 'error',
      from: { path: '^packages/db/.+\\.test\\.ts$' },
      to: {
        path: pkg('services'),
        pathNot: '^packages/services/src/testing/index\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'services-testing-kit-is-for-tests',
      comment: 'services/src/testing imports vitest: only test files (and the kit itself) use it.',
      severity: 'error',
      from: {
        pathNot: ['\\.test\\.ts$', '-test-support\\.ts$', '^packages/services/src/testing/'],
      },
      to: { path: '^packages/services/src/testing/' },
    },
    {
      name: 'server-allowed',
      severity: 'error',
      from: { path: app('server') },
      to: {
        path: internal,
        pathNot: [app('server'), pkg('contract'), pkg('services'), pkg('db'), pkg('core')],
      },
    },
    {
      name: 'cli-allowed',
      severity: 'error',
      from: { path: app('cli') },
      to: {
        path: internal,
        pathNot: [app('cli'), pkg('contract'), pkg('services'), pkg('db'), pkg('core')],
      },
    },
    {
      name: 'web-allowed',
      severity: 'error',
      from: { path: app('web') },
      to: { path: internal, pathNot: [app('web'), pkg('contract'), pkg('core')] },
    },
    {
      name: 'bench-and-scripts-use-packages',
      comment:
        'bench/ and scripts/ import packages as the apps do, never an app (apps run as processes).',
      severity: 'error',
      from: { path: '^(bench|scripts)/' },
      to: { path: '^apps/' },
    },
    {
      name: 'nothing-imports-bench-or-scripts',
      severity: 'error',
      from: { pathNot: '^(bench|scripts)/' },
      to: { path: '^(bench|scripts)/' },
    },
    {
      name: 'nothing-imports-web',
      severity: 'error',
      from: { pathNot: app('web') },
      to: { path: app('web') },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules stay in the graph (not followed), so the rules on npm packages apply.
    exclude: { path: '^(packages|apps)/[^/]+/dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
