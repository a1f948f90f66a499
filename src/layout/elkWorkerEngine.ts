// The browser's engine: ELK in a Web Worker, so the page never freezes while it runs. ELK (about
// 470 KB gzipped) is loaded the first time a layout is asked for. A running layout cannot be
// interrupted by a message, only by terminating its worker: elk-api creates the worker through our
// factory, so we hold it, and dispose terminates it; the next layout makes a new one.

import type { ELK } from 'elkjs/lib/elk-api.js';
import type { LayoutEngine } from './layoutEngine';

interface Running {
  elk: ELK;
  worker: Worker;
}

export class EngineDisposedError extends Error {
  override readonly name = 'EngineDisposedError';
}

export function createElkWorkerEngine(): LayoutEngine {
  let loading: Promise<{ ELK: typeof import('elkjs/lib/elk-api.js').default; workerUrl: string }> | undefined;
  let running: Running | undefined;
  // Bumped by dispose, so that a layout still loading ELK does not start a worker afterwards.
  let generation = 0;
  const pending = new Set<(error: Error) => void>();

  const load = () =>
    (loading ??= Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js?url')]).then(
      ([api, url]) => ({ ELK: api.default, workerUrl: url.default }),
    ));

  const failAll = (error: Error): void => {
    for (const fail of [...pending]) fail(error);
    pending.clear();
  };

  async function instance(): Promise<ELK> {
    const started = generation;
    const { ELK, workerUrl } = await load();
    if (started !== generation) throw new EngineDisposedError('disposed while loading');
    if (running === undefined) {
      let worker: Worker | undefined;
      const elk = new ELK({
        workerUrl,
        workerFactory: (url) => {
          worker = new Worker(url ?? workerUrl);
          // elk-api listens only for answers: a worker that fails to load would leave it waiting.
          worker.addEventListener('error', (event) => {
            failAll(new Error(`ELK worker failed: ${event.message}`));
          });
          return worker;
        },
      });
      if (worker === undefined) throw new Error('elk-api did not create its worker');
      running = { elk, worker };
    }
    return running.elk;
  }

  // Answers from the worker, failed with it: elk-api would wait for ever on a worker that died.
  async function ask<T>(question: (elk: ELK) => Promise<T>): Promise<T> {
    const elk = await instance();
    return new Promise((resolve, reject) => {
      pending.add(reject);
      question(elk).then(
          (result) => {
            pending.delete(reject);
            resolve(result);
          },
        (error: unknown) => {
          pending.delete(reject);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  return {
    // Any question the worker answers means its script has loaded and ELK is set up in it.
    async ready() {
      await ask((elk) => elk.knownLayoutAlgorithms());
    },
    layout: (graph) => ask((elk) => elk.layout(graph)),
    dispose() {
      generation += 1;
      running?.worker.terminate();
      running = undefined;
      failAll(new EngineDisposedError('disposed'));
    },
  };
}
