/**
 * Resolves in a later task (a macrotask), so that the page paints and handles input between two
 * pieces of work that would otherwise run as one long task of promise continuations.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
