// Public face of the feature spec: types, loading/validation and the design matrix.
export type * from './types.js';
export type * from './design-types.js';
export { SpecError, loadSpec, parseSpec, specToJson } from './load.js';
export { buildDesign, designRows, extractResponse, pickRows, splitRows, termColumns } from './design.js';
export { fitPreprocessing } from './fit-preprocessing.js';
export { MISSING_LEVEL, binIndex, binLabels, transformNumber } from './term-values.js';
