// Gradient-boosting baseline (histogram trees on the log loss): the yardstick the credit
// development report measures the scorecard and the classifier against.
export { MAX_BINS, binTable } from './bins.js';
export type { BinnedTable, FeatureBins } from './bins.js';
export { DEFAULT_BOOSTING, DEPTH_GRID, predictBoosting, trainBoosting } from './boost.js';
export type { BoostedModel, BoostingSettings } from './boost.js';
export { growTree, treeValue } from './tree.js';
export type { TreeNode, TreeSettings } from './tree.js';
