// Colours come from user data and land in attributes. Beyond escaping, only plain colour syntax is
// let through, so that a value such as `url(http://…)` can never make the file fetch anything.

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTIONAL = /^(?:rgb|rgba|hsl|hsla)\(\s*[-+0-9.%,\s/a-z]*\)$/i;
const NAMED = /^[a-z]{3,20}$/i;

export function safeColor(value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  const trimmed = value.trim();
  if (HEX.test(trimmed) || NAMED.test(trimmed) || FUNCTIONAL.test(trimmed)) return trimmed;
  return fallback;
}
