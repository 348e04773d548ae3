// The `report` stage: what is in the warehouse (rows per table, files, quarantine by
// reason) as JSON beside the run's other outputs.
import { warehouseSummary } from '../../../../features/warehouse/index.js';
import { writeFileAtomic } from '../../../../features/snapshot/index.js';
import { withTelisikWarehouse } from '../../warehouse/warehouse-session.js';
import type { StageDefinition } from '../stage-definition.js';
import { defineStage } from '../stage-definition.js';
import { reportPath } from './run-paths.js';

export const REPORT_STAGE: StageDefinition = defineStage({
  name: 'report',
  description: 'Warehouse summary as JSON.',
  processors: [
    {
      name: 'warehouse-summary',
      description: 'Rows per raw table, files by status, quarantine by table and reason.',
      async process(task) {
        const summary = await withTelisikWarehouse(task.run.warehousePath, { readOnly: true }, (warehouse) => warehouseSummary(warehouse));
        const path = reportPath(task.run, 'warehouse-summary.json');
        await writeFileAtomic(path, `${JSON.stringify(summary, null, 2)}\n`);
        return {
          outputs: [
            {
              kind: 'report',
              name: path,
              rows: summary.rowsLoaded,
              detail: { rowsRead: summary.rowsRead, rowsLoaded: summary.rowsLoaded, rowsQuarantined: summary.rowsQuarantined },
            },
          ],
        };
      },
    },
  ],
});
