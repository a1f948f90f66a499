// Strongly connected components (Tarjan), iterative so that a long chain cannot overflow the stack.

/**
 * The components of a graph of `count` vertices, each listed after every component it reaches:
 * a vertex's successors are settled before it. `successors(v)` must list vertex indices.
 */
export function stronglyConnected(count: number, successors: (vertex: number) => readonly number[]): number[][] {
  const order = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;

  for (let root = 0; root < count; root += 1) {
    if (order[root] !== -1) continue;
    // Each frame is a vertex and how far through its successors the walk has got.
    const frames: [number, number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;

    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const [vertex, next] = frame;
      const list = successors(vertex);
      if (next < list.length) {
        frame[1] = next + 1;
        const successor = list[next]!;
        if (order[successor] === -1) {
          order[successor] = low[successor] = counter++;
          stack.push(successor);
          onStack[successor] = 1;
          frames.push([successor, 0]);
        } else if (onStack[successor] === 1) {
          low[vertex] = Math.min(low[vertex]!, order[successor]!);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low[parent[0]] = Math.min(low[parent[0]]!, low[vertex]!);
      if (low[vertex] === order[vertex]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component.push(member);
        } while (member !== vertex);
        components.push(component.reverse());
      }
    }
  }
  return components;
}
