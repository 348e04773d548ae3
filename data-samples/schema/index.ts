export * from './types.js';
export * from './tables.js';
