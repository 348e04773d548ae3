// Shows task progress while a run goes: one bar per stage partition on a terminal, plain
// lines otherwise (logs, CI), so the same command works interactively and in cron.
import { MultiBar, Presets } from 'cli-progress';
import type { SingleBar } from 'cli-progress';
import type { StageOutcome } from '../execution/run-report.js';
import type { TaskProgress } from '../queue/job-data.js';
import type { RunObserver } from '../runners/job-runner.js';

function label(p: TaskProgress): string {
  return p.partition === 'all' ? `${p.stage} ${p.processor}` : `${p.stage} ${p.processor}/${p.partition}`;
}

export class ProgressView implements RunObserver {
  readonly #bars = new Map<string, SingleBar>();
  readonly #printed = new Map<string, number>();
  readonly #multi: MultiBar | undefined;
  readonly #write: (line: string) => void;

  constructor(stream: NodeJS.WriteStream = process.stderr) {
    this.#write = (line) => stream.write(`${line}\n`);
    this.#multi = stream.isTTY
      ? new MultiBar(
          { format: ' {bar} {percentage}% | {task} {message}', hideCursor: true, clearOnComplete: false, stream },
          Presets.shades_classic,
        )
      : undefined;
  }

  onProgress(progress: TaskProgress): void {
    const key = label(progress);
    const percent = Math.max(0, Math.min(100, Math.round(progress.percent)));
    const message = progress.message ?? '';
    if (this.#multi) {
      let bar = this.#bars.get(key);
      if (!bar) {
        bar = this.#multi.create(100, 0, { task: key, message });
        this.#bars.set(key, bar);
      }
      bar.update(percent, { task: key, message });
      return;
    }
    // Plain output: a line per quarter, not per event.
    const step = Math.floor(percent / 25);
    if (this.#printed.get(key) === step) return;
    this.#printed.set(key, step);
    this.#write(`${key}: ${percent}%${message ? ` ${message}` : ''}`);
  }

  onStage(outcome: StageOutcome): void {
    if (this.#multi) return; // the summary after the run lists every stage
    this.#write(outcome.status === 'ran' ? `stage ${outcome.stage}: done` : `stage ${outcome.stage}: skipped (${outcome.reason})`);
  }

  stop(): void {
    this.#multi?.stop();
  }
}
