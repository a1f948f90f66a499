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
    libraryVisibleAt: null,
    /** Document file texts by key (the bare page opens these). */
    docs: {},
    /** Document ids by key: the app opens documents stored in its database. */
    docIds: {},
    layoutDone: null,
    longTaskRecord: null,
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
     * this kind present, and the view at `viewport` when one is given. Edges count because React
     * Flow draws them only after measuring nodes.
     */
    waitForDiagram(prefix, prefixed, timeoutMs = 60_000, viewport = null) {
      const mine = prefixed ? `[data-id^="${prefix}"]` : `:not([data-id^="${prefix}"])`;
      const others = prefixed ? `:not([data-id^="${prefix}"])` : `[data-id^="${prefix}"]`;
      const started = performance.now();
      // A view to wait for as well: a frame drawn at another view first is not what the user sees.
      const atView = () => {
        if (viewport === null) return true;
        const drawn = bench.viewport();
        return drawn !== null && Math.abs(drawn.x - viewport.x) < 1 && Math.abs(drawn.y - viewport.y) < 1 && Math.abs(drawn.zoom - viewport.zoom) < 1e-4;
      };
      return new Promise((resolve, reject) => {
        const check = () => {
          const done =
            document.querySelector(`${NODE}${others}`) === null &&
            document.querySelector(`${NODE}${mine}`) !== null &&
            document.querySelector(`${EDGE}${mine}`) !== null &&
            atView();
          if (done) afterPaint().then(resolve);
          else if (performance.now() - started > timeoutMs) reject(new Error('diagram not rendered in time'));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },

    /**
     * Opens a stashed document in whichever page this is and resolves when it is painted. In the
     * app the document was stored beforehand (stashDocuments), so this is what opening a document
     * from the library does: the route changes, the body is read from IndexedDB, validated and
     * migrated, and the editor renders it. In the bare page it is JSON.parse and setNodes, at
     * `viewport` when one is given (the view the app opens at). Either way the open ends when
     * the diagram is painted at `viewport`.
     */
    async open(key, resetPrefix, isReset, viewport = null) {
      const start = performance.now();
      if (window.salesflowTest) {
        const id = bench.docIds[key];
        if (id === undefined) throw new Error(`document ${key} was not stored in the app`);
        window.location.hash = `#/doc/${encodeURIComponent(id)}`;
      } else if (window.benchBare) {
        const text = bench.docs[key];
        if (text === undefined) throw new Error(`no stashed document ${key}`);
        window.benchBare.open(text, viewport ?? undefined);
      } else {
        throw new Error('neither window.salesflowTest nor window.benchBare is present');
      }
      const painted = await bench.waitForDiagram(resetPrefix, isReset, 60_000, viewport);
      return { renderedMs: painted - start };
    },

    /**
     * Starts watching one auto layout, before the harness presses the button: when the press
     * arrives, when the result first moves a node on screen (React's commit of it), when that is
     * painted, and every long task (over 50 ms) and long animation frame in between. Resolves
     * `bench.layoutDone` once painted and the performance entries are in; rejects with the app's
     * own words when it shows an error instead (a layout stopped at its time limit, or refused).
     */
    watchLayout(timeoutMs = 60_000) {
      const nodes = document.querySelector('.react-flow__nodes');
      if (!nodes) throw new Error('no .react-flow__nodes to watch');
      const tasks = [];
      const frames = [];
      const observers = [];
      const observe = (type, into) => {
        const observer = new PerformanceObserver((list) => into.push(...list.getEntries()));
        observer.observe({ type, buffered: false });
        observers.push([observer, into]);
      };
      observe('longtask', tasks);
      observe('long-animation-frame', frames);
      const watch = { clickAt: null, appliedAt: null };
      const onPress = () => {
        watch.clickAt ??= performance.now();
      };
      // Capture phase on window: the first thing that sees the press, whatever the app does with it.
      window.addEventListener('click', onPress, true);
      window.addEventListener('keydown', onPress, true);
      bench.layoutDone = new Promise((resolve, reject) => {
        const stopWatching = () => {
          mutations.disconnect();
          notices.disconnect();
          clearTimeout(timer);
        };
        const timer = setTimeout(() => {
          stopWatching();
          reject(new Error('the auto layout moved no node in time'));
        }, timeoutMs);
        // The app keeps the diagram as it was and says why in an error toast (Toasts.tsx).
        const earlierErrors = new Set(document.querySelectorAll('.sf-toast--error'));
        const notices = new MutationObserver(() => {
          const error = [...document.querySelectorAll('.sf-toast--error')].find((toast) => !earlierErrors.has(toast));
          if (error === undefined || watch.appliedAt !== null) return;
          stopWatching();
          reject(new Error(`the app stopped the auto layout: ${error.textContent}`));
        });
        notices.observe(document.body, { childList: true, subtree: true });
        const isNode = (element) => element.classList?.contains('react-flow__node') === true;
        const mutations = new MutationObserver((records) => {
          // The first change of a node's transform, or of which nodes are drawn: the result is
          // being committed in this task. Only nodes in view are drawn, so a layout that moves every
          // one of them out of view replaces them with others rather than restyling them.
          const moved = records.some((record) =>
            record.type === 'childList'
              ? [...record.addedNodes, ...record.removedNodes].some(isNode)
              : isNode(record.target) && record.oldValue !== record.target.getAttribute('style'),
          );
          if (!moved || watch.appliedAt !== null) return;
          watch.appliedAt = performance.now();
          stopWatching();
          // The frame that shows it is over before a timeout queued from its rAF callback runs.
          requestAnimationFrame(() =>
            setTimeout(async () => {
              const paintedAt = performance.now();
              // Entries are delivered asynchronously: give the observers a moment, then drain them.
              await new Promise((done) => setTimeout(done, 250));
              for (const [observer, into] of observers) {
                into.push(...observer.takeRecords());
                observer.disconnect();
              }
              window.removeEventListener('click', onPress, true);
              window.removeEventListener('keydown', onPress, true);
              const plainTask = (entry) => ({ start: entry.startTime, duration: entry.duration });
              const plainFrame = (entry) => ({
                start: entry.startTime,
                duration: entry.duration,
                renderStart: entry.renderStart,
                styleAndLayoutStart: entry.styleAndLayoutStart,
                blockingDuration: entry.blockingDuration,
                scripts: (entry.scripts ?? []).map((script) => ({
                  invoker: script.invoker,
                  invokerType: script.invokerType,
                  sourceFunctionName: script.sourceFunctionName,
                  sourceURL: script.sourceURL,
                  duration: script.duration,
                })),
              });
              resolve({
                clickAt: watch.clickAt,
                appliedAt: watch.appliedAt,
                paintedAt,
                tasks: tasks.map(plainTask),
                frames: frames.map(plainFrame),
              });
            }, 0),
          );
        });
        mutations.observe(nodes, { attributes: true, attributeFilter: ['style'], attributeOldValue: true, childList: true, subtree: true });
      });
      // Not awaited here: the harness presses the button, then awaits bench.layoutDone.
      bench.layoutDone.catch(() => undefined);
      return true;
    },

    /**
     * Starts taking every long task (over 50 ms, PerformanceObserver 'longtask') and the time of
     * the first `change` event (a file chosen), for a figure measured until something is painted:
     * an import, an export. `stopLongTasks` drains and returns them.
     */
    recordLongTasks() {
      const record = { tasks: [], changeAt: null, observer: new PerformanceObserver((list) => record.tasks.push(...list.getEntries())) };
      record.onChange = () => {
        record.changeAt ??= performance.now();
      };
      window.addEventListener('change', record.onChange, true);
      record.observer.observe({ type: 'longtask', buffered: false });
      bench.longTaskRecord = record;
      return true;
    },

    async stopLongTasks() {
      const record = bench.longTaskRecord;
      // Entries are delivered asynchronously: give the observer a moment, then drain it.
      await new Promise((done) => setTimeout(done, 250));
      record.tasks.push(...record.observer.takeRecords());
      record.observer.disconnect();
      window.removeEventListener('change', record.onChange, true);
      bench.longTaskRecord = null;
      return { changeAt: record.changeAt, tasks: record.tasks.map((entry) => ({ start: entry.startTime, duration: entry.duration })) };
    },

    /**
     * Resolves once a diagram with nodes and edges is on screen where none was (the editor opened
     * by an import): when its first node entered the DOM (React's commit, inside that task) and when
     * the frame showing it was painted.
     */
    waitForNewDiagram(timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        let committedAt = null;
        const timer = setTimeout(() => {
          mutations.disconnect();
          reject(new Error('no diagram was painted in time'));
        }, timeoutMs);
        const mutations = new MutationObserver(() => {
          if (committedAt !== null || document.querySelector(NODE) === null || document.querySelector(EDGE) === null) return;
          committedAt = performance.now();
          mutations.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => afterPaint().then((paintedAt) => resolve({ committedAt, paintedAt })));
        });
        mutations.observe(document.body, { childList: true, subtree: true });
      });
    },

    /** Resolves when the page next changes its DOM and that frame is painted: { changedAt, paintedAt }. */
    waitForChangePainted(timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          mutations.disconnect();
          reject(new Error('the page did not change in time'));
        }, timeoutMs);
        const mutations = new MutationObserver(() => {
          const changedAt = performance.now();
          mutations.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => afterPaint().then((paintedAt) => resolve({ changedAt, paintedAt })));
        });
        mutations.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      });
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

    /**
     * The centre of node `id` in page pixels, when a press there lands on its body; else null.
     * A drag may not end where it began (the app snaps a dropped node to its neighbours'
     * alignment guides), so each drag is started from where the node is now.
     */
    grabPointOf(id) {
      const element = [...document.querySelectorAll(NODE)].find((candidate) => candidate.getAttribute('data-id') === id);
      if (!element) return null;
      const box = element.getBoundingClientRect();
      const point = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      const hit = document.elementFromPoint(point.x, point.y);
      if (hit === null || hit.closest('.react-flow__handle') !== null) return null;
      return hit.closest(NODE) === element ? point : null;
    },

    /**
     * The centre of the node nearest the canvas centre, in page pixels; null when none is drawn.
     * Zooming in there, rather than at the canvas centre, keeps nodes on screen at 100% even when
     * the middle of the diagram is empty (generated documents wrap into sections with gaps).
     */
    nodeNearestCentre() {
      const rect = canvas();
      const cx = rect.left + rect.width / 2;
      const cy = rect.top + rect.height / 2;
      let best = null;
      for (const element of document.querySelectorAll(NODE)) {
        const box = element.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const distance = Math.hypot(x - cx, y - cy);
        if (best === null || distance < best.distance) best = { x, y, distance };
      }
      return best === null ? null : { x: best.x, y: best.y };
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

  // Cold load: the first frame that paints a visible node is when the editor is usable, and the
  // first that paints the library's actions is when the start screen is. Each watch stops once
  // seen (the library's also once a node is, as the editor has no library), so no per-frame work
  // is left running during a measurement; the lab and generator pages draw neither.
  if (/\/(lab|generator)\.html$/.test(location.pathname)) return;
  const watchFirst = (selector, field, stopWhen = () => false) => {
    const check = () => {
      if (stopWhen()) return;
      const element = document.querySelector(selector);
      if (element !== null && getComputedStyle(element).visibility === 'visible') {
        afterPaint().then((time) => {
          bench[field] = time;
        });
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
  watchFirst(NODE, 'firstNodeVisibleAt');
  watchFirst('.sf-library__actions button', 'libraryVisibleAt', () => bench.firstNodeVisibleAt !== null);
}
