/* global module */
// The import rules of ARCHITECTURE.md ("Folders" table and the decisions below it), checked
// by `npm run cycles` with dependency-cruiser: shipped code imports only downward, nothing imports
// notebooks, products keep to their own folders, shipped code never imports test helpers,
// and there are no cycles.
/** @type {import('dependency-cruiser').IConfiguration} */
const PRODUCTS = ['fraud', 'credit', 'k3'];
// Tests, their helpers, benches and the red-team suite (which runs the whole pipeline) may
// reach across layers; none of them ships (tsconfig.build.json leaves them out).
const TEST_CODE = '(\\.test\\.ts$|/test-support/|/testing/|^pipelines/bench/|^models/fraud/redteam/)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles (ARCHITECTURE.md).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'data-samples-imports-nothing',
      severity: 'error',
      comment: 'data-samples/ is the lowest layer: it imports nothing of ours.',
      from: { path: '^data-samples/', pathNot: TEST_CODE },
      to: { path: '^(features|models|pipelines|api|notebooks)/' },
    },
    {
      name: 'features-imports-data-samples-only',
      severity: 'error',
      comment: 'features/ may import data-samples/ only.',
      from: { path: '^features/', pathNot: TEST_CODE },
      to: { path: '^(models|pipelines|api|notebooks)/' },
    },
    {
      name: 'models-imports-features-and-data-samples',
      severity: 'error',
      comment: 'models/ may import features/ and data-samples/, never pipelines/ or api/.',
      from: { path: '^models/', pathNot: TEST_CODE },
      to: { path: '^(pipelines|api|notebooks)/' },
    },
    {
      name: 'api-never-imports-pipelines',
      severity: 'error',
      comment: 'api/ never imports pipelines/ (pipelines/ may import api/: the CLI serves it).',
      from: { path: '^api/', pathNot: TEST_CODE },
      to: { path: '^(pipelines|notebooks)/' },
    },
    {
      name: 'nothing-imports-notebooks',
      severity: 'error',
      comment: 'notebooks/ may import anything; nothing imports them.',
      from: { pathNot: '^notebooks/' },
      to: { path: '^notebooks/' },
    },
    ...PRODUCTS.map((product) => ({
      name: `${product}-keeps-to-its-folder`,
      severity: 'error',
      comment: `Inside features/, models/ and api/routes/, ${product}/ does not import another product's folder.`,
      from: { path: `^(features|models|api/routes)/${product}/`, pathNot: TEST_CODE },
      to: { path: `^(features|models|api/routes)/(${PRODUCTS.filter((p) => p !== product).join('|')})/` },
    })),
    {
      name: 'shipped-code-imports-no-test-helpers',
      severity: 'error',
      comment: 'Test helpers (test-support/, testing/) stay out of what `npm run build` ships.',
      from: { pathNot: TEST_CODE },
      to: { path: '/(test-support|testing)/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'Every relative import resolves to a file.',
      from: {},
      to: { couldNotResolve: true, dependencyTypes: ['local'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|var|coverage)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
