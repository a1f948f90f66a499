const MAX_ECHO = 24;

/** The refused text as quoted back in a message: trimmed, and cut short so the message stays one glance. */
export function echo(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_ECHO ? `${trimmed.slice(0, MAX_ECHO)}…` : trimmed;
}
