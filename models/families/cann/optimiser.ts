// Optimiser pieces tfjs lacks: a step size that can be cut between epochs, and a running
// average of the weights.
import * as tf from '@tensorflow/tfjs';

/** Adam whose step size can be cut between epochs (tfjs keeps it protected and has no schedules). */
export class ScheduledAdam extends tf.AdamOptimizer {
  get stepSize(): number {
    return this.learningRate;
  }
  set stepSize(value: number) {
    this.learningRate = value;
  }
}

/**
 * Exponential moving average of the weights over optimiser steps (Polyak averaging): the
 * minibatch noise of Adam at a useful step size leaves the raw weights scattered around the
 * minimum, and their running mean sits closer to it. The decay warms up as in TensorFlow's
 * ExponentialMovingAverage (min(decay, (1 + t) / (10 + t))) so early steps are not swamped
 * by the initial weights.
 */
export class WeightAverage {
  private readonly shadows: tf.Variable[];
  private steps = 0;
  constructor(
    private readonly variables: readonly tf.Variable[],
    private readonly decay: number,
  ) {
    this.shadows = variables.map((v) => tf.variable(v.clone(), false));
  }
  update(): void {
    this.steps++;
    const d = Math.min(this.decay, (1 + this.steps) / (10 + this.steps));
    tf.tidy(() => this.shadows.forEach((s, i) => s.assign(tf.add(tf.mul(s, d), tf.mul(this.variables[i]!, 1 - d)))));
  }
  /** Put the averaged weights into the model; returns the raw ones to restore. */
  swapIn(): tf.Tensor[] {
    const raw = this.variables.map((v) => v.clone());
    this.variables.forEach((v, i) => v.assign(this.shadows[i]!));
    return raw;
  }
  swapOut(raw: tf.Tensor[]): void {
    this.variables.forEach((v, i) => v.assign(raw[i]!));
    tf.dispose(raw);
  }
  dispose(): void {
    tf.dispose(this.shadows);
  }
}
