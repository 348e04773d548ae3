// The ordered set of stages a run goes through. Foundation stages are registered first;
// product issues (fraud, credit, K3) add processors to `train`/`score` or insert stages.
import type { StageDefinition, StageProcessor } from './stage-definition.js';
import { withProcessor } from './stage-definition.js';

/** Where a new stage goes in the order. Default: at the end. */
export interface StagePlacement {
  readonly after?: string;
  readonly before?: string;
}

/**
 * Stages in run order. Each stage's jobs wait for the previous stage, so order is the
 * dependency: a stage may read anything an earlier stage published.
 */
export class StageRegistry {
  readonly #stages: StageDefinition[] = [];

  /** Adds a stage; its name must be new. */
  register(stage: StageDefinition, placement: StagePlacement = {}): this {
    if (this.#stages.some((s) => s.name === stage.name)) throw new Error(`stage "${stage.name}" is already registered`);
    const anchor = placement.after ?? placement.before;
    if (anchor === undefined) {
      this.#stages.push(stage);
      return this;
    }
    const index = this.#stages.findIndex((s) => s.name === anchor);
    if (index < 0) throw new Error(`cannot place "${stage.name}": no stage "${anchor}"`);
    this.#stages.splice(placement.after !== undefined ? index + 1 : index, 0, stage);
    return this;
  }

  /** Adds a processor to an existing stage (definitions stay frozen: the stage is replaced). */
  addProcessor(stageName: string, processor: StageProcessor): this {
    const index = this.#stages.findIndex((s) => s.name === stageName);
    const stage = this.#stages[index];
    if (!stage) throw new Error(`no stage "${stageName}"`);
    this.#stages[index] = withProcessor(stage, processor);
    return this;
  }

  get(name: string): StageDefinition {
    const stage = this.#stages.find((s) => s.name === name);
    if (!stage) throw new Error(`no stage "${name}" (known: ${this.names().join(', ')})`);
    return stage;
  }

  has(name: string): boolean {
    return this.#stages.some((s) => s.name === name);
  }

  names(): readonly string[] {
    return this.#stages.map((s) => s.name);
  }

  /** Every stage, in run order. */
  stages(): readonly StageDefinition[] {
    return [...this.#stages];
  }
}
