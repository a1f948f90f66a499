// A share with its 90% Wilson score interval: unlike the textbook p ± z·√(p(1−p)/n), it stays
// within 0..1 and is honest for small counts and for shares near 0 or 1.

/** The standard normal quantile for a two-sided 90% interval. */
export const Z_90 = 1.6448536269514722;

export interface Share {
  count: number;
  total: number;
  /** count ÷ total; null when total is 0. */
  rate: number | null;
  low: number | null;
  high: number | null;
}

export function wilsonShare(count: number, total: number, z: number = Z_90): Share {
  if (total <= 0) return { count, total, rate: null, low: null, high: null };
  const p = count / total;
  const z2 = z * z;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const half = (z / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return { count, total, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
