// @duckdb/node-api as loaded by require(), for the modules on a command's start-up path.
// The package is CommonJS whose index re-exports a hundred files: imported from an ES
// module, Node first scans each of them for export names (cjs-module-lexer), about 0.2 s of
// CPU at every start of a process that opens DuckDB (measured: require 0.14 s, import
// 0.34 s). require() returns the same module instance an `import` elsewhere gets; types
// come from `import type`.
import { createRequire } from 'node:module';
import type * as NodeApi from '@duckdb/node-api';

const require = createRequire(import.meta.url);

export const duckdbNodeApi = require('@duckdb/node-api') as typeof NodeApi;
