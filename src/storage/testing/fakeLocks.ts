// An in-memory Web Locks manager shared by the "tabs" of a test: exclusive locks with
// `ifAvailable`, `steal` and `signal`, granted first come, first served, as the spec describes.

interface Request {
  callback: LockGrantedCallback<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

function abortError(): DOMException {
  return new DOMException('The lock request was aborted', 'AbortError');
}

export class FakeLockManager {
  private readonly held = new Map<string, Request>();
  private readonly queues = new Map<string, Request[]>();

  request(
    name: string,
    optionsOrCallback: LockOptions | LockGrantedCallback<unknown>,
    maybeCallback?: LockGrantedCallback<unknown>,
  ): Promise<unknown> {
    const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
    const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
    if (callback === undefined) throw new TypeError('callback required');
    return new Promise((resolve, reject) => {
      const request: Request = { callback, resolve, reject };
      const queue = this.queue(name);
      if (options.steal) {
        this.held.get(name)?.reject(abortError());
        this.held.delete(name);
        this.grant(name, request);
      } else if (this.held.has(name) || queue.length > 0) {
        if (options.ifAvailable) {
          Promise.resolve(callback(null)).then(resolve, reject);
          return;
        }
        queue.push(request);
        options.signal?.addEventListener('abort', () => {
          const index = queue.indexOf(request);
          if (index === -1) return;
          queue.splice(index, 1);
          reject(abortError());
        });
      } else {
        this.grant(name, request);
      }
    });
  }

  private queue(name: string): Request[] {
    let queue = this.queues.get(name);
    if (queue === undefined) {
      queue = [];
      this.queues.set(name, queue);
    }
    return queue;
  }

  private grant(name: string, request: Request): void {
    this.held.set(name, request);
    const lock = { name, mode: 'exclusive' } as Lock;
    Promise.resolve(request.callback(lock)).then(
      (value) => {
        this.release(name, request);
        request.resolve(value);
      },
      (error: unknown) => {
        this.release(name, request);
        request.reject(error);
      },
    );
  }

  private release(name: string, request: Request): void {
    if (this.held.get(name) !== request) return;
    this.held.delete(name);
    const next = this.queue(name).shift();
    if (next) this.grant(name, next);
  }
}
