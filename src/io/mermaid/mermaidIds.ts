// Mermaid ids from ours. Our ids may hold any character, and Mermaid reads some words (`end`,
// `subgraph`, `style`…) as keywords and a leading `o` or `x` after a link as an arrowhead. Every
// written id is therefore ASCII letters, digits and underscores starting with a fixed prefix (`n_`
// for nodes, `lane_` for lanes; added unless the id already starts with it), which no keyword
// starts with, and made unique by a numeric suffix.

const UNSAFE = /[^A-Za-z0-9_]+/g;
const MAX_BASE_LENGTH = 40;

/** A Mermaid id for each of `ids`, in the same order, all distinct from each other and from `taken`. */
export function mermaidIds(ids: readonly string[], prefix: string, taken: Set<string> = new Set()): Map<string, string> {
  const result = new Map<string, string>();
  for (const id of ids) {
    const cleaned = id.replace(UNSAFE, '_').slice(0, MAX_BASE_LENGTH);
    const base = cleaned.startsWith(prefix) ? cleaned : `${prefix}${cleaned}`;
    let candidate = base;
    for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${base}_${suffix}`;
    taken.add(candidate);
    result.set(id, candidate);
  }
  return result;
}
