// Types for stats.mjs, so that its TypeScript test typechecks (Node 20 runs the .mjs directly).

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface FrameSummary {
  mean: number;
  median: number;
  p95: number;
  frames: number;
}

export function quantile(samples: readonly number[], fraction: number): number;
export function mean(samples: readonly number[]): number;
export function median(samples: readonly number[]): number;
export function spread(samples: readonly number[]): Spread;
export function frameSummary(frameTimes: readonly number[]): FrameSummary;
export function ratio(value: number, baseline: number): number;
export function logLogSlope(points: readonly { size: number; value: number }[]): number;
export function growthLabel(slope: number): 'sublinear' | 'linear' | 'superlinear' | 'n/a';
