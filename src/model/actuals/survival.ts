// Time in stage when some deals are still in it: the Kaplan–Meier estimate. A deal still open at
// the newest date has been in its stage at least that long (right-censored); leaving it out would
// make stages look faster than they are, and counting its time so far as final would too.

export interface Spell {
  days: number;
  /** Still open: the true time is at least `days`. */
  open: boolean;
}

/**
 * The smallest time by which a share `q` of deals (0 < q < 1) had left, under Kaplan–Meier; null
 * when so many are still open that the estimate never gets there. At a tie, deals that left count
 * before those still open (the usual convention: open at t means at risk at t).
 */
export function survivalQuantile(spells: readonly Spell[], q: number): number | null {
  const sorted = [...spells].sort((a, b) => a.days - b.days || Number(a.open) - Number(b.open));
  let atRisk = sorted.length;
  let surviving = 1;
  let index = 0;
  while (index < sorted.length) {
    const days = sorted[index]?.days ?? 0;
    let left = 0;
    let open = 0;
    while (index < sorted.length && sorted[index]?.days === days) {
      if (sorted[index]?.open) open += 1;
      else left += 1;
      index += 1;
    }
    if (left > 0) {
      surviving *= 1 - left / atRisk;
      // A tolerance, so that 0.5 reached by products like (1 − 1/4)(1 − 1/3) is seen as reached.
      if (surviving <= 1 - q + 1e-12) return days;
    }
    atRisk -= left + open;
  }
  return null;
}
