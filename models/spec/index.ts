// Public face of the feature spec: types, loading/validation and the design matrix.
export type * from './types.js';
export type * from './design-types.js';
export { SpecError, loadSpec, parseSpec, specToJson } from './load.js';
export {
  MISSING_LEVEL,
  binIndex,
  binLabels,
  buildDesign,
  designRows,
  extractResponse,
  fitPreprocessing,
  pickRows,
  splitRows,
  termColumns,
  transformNumber,
} from './design.js';
