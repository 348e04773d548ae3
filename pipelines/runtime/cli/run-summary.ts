// The text `telisik run` prints when a run ends: which stages ran (and which were
// skipped, with why), what each wrote.
import type { RunReport } from '../execution/run-report.js';
import type { StageOutput } from '../stages/stage-definition.js';

function describeOutput(o: StageOutput): string {
  return `${o.kind} ${o.name}${o.rows !== undefined ? ` (${o.rows.toLocaleString('en-US')} rows)` : ''}`;
}

export function formatRunReport(report: RunReport): string {
  const lines = [`run ${report.runId} (${report.mode})`];
  for (const stage of report.stages) {
    if (stage.status === 'skipped') {
      lines.push(`  ${stage.stage}: skipped, ${stage.reason}`);
      continue;
    }
    lines.push(`  ${stage.stage}: ran ${stage.tasks.length} task${stage.tasks.length === 1 ? '' : 's'}`);
    // Partitions were merged by the publish step and removed: its outputs stand for them.
    const outputs = [...stage.tasks.flatMap((t) => t.outputs), ...stage.published].filter((o) => o.kind !== 'partition');
    for (const output of outputs.slice(0, 12)) lines.push(`    ${describeOutput(output)}`);
    if (outputs.length > 12) lines.push(`    ... and ${outputs.length - 12} more`);
  }
  return lines.join('\n');
}
