// A copy of an object kept in a worker, sent as what changed: a 5,000-node document with 20,000
// edges costs the page about 100 ms to post whole, and an edit changes a record or two. Lists of
// records with ids are compared record by record (by identity: every edit replaces what it
// changes), every other field as a whole. The worker's copy keeps the objects it already had for
// unchanged records, so identity there means "unchanged" too.

interface Identified {
  readonly id: string;
}

export interface ListPatch {
  /** Every id in order, when the list's ids or their order changed; null when they did not. */
  order: string[] | null;
  /** The records that are new or replaced. */
  changed: Identified[];
}

export interface MirrorPatch {
  /** Fields other than the lists, when they are another object (or value) than last time. */
  fields: Record<string, unknown>;
  lists: Record<string, ListPatch>;
}

function listPatch(before: readonly Identified[] | undefined, after: readonly Identified[]): ListPatch {
  if (before === undefined) return { order: after.map((record) => record.id), changed: [...after] };
  if (before === after) return { order: null, changed: [] };
  const earlier = new Map(before.map((record) => [record.id, record]));
  const changed = after.filter((record) => earlier.get(record.id) !== record);
  const sameOrder = before.length === after.length && after.every((record, index) => before[index]?.id === record.id);
  return { order: sameOrder ? null : after.map((record) => record.id), changed };
}

/** What to send so that a copy of `before` becomes `after`; everything when `before` is null. */
export function mirrorPatch<T extends object>(before: T | null, after: T, listKeys: readonly (keyof T & string)[]): MirrorPatch {
  const patch: MirrorPatch = { fields: {}, lists: {} };
  const lists = new Set<string>(listKeys);
  for (const [key, value] of Object.entries(after)) {
    const earlier = before === null ? undefined : (before as Record<string, unknown>)[key];
    if (lists.has(key)) {
      const list = listPatch(earlier as readonly Identified[] | undefined, value as readonly Identified[]);
      if (list.order !== null || list.changed.length > 0) patch.lists[key] = list;
    } else if (before === null || earlier !== value || !(key in before)) {
      patch.fields[key] = value;
    }
  }
  // A field the object no longer has (an optional one removed) is sent as undefined.
  for (const key of Object.keys(before ?? {})) if (!(key in after) && !lists.has(key)) patch.fields[key] = undefined;
  return patch;
}

/**
 * The worker's side: `before` (null for the first patch) with the patch applied. Unchanged records
 * and fields keep their objects.
 */
export function applyMirrorPatch<T extends object>(before: T | null, patch: MirrorPatch): T {
  const next: Record<string, unknown> = { ...(before ?? {}), ...patch.fields };
  for (const [key, list] of Object.entries(patch.lists)) {
    const earlier = (before as Record<string, unknown> | null)?.[key] as readonly Identified[] | undefined;
    const byId = new Map((earlier ?? []).map((record) => [record.id, record]));
    for (const record of list.changed) byId.set(record.id, record);
    const order = list.order ?? (earlier ?? []).map((record) => record.id);
    next[key] = order.map((id) => {
      const record = byId.get(id);
      if (record === undefined) throw new Error(`the mirror has no record ${id}`);
      return record;
    });
  }
  return next as T;
}
