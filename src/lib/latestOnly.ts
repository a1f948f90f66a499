// Actions that end in their own time (an import reading a file, a rename writing the database)
// each report through one place, a notice: a slow action that ends after a later, quicker one
// must not cover what the later one said.

/**
 * Answers `start`: each call begins an action and answers the function through which it reports;
 * a report reaches `apply` only while no later action has begun.
 */
export function latestOnly<T>(apply: (value: T) => void): () => (value: T) => void {
  let latest = 0;
  return () => {
    latest += 1;
    const mine = latest;
    return (value) => {
      if (mine === latest) apply(value);
    };
  };
}
