// How figures read: counts as whole numbers, rates as whole percentages with one decimal below 10%
// (4.8% says more than 5%), money in the document's currency without cents.

const formatters = new Map<string, Intl.NumberFormat>();

// Building an Intl.NumberFormat costs far more than using one, and the canvas formats a figure
// per node and per edge.
function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let found = formatters.get(key);
  if (found === undefined) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

export interface SignOption {
  /** Shows + before gains, for differences against a baseline. */
  signed?: boolean;
}

export function formatCount(value: number, locale: string, { signed = false }: SignOption = {}): string {
  return formatter(`count|${locale}|${signed}`, () =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: signed ? 'exceptZero' : 'auto' }),
  ).format(value);
}

export function formatRate(rate: number, locale: string, { signed = false }: SignOption = {}): string {
  const tenths = Math.round(Math.abs(rate) * 1000);
  const digits = tenths > 0 && tenths < 100 ? 1 : 0;
  return formatter(`rate|${locale}|${signed}|${digits}`, () =>
    new Intl.NumberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    }),
  ).format(rate);
}

export function formatMoney(value: number, currency: string, locale: string, { signed = false }: SignOption = {}): string {
  return formatter(`money|${locale}|${currency}|${signed}`, () =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
      signDisplay: signed ? 'exceptZero' : 'auto',
    }),
  ).format(value);
}

/** A leak badge's text: the deals lost without a path and their share, or the share alone while no leads enter. */
export function formatLeak(share: number, volume: number | undefined, locale: string): string {
  const rate = formatRate(share, locale);
  return volume === undefined ? rate : `−${formatCount(volume, locale)} (${rate})`;
}
