/** Optional text fields: surrounding spaces dropped, and a blank field removes the value. */
export function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}
