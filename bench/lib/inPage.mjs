// Helpers that run inside the benchmarked pages. Installed as an init script in both the app and
// the bare page, so both are measured by the very same code. Everything here must be
// self-contained: Playwright sends the function's source text to the page.

export function installBenchHelpers() {
  const NODE = '.react-flow__node';
  const EDGE = '.react-flow__edge';
  // Anything a pointer-down could grab instead of the pane.
  const NOT_PANE = [
    '.react-flow__node',
    '.react-flow__edge',
    '.react-flow__handle',
    '.react-flow__panel',
    '.react-flow__minimap',
    '.react-flow__controls',
    '.react-flow__edgelabel-renderer',
    '.react-flow__nodesselection',
  ].join(', ');

  // A change committed before a requestAnimationFrame callback is painted in that frame, and the
  // paint is over before the next task runs: so "rendered" is a timeout queued from that callback.
  const afterPaint = () => new Promise((resolve) => setTimeout(() => resolve(performance.now()), 0));

  function canvas() {
    const element = document.querySelector('.react-flow');
    if (!element) throw new Error('no .react-flow on the page');
    return element.getBoundingClientRect();
  }

  function pointAt(fx, fy) {
    const rect = canvas();
    return { x: rect.left + fx * rect.width, y: rect.top + fy * rect.height };
  }

  const bench = {
    firstNodeVisibleAt: null,
    docs: {},
    frameStamps: null,

    /** Starts recording requestAnimationFrame timestamps. */
    startFrames() {
      const stamps = [];
      bench.frameStamps = stamps;
      const tick = (time) => {
        if (bench.frameStamps !== stamps) return;
        stamps.push(time);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },

    /** Stops recording; returns the frame times (ms between consecutive frames). */
    stopFrames() {
      const stamps = bench.frameStamps ?? [];
      bench.frameStamps = null;
      const frameTimes = [];
      for (let i = 1; i < stamps.length; i += 1) frameTimes.push(stamps[i] - stamps[i - 1]);
      return frameTimes;
    },

    /**
     * Resolves with the time at which the diagram whose node and edge ids do (or do not) start
     * with `prefix` is painted: nodes of the other kind gone, at least one node and one edge of
     * this kind present. Edges count because React Flow draws them only after measuring nodes.
     */
    waitForDiagram(prefix, prefixed, timeoutMs = 60_000) {
      const mine = prefixed ? `[data-id^="${prefix}"]` : `:not([data-id^="${prefix}"])`;
      const others = prefixed ? `:not([data-id^="${prefix}"])` : `[data-id^="${prefix}"]`;
      const started = performance.now();
      return new Promise((resolve, reject) => {
        const check = () => {
          const done =
            document.querySelector(`${NODE}${others}`) === null &&
            document.querySelector(`${NODE}${mine}`) !== null &&
            document.querySelector(`${EDGE}${mine}`) !== null;
          if (done) afterPaint().then(resolve);
          else if (performance.now() - started > timeoutMs) reject(new Error('diagram not rendered in time'));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },

    /**
     * Opens a stashed document file in whichever page this is, timing the call itself (in the
     * app: read, validate, migrate and hand to the store) and the time until it is painted.
     */
    async open(key, resetPrefix, isReset) {
      const text = bench.docs[key];
      if (text === undefined) throw new Error(`no stashed document ${key}`);
      const start = performance.now();
      let error = null;
      if (window.salesflowTest) error = window.salesflowTest.openDocumentFile(text);
      else if (window.benchBare) window.benchBare.open(text);
      else throw new Error('neither window.salesflowTest nor window.benchBare is present');
      const returned = performance.now();
      if (error !== null) return { error, callMs: returned - start, renderedMs: Number.NaN };
      const painted = await bench.waitForDiagram(resetPrefix, isReset);
      return { error: null, callMs: returned - start, renderedMs: painted - start };
    },

    /** React Flow's viewport as drawn: the transform of `.react-flow__viewport`. */
    viewport() {
      const element = document.querySelector('.react-flow__viewport');
      if (!element) return null;
      const matrix = new DOMMatrixReadOnly(getComputedStyle(element).transform);
      return { x: matrix.e, y: matrix.f, zoom: matrix.a };
    },

    canvasRect() {
      const rect = canvas();
      return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
    },

    /** Where node `id` is drawn, in page pixels; null when it is not in the DOM. */
    nodeBox(id) {
      const element = [...document.querySelectorAll(NODE)].find((candidate) => candidate.getAttribute('data-id') === id);
      if (!element) return null;
      const box = element.getBoundingClientRect();
      return { x: Math.round(box.left), y: Math.round(box.top) };
    },

    /** Nodes in the DOM, and those of them inside the canvas: what a frame has to deal with. */
    nodeCounts() {
      const rect = canvas();
      let onScreen = 0;
      const elements = document.querySelectorAll(NODE);
      for (const element of elements) {
        const box = element.getBoundingClientRect();
        const inside =
          box.right > rect.left && box.left < rect.right && box.bottom > rect.top && box.top < rect.bottom;
        if (inside) onScreen += 1;
      }
      return { inDom: elements.length, onScreen };
    },

    /** Whether a pointer-down at this fraction of the canvas would land on the bare pane. */
    isPaneAt(fx, fy) {
      const { x, y } = pointAt(fx, fy);
      const element = document.elementFromPoint(x, y);
      return element !== null && element.closest('.react-flow') !== null && element.closest(NOT_PANE) === null;
    },

    /** Points of the pane with nothing on them, nearest the centre first, as canvas fractions. */
    panePoints() {
      const points = [];
      // Kept off the edges, where the app's minimap and zoom controls sit.
      for (let fy = 0.3; fy <= 0.7001; fy += 0.02) {
        for (let fx = 0.3; fx <= 0.7001; fx += 0.02) {
          if (bench.isPaneAt(fx, fy)) points.push({ fx, fy });
        }
      }
      return points.sort((a, b) => Math.hypot(a.fx - 0.5, a.fy - 0.5) - Math.hypot(b.fx - 0.5, b.fy - 0.5));
    },

    /** Whether a pointer-down at this fraction of the canvas would grab node `id` by its body. */
    isNodeBodyAt(id, fx, fy) {
      const { x, y } = pointAt(fx, fy);
      const element = document.elementFromPoint(x, y);
      if (element === null || element.closest('.react-flow__handle') !== null) return false;
      return element.closest(NODE)?.getAttribute('data-id') === id;
    },

    /** Nodes whose centre can be grabbed, nearest the canvas centre first. */
    grabbableNodes() {
      const rect = canvas();
      const found = [];
      for (const element of document.querySelectorAll(NODE)) {
        const box = element.getBoundingClientRect();
        const fx = (box.left + box.width / 2 - rect.left) / rect.width;
        const fy = (box.top + box.height / 2 - rect.top) / rect.height;
        if (fx < 0.25 || fx > 0.75 || fy < 0.25 || fy > 0.75) continue;
        const id = element.getAttribute('data-id');
        if (id !== null && bench.isNodeBodyAt(id, fx, fy)) found.push({ id, fx, fy });
      }
      return found.sort((a, b) => Math.hypot(a.fx - 0.5, a.fy - 0.5) - Math.hypot(b.fx - 0.5, b.fy - 0.5));
    },
  };
  window.__bench = bench;

  // Cold load: the first frame that paints a visible node is when the editor is usable.
  const watchFirstNode = () => {
    const node = document.querySelector(NODE);
    if (node !== null && getComputedStyle(node).visibility === 'visible') {
      afterPaint().then((time) => {
        bench.firstNodeVisibleAt = time;
      });
      return;
    }
    requestAnimationFrame(watchFirstNode);
  };
  requestAnimationFrame(watchFirstNode);
}
