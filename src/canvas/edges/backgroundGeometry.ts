// The page's side of a big diagram's edge geometry: sends the document to the geometry worker
// (geometryWorker.ts), as what changed since the last time (lib/mirror.ts), and hands back its
// answers. One question at a time: while the worker works, only the newest document waits, and the
// ones in between are never computed.

import { mirrorPatch } from '../../lib/mirror';
import type { FlowEdge, FlowNode } from '../../model/types';
import { GEOMETRY_LISTS, type GeometryAnswer, type GeometryRequest } from './geometryAnswers';

export interface GeometrySnapshot {
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
}

/** An answer with the very arrays it was computed from, so the page can adopt its routes. */
export type AnsweredGeometry = Extract<GeometryAnswer, { ok: true }> & { snapshot: GeometrySnapshot };

export class BackgroundGeometry {
  private worker: Worker | null = null;
  private nextId = 0;
  private inFlight: { id: number; snapshot: GeometrySnapshot } | null = null;
  /** What the worker's copy is: the last snapshot sent to the running worker. */
  private sent: GeometrySnapshot | null = null;
  private queued: { snapshot: GeometrySnapshot; withRoutes: boolean } | null = null;

  constructor(private readonly onAnswer: (answer: AnsweredGeometry) => void) {}

  /** Asks for the geometry of `snapshot`, all routes included when `withRoutes`. */
  ask(snapshot: GeometrySnapshot, withRoutes: boolean): void {
    if (this.inFlight !== null) {
      this.queued = { snapshot, withRoutes: withRoutes || (this.queued?.withRoutes ?? false) };
      return;
    }
    this.send(snapshot, withRoutes);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.inFlight = null;
    this.queued = null;
  }

  private send(snapshot: GeometrySnapshot, withRoutes: boolean): void {
    if (this.worker === null) {
      this.worker = this.start();
      this.sent = null;
    }
    const id = (this.nextId += 1);
    this.inFlight = { id, snapshot };
    const document = { nodes: snapshot.nodes, edges: snapshot.edges };
    const request: GeometryRequest = { id, patch: mirrorPatch(this.sent, document, GEOMETRY_LISTS), withRoutes };
    this.sent = document;
    this.worker.postMessage(request);
  }

  private start(): Worker {
    const worker = new Worker(new URL('./geometryWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<GeometryAnswer>) => this.received(event.data);
    // A worker that died answers nothing more: the next question starts another.
    worker.onerror = () => {
      worker.terminate();
      if (this.worker === worker) this.worker = null;
      const sent = this.inFlight;
      if (sent !== null) this.received({ id: sent.id, ok: false });
    };
    return worker;
  }

  private received(answer: GeometryAnswer): void {
    const sent = this.inFlight;
    if (sent === null || sent.id !== answer.id) return;
    this.inFlight = null;
    const next = this.queued;
    this.queued = null;
    if (next !== null) this.send(next.snapshot, next.withRoutes);
    if (answer.ok) this.onAnswer({ ...answer, snapshot: sent.snapshot });
  }
}
