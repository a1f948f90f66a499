// Time in stage when some deals are still in it: the Kaplan–Meier estimate. A deal still open at
// the newest date has been in its stage at least that long (right-censored); leaving it out would
// make stages look faster than they are, and counting its time so far as final would too.

export interface Spell {
  days: number;
  /** Still open: the true time is at least `days`. */
  open: boolean;
}

/** Spells grouped by length: how many left after `days`, and how many were still open then. */
export interface SpellCount {
  days: number;
  left: number;
  open: number;
}

/**
 * The smallest time by which a share `q` of deals (0 < q < 1) had left, under Kaplan–Meier; null
 * when so many are still open that the estimate never gets there. At a tie, deals that left count
 * before those still open (the usual convention: open at t means at risk at t).
 */
export function survivalQuantile(spells: readonly Spell[], q: number): number | null {
  const byDays = new Map<number, SpellCount>();
  for (const { days, open } of spells) {
    let count = byDays.get(days);
    if (!count) {
      count = { days, left: 0, open: 0 };
      byDays.set(days, count);
    }
    if (open) count.open += 1;
    else count.left += 1;
  }
  return countedSurvivalQuantile([...byDays.values()], q);
}

/** The same over grouped counts (a duration histogram), in any order. */
export function countedSurvivalQuantile(counts: readonly SpellCount[], q: number): number | null {
  const sorted = [...counts].sort((a, b) => a.days - b.days);
  let atRisk = sorted.reduce((sum, count) => sum + count.left + count.open, 0);
  let surviving = 1;
  for (const { days, left, open } of sorted) {
    if (left > 0) {
      surviving *= 1 - left / atRisk;
      // A tolerance, so that 0.5 reached by products like (1 − 1/4)(1 − 1/3) is seen as reached.
      if (surviving <= 1 - q + 1e-12) return days;
    }
    atRisk -= left + open;
  }
  return null;
}
