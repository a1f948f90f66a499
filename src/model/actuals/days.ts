// Days as whole numbers counted from 1970-01-01 in UTC: deal data is measured in days, and a day
// number never shifts with the viewer's time zone or a daylight-saving change.

export const MS_PER_DAY = 86_400_000;

export function dayOfInstant(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

/** The day of a calendar date, or null when there is no such date (31 April, 29 February 2023). */
export function dayOfDate(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return dayOfInstant(ms);
}

/** `YYYY-MM-DD` of a day. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The Monday of the week a day is in (1970-01-01 was a Thursday, three days after a Monday). */
export function mondayOf(day: number): number {
  return day - (((day + 3) % 7) + 7) % 7;
}

/** The week key of `dealData.aggregates`: the Monday it starts on, `YYYY-MM-DD`. */
export function weekKey(day: number): string {
  return formatDay(mondayOf(day));
}
