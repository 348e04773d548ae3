// Arrow IPC files, the hand-over format between stages, read with apache-arrow: DuckDB's arrow
// extension would have to be downloaded.
import { readFile } from 'node:fs/promises';
import type { FeatureSpec } from '../spec/types.js';
import { specColumns } from './spec-columns.js';
import { encodeCategorical, makeTable } from './table.js';
import type { Column, DataTable } from './table.js';

/** Read an Arrow IPC file (file or stream format) into a table. */
export async function loadArrowFile(path: string, spec?: FeatureSpec): Promise<DataTable> {
  // Imported here: apache-arrow costs ~0.1 s of start-up that Parquet and CSV readers never need.
  const { DataType, tableFromIPC } = await import('apache-arrow');
  const arrow = tableFromIPC(await readFile(path));
  const wanted = spec ? specColumns(spec) : undefined;
  const names = wanted ? [...wanted.numeric, ...wanted.text] : arrow.schema.fields.map((f) => f.name);
  const columns = new Map<string, Column>();
  for (const name of names) {
    const vector = arrow.getChild(name);
    if (!vector) throw new Error(`column ${name} not in ${path}`);
    const type = vector.type as InstanceType<typeof DataType>;
    const isNumber = DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type) || DataType.isBool(type);
    const asNumber = wanted ? wanted.numeric.includes(name) : isNumber;
    if (asNumber) {
      if (!isNumber) throw new Error(`column ${name} in ${path} is ${String(type)}, a number was expected`);
      const out = new Float64Array(vector.length);
      for (let r = 0; r < vector.length; r++) {
        const v: unknown = vector.get(r);
        out[r] = v === null || v === undefined ? Number.NaN : Number(v);
      }
      columns.set(name, { kind: 'numeric', values: out });
    } else {
      const text: (string | null)[] = new Array<string | null>(vector.length);
      for (let r = 0; r < vector.length; r++) {
        const v: unknown = vector.get(r);
        text[r] = v === null || v === undefined ? null : String(v);
      }
      columns.set(name, encodeCategorical(text));
    }
  }
  return makeTable(columns);
}
