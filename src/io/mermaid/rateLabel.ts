// A conversion rate written into an edge's label ("是 · 45%", or "45%" alone), and read back out,
// so that a rate survives a trip through a tool that only knows labels.

const SEPARATOR = ' · ';
const WITH_RATE = /^(?:(.*?)\s*·\s*)?(\d{1,3}(?:\.\d+)?)\s*%$/su;

export function formatRate(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

/** The label to write: the label, the rate, or both; undefined when there is neither. */
export function formatRateLabel(label: string | undefined, rate: number | undefined): string | undefined {
  const text = label === undefined || label === '' ? undefined : label;
  if (rate === undefined) return text;
  return text === undefined ? formatRate(rate) : `${text}${SEPARATOR}${formatRate(rate)}`;
}

/** A label split into its text and the rate written at its end, if any (a rate above 100% is text). */
export function readRateLabel(text: string): { label?: string; rate?: number } {
  const match = WITH_RATE.exec(text);
  const percent = match ? Number(match[2]) : Number.NaN;
  if (!match || !(percent <= 100)) return text === '' ? {} : { label: text };
  const label = match[1];
  return { ...(label ? { label } : {}), rate: percent / 100 };
}
