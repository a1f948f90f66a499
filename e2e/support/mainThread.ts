// The page's main-thread tasks from a Chromium trace, in CPU time: on two cores shared with other
// work, a task's wall time also counts the time it waited for a core (export-large.spec.ts).

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; src_file?: string };
}

export interface MainThreadTask {
  cpuMs: number;
  wallMs: number;
  /** CPU spent by the garbage collector: the whole task when V8's heap posted it, else the collections run inside it. */
  collectorMs: number;
}

const isCollection = (event: TraceEvent) => event.ph === 'X' && (event.name === 'MajorGC' || event.name === 'MinorGC');

/** Every task the renderer's main thread ran while tracing, in ms of CPU and of wall time. */
export function tasksOnMainThread(trace: Buffer): MainThreadTask[] {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
  );
  const onMain = events.filter((event) => mainThreads.has(`${event.pid}:${event.tid}`));
  const collections = onMain.filter(isCollection);
  return onMain
    .filter((event) => event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask')
    .map((task) => {
      const cpuMs = (task.tdur ?? task.dur ?? 0) / 1000;
      const end = task.ts + (task.dur ?? 0);
      const inside = collections.filter((gc) => gc.pid === task.pid && gc.tid === task.tid && gc.ts >= task.ts && gc.ts < end);
      const collectorMs = task.args?.src_file?.startsWith('v8/src/heap/') ? cpuMs : inside.reduce((sum, gc) => sum + (gc.tdur ?? gc.dur ?? 0) / 1000, 0);
      return { cpuMs, wallMs: (task.dur ?? 0) / 1000, collectorMs: Math.min(collectorMs, cpuMs) };
    });
}
