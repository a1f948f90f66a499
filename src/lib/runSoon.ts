/**
 * Runs `run` once, after the input events already queued or at the next animation frame, whichever
 * comes first, and returns a function that calls it off. Work scheduled so coalesces the events of a
 * busy moment into one run, yet leaves an idle frame's own time free and is never a frame late.
 */
export function runSoon(run: () => void): () => void {
  let settled = false;
  const channel = new MessageChannel();
  const settle = () => {
    settled = true;
    cancelAnimationFrame(frameId);
    channel.port1.close();
  };
  const once = () => {
    if (settled) return;
    settle();
    run();
  };
  const frameId = requestAnimationFrame(once);
  channel.port1.onmessage = once;
  channel.port2.postMessage(null);
  return () => {
    if (!settled) settle();
  };
}
