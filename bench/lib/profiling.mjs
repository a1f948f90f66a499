// Where a gesture's main-thread time goes: a Chromium trace summed by event (style, layout,
// paint, script, input…) and a V8 CPU profile summed by JavaScript function, both by self time.

// devtools.timeline is what the DevTools Performance panel records.
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'];

/** Self time per event name on one thread, from complete ('X') events nested by time. */
function selfTimeByName(events) {
  const sorted = events
    .filter((event) => event.ph === 'X' && typeof event.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length > 0 && stack.at(-1).end <= until) {
      const open = stack.pop();
      totals.set(open.name, (totals.get(open.name) ?? 0) + (open.dur - open.childDur) / 1000);
    }
  };
  for (const event of sorted) {
    close(event.ts);
    const parent = stack.at(-1);
    if (parent) parent.childDur += event.dur;
    stack.push({ name: event.name, dur: event.dur, end: event.ts + event.dur, childDur: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

/** The renderer main thread of the process that drew `origin`. */
function mainThreadOf(traceEvents, origin) {
  const threadNames = traceEvents.filter((event) => event.ph === 'M' && event.name === 'thread_name');
  const mains = threadNames.filter((event) => event.args?.name === 'CrRendererMain');
  const started = traceEvents.find((event) => event.name === 'TracingStartedInBrowser');
  const frame = started?.args?.data?.frames?.find((candidate) => candidate.url?.startsWith(origin));
  const main = mains.find((event) => event.pid === frame?.processId) ?? mains[0];
  if (!main) throw new Error('no renderer main thread in the trace');
  return { pid: main.pid, tid: main.tid };
}

/** Wall time of complete events per thread name of one process: where else frames are made. */
function busyByThread(traceEvents, pid) {
  const names = new Map(
    traceEvents
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === pid)
      .map((event) => [event.tid, event.args?.name ?? String(event.tid)]),
  );
  const byThread = new Map();
  for (const [tid, name] of names) {
    const totals = selfTimeByName(traceEvents.filter((event) => event.pid === pid && event.tid === tid));
    const sum = [...totals.values()].reduce((a, b) => a + b, 0);
    // Raster workers are numbered; one line for all of them.
    const label = name.replace(/\d+$/, '*');
    if (sum > 0) byThread.set(label, (byThread.get(label) ?? 0) + sum);
  }
  return [...byThread].sort((a, b) => b[1] - a[1]);
}

export async function traceGesture(browser, page, origin, runGesture) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await runGesture();
  const buffer = await browser.stopTracing();
  const trace = JSON.parse(buffer.toString('utf8'));
  const traceEvents = Array.isArray(trace) ? trace : trace.traceEvents;
  const { pid, tid } = mainThreadOf(traceEvents, origin);
  const mainEvents = traceEvents.filter((event) => event.pid === pid && event.tid === tid);
  const totals = selfTimeByName(mainEvents);
  // One main-thread Commit per frame the main thread produced: per-frame costs compare pages that
  // drew different numbers of frames in the same time.
  const frames = mainEvents.filter((event) => event.name === 'Commit' && event.ph === 'X').length;
  return {
    trace,
    frames,
    selfMsByEvent: [...totals].sort((a, b) => b[1] - a[1]),
    busyMsByThread: busyByThread(traceEvents, pid),
  };
}

function fileOf(url) {
  if (!url) return '';
  return url.slice(url.lastIndexOf('/') + 1);
}

export async function profileGesture(page, runGesture) {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  await runGesture();
  const { profile } = await session.send('Profiler.stop');
  await session.detach();

  const selfMs = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const id = profile.samples[i];
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const byFunction = new Map();
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id);
    if (!ms) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = url ? `${functionName || '(anonymous)'} ${fileOf(url)}:${lineNumber + 1}` : functionName;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  return { profile, selfMsByFunction: [...byFunction].sort((a, b) => b[1] - a[1]) };
}

/**
 * The profile's busy stretches: runs of samples with no idle sample between them, longer than
 * `minMs`, each with its heaviest functions by self time and by total time (the callers the time
 * was spent under), so that a long task can be named without opening the profile.
 */
export function busyStretches(profile, minMs, top = 8) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const keyOf = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return url ? `${functionName || '(anonymous)'} ${fileOf(url)}:${lineNumber + 1}` : functionName;
  };
  const stretches = [];
  let open = null;
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    time += profile.timeDeltas[i] ?? 0;
    const node = byId.get(profile.samples[i]);
    const idle = node.callFrame.functionName === '(idle)';
    if (idle) {
      if (open !== null && (time - open.start) / 1000 >= minMs) stretches.push(open);
      open = null;
      continue;
    }
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    open ??= { start: time, self: new Map(), total: new Map() };
    open.end = time;
    open.self.set(keyOf(node), (open.self.get(keyOf(node)) ?? 0) + ms);
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parentOf.get(id)) {
      const key = keyOf(byId.get(id));
      if (seen.has(key)) continue;
      seen.add(key);
      open.total.set(key, (open.total.get(key) ?? 0) + ms);
    }
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  return stretches.map((stretch) => ({
    atMs: (stretch.start - profile.startTime) / 1000,
    ms: (stretch.end - stretch.start) / 1000,
    self: sorted(stretch.self),
    total: sorted(stretch.total),
  }));
}

/**
 * The main thread's tasks over `minMs` in a trace from traceGesture, each with its self time by
 * event name and the scripts it ran (FunctionCall and EvaluateScript events name their function).
 */
export function longTasksOfTrace(trace, origin, minMs, top = 8) {
  const traceEvents = Array.isArray(trace) ? trace : trace.traceEvents;
  const { pid, tid } = mainThreadOf(traceEvents, origin);
  const main = traceEvents.filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && typeof event.dur === 'number');
  const tasks = main.filter((event) => event.name === 'RunTask' && event.dur >= minMs * 1000);
  const first = main.reduce((min, event) => Math.min(min, event.ts), Number.POSITIVE_INFINITY);
  return tasks.map((task) => {
    const inside = main.filter((event) => event !== task && event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur);
    const calls = new Map();
    for (const event of inside) {
      const data = event.args?.data;
      if (event.name !== 'FunctionCall' && event.name !== 'EventDispatch' && event.name !== 'TimerFire' && event.name !== 'FireAnimationFrame') continue;
      const key = `${event.name} ${data?.functionName ?? data?.type ?? ''} ${fileOf(data?.url)}:${data?.lineNumber ?? ''}`;
      calls.set(key, (calls.get(key) ?? 0) + event.dur / 1000);
    }
    return {
      atMs: (task.ts - first) / 1000,
      ms: task.dur / 1000,
      selfByEvent: [...selfTimeByName(inside)].sort((a, b) => b[1] - a[1]).slice(0, top),
      calls: [...calls].sort((a, b) => b[1] - a[1]).slice(0, top),
    };
  });
}
