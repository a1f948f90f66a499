// Writes the handout off the page's thread: fetching and parsing the font (megabytes), subsetting it
// and drawing every page each take long enough to freeze the editor. The font is an asset of its
// own, fetched here on the first handout, so it is never part of the app's start.
import fontUrl from './font/NotoSansCJKsc-Regular-subset.otf?url';
import { writeHandout } from './handout';
import type { FromHandoutWorker, ToHandoutWorker } from './handoutMessages';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToHandoutWorker>) => void) | null;
  postMessage: (message: FromHandoutWorker, transfer?: Transferable[]) => void;
}

const scope = globalThis as unknown as WorkerScope;
let font: Promise<Uint8Array> | null = null;

function loadFont(): Promise<Uint8Array> {
  font ??= fetch(fontUrl).then(async (response) => {
    if (!response.ok) throw new Error(`font: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  });
  return font;
}

scope.onmessage = async (event) => {
  const { job, pageDelayMs } = event.data;
  try {
    const bytes = await writeHandout(job, await loadFont(), async (done, total) => {
      scope.postMessage({ type: 'progress', done: done / total });
      if (pageDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, pageDelayMs));
    });
    scope.postMessage({ type: 'done', bytes }, [bytes.buffer]);
  } catch {
    font = null;
    scope.postMessage({ type: 'failed' });
  }
};
