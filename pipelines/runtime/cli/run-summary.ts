// The text `telisik run` prints when a run ends: which stages ran (and which were
// skipped, with why), what each wrote.
import type { RunReport } from '../execution/run-report.js';
import type { StageOutput } from '../stages/stage-definition.js';

function describeOutput(o: StageOutput): string {
  return `${o.kind} ${o.name}${o.rows !== undefined ? ` (${o.rows.toLocaleString('en-US')} rows)` : ''}`;
}

/** One stage's wall time and the rows it wrote, for the run summary and the benches. */
export interface StageFigures {
  readonly stage: string;
  readonly tasks: number;
  readonly seconds: number | undefined;
  /** Rows of the tables and files the stage left (snapshots copy a table, partitions are merged: neither counts). */
  readonly rows: number;
}

export function stageFigures(report: RunReport): StageFigures[] {
  return report.stages.flatMap((stage) => {
    if (stage.status !== 'ran') return [];
    const outputs = [...stage.tasks.flatMap((t) => t.outputs), ...stage.published];
    const rows = outputs.filter((o) => o.kind === 'table' || o.kind === 'file').reduce((n, o) => n + (o.rows ?? 0), 0);
    return [{ stage: stage.stage, tasks: stage.tasks.length, seconds: stage.seconds, rows }];
  });
}

function timing(f: StageFigures): string {
  if (f.seconds === undefined) return '';
  const rate = f.rows > 0 && f.seconds > 0 ? `, ${Math.round(f.rows / f.seconds).toLocaleString('en-US')} rows/s` : '';
  return ` in ${f.seconds.toFixed(1)} s${rate}`;
}

export function formatRunReport(report: RunReport): string {
  const figures = new Map(stageFigures(report).map((f) => [f.stage, f]));
  const lines = [`run ${report.runId} (${report.mode})`];
  for (const stage of report.stages) {
    if (stage.status === 'skipped') {
      lines.push(`  ${stage.stage}: skipped, ${stage.reason}`);
      continue;
    }
    const f = figures.get(stage.stage);
    lines.push(`  ${stage.stage}: ran ${stage.tasks.length} task${stage.tasks.length === 1 ? '' : 's'}${f ? timing(f) : ''}`);
    // Partitions were merged by the publish step and removed: its outputs stand for them.
    const outputs = [...stage.tasks.flatMap((t) => t.outputs), ...stage.published].filter((o) => o.kind !== 'partition');
    for (const output of outputs.slice(0, 12)) lines.push(`    ${describeOutput(output)}`);
    if (outputs.length > 12) lines.push(`    ... and ${outputs.length - 12} more`);
  }
  return lines.join('\n');
}
