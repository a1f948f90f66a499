// Summary statistics for timings. Frame times come in whole 16.7 ms steps, so a single short
// run's percentile is coarse: callers pool the samples of several runs before summarising.

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export function quantile(samples, fraction) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function mean(samples) {
  if (samples.length === 0) return Number.NaN;
  return samples.reduce((sum, value) => sum + value, 0) / samples.length;
}

export function median(samples) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median, minimum and maximum of one value measured once per run. */
export function spread(samples) {
  if (samples.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length };
}

/** Mean, median and p95 over every frame of every run, pooled. */
export function frameSummary(frameTimes) {
  return {
    mean: mean(frameTimes),
    median: median(frameTimes),
    p95: quantile(frameTimes, 0.95),
    frames: frameTimes.length,
  };
}

export function ratio(value, baseline) {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline === 0) return Number.NaN;
  return value / baseline;
}

/**
 * Least-squares slope of log(value) against log(size): 1 means the figure grows in proportion
 * to N, 2 with its square. Sizes whose value is missing or not positive are left out.
 */
export function logLogSlope(points) {
  const usable = points.filter((point) => point.size > 0 && point.value > 0 && Number.isFinite(point.value));
  if (usable.length < 2) return Number.NaN;
  const xs = usable.map((point) => Math.log(point.size));
  const ys = usable.map((point) => Math.log(point.value));
  const meanX = mean(xs);
  const meanY = mean(ys);
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < xs.length; i += 1) {
    covariance += (xs[i] - meanX) * (ys[i] - meanY);
    variance += (xs[i] - meanX) ** 2;
  }
  return variance === 0 ? Number.NaN : covariance / variance;
}

// A fixed cost (a frame that is 16.7 ms at any size, a page's own overhead) flattens the slope,
// and noise on a shared machine moves it by a tenth or two: hence the wide "linear" band.
export function growthLabel(slope) {
  if (!Number.isFinite(slope)) return 'n/a';
  if (slope < 0.75) return 'sublinear';
  if (slope <= 1.25) return 'linear';
  return 'superlinear';
}
