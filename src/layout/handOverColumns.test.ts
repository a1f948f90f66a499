import { describe, expect, it } from 'vitest';
import { handOverColumns, straightAtCrossings, type ColumnItem, type Link } from './handOverColumns';

/** An item in ELK's layer `layer`, in band `band`. */
function item(layer: number, band: number, rank = 0): ColumnItem {
  return { layer, band, rank };
}

function columns(items: readonly ColumnItem[]): number[] {
  return items.map((each) => each.layer);
}

describe('columns shared by hand-overs', () => {
  it('draws a flow hopping down the bands in one column, and a step staying in its band in the next', () => {
    const [a, b, c, d] = [item(0, 0), item(1, 1), item(2, 2), item(3, 2)] as const;
    const links: Link<ColumnItem>[] = [[a, b], [b, c], [c, d]];
    const straight = handOverColumns([a, b, c, d], links, links);
    expect(columns([a, b, c, d])).toEqual([0, 0, 0, 1]);
    expect(new Set(straight)).toEqual(new Set([links[0], links[1]]));
  });

  it('goes round a band between that holds a node of the column, and never draws two lines down one band', () => {
    // a hands over to b two bands down, but m sits in the band between, in a's column.
    const [s, a, m, b] = [item(0, 1), item(1, 0), item(1, 1), item(2, 2)] as const;
    const links: Link<ColumnItem>[] = [[s, a], [s, m], [a, b]];
    handOverColumns([s, a, m, b], links, links);
    expect(b.layer).toBeGreaterThan(a.layer);
    // x's line down to y locks the band between: z, whose way from p may not be straight, takes the column after.
    const [p, x, y, z] = [item(0, 0), item(1, 0), item(2, 2), item(3, 1)] as const;
    const fromP: Link<ColumnItem> = [p, z];
    const more: Link<ColumnItem>[] = [[p, x], [x, y], fromP];
    handOverColumns([p, x, y, z], more, more, new Set([fromP]));
    expect(columns([p, x, y, z])).toEqual([0, 1, 1, 2]);
  });

  it('keeps a pair joined by two edges, and a forbidden hand-over, in columns of their own', () => {
    const [a, b] = [item(0, 0), item(1, 1)] as const;
    const both: Link<ColumnItem>[] = [[a, b], [b, a]];
    handOverColumns([a, b], both, [both[0] as Link<ColumnItem>]);
    expect(columns([a, b])).toEqual([0, 1]);
    const [p, q] = [item(0, 0), item(1, 1)] as const;
    const link: Link<ColumnItem> = [p, q];
    expect(handOverColumns([p, q], [link], [link], new Set([link]))).toEqual([]);
    expect(columns([p, q])).toEqual([0, 1]);
  });

  it('lets only the edges ELK layered decide what follows what', () => {
    // The way out w is fed by early e and, unlayered, by late l: it follows e, not l.
    const [e, m, l, w] = [item(0, 0), item(1, 0), item(2, 0), item(1, 1, 1)] as const;
    const layered: Link<ColumnItem>[] = [[e, m], [m, l], [e, w]];
    handOverColumns([e, m, l, w], [...layered, [l, w]], layered);
    expect(w.layer).toBeLessThan(l.layer);
  });

  it('puts a start beside the step it leads to, or just before it', () => {
    const [start, step, next] = [item(0, 0), item(1, 2), item(2, 2)] as const;
    const links: Link<ColumnItem>[] = [[start, step], [step, next]];
    handOverColumns([start, step, next], links, links);
    expect(columns([start, step, next])).toEqual([0, 0, 1]);
    const [first, then] = [item(0, 1), item(1, 1)] as const;
    handOverColumns([first, then], [[first, then]], [[first, then]]);
    expect(columns([first, then])).toEqual([0, 1]);
  });
});

describe('straight hand-overs where routes cross', () => {
  it('are those with an end at a node of either crossing edge, and not yet forbidden', () => {
    const [a, b, c, d, e, f, g, h] = [item(0, 0), item(0, 1), item(1, 0), item(1, 2), item(2, 1), item(2, 2), item(3, 0), item(3, 1)] as const;
    const [ab, cd, ef, gh] = [[a, b], [c, d], [e, f], [g, h]] as const satisfies readonly Link<ColumnItem>[];
    // The edge from b to c crosses the one from d to e.
    const crossing = [[[b, c], [d, e]]] as const;
    expect(straightAtCrossings([ab, cd, ef, gh], crossing, new Set())).toEqual([ab, cd, ef]);
    expect(straightAtCrossings([ab, cd, ef, gh], crossing, new Set([cd]))).toEqual([ab, ef]);
    expect(straightAtCrossings([ab, cd, ef, gh], [], new Set())).toEqual([]);
  });
});
