// The currencies offered for deal values: the ones sales teams most often report in. A document
// using another code keeps it (DocumentSettings adds it to the list).
export const COMMON_CURRENCIES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'CNY', 'JPY', 'HKD', 'TWD', 'SGD', 'KRW', 'INR', 'AUD', 'NZD', 'CAD',
  'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'BRL', 'MXN', 'ZAR', 'AED',
];

/** "CNY · Chinese Yuan" in the user's language, or the bare code where Intl has no name for it. */
export function currencyLabel(code: string, names: Intl.DisplayNames): string {
  const name = names.of(code);
  return name === undefined || name === code ? code : `${code} · ${name}`;
}
