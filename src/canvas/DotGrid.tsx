import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';

/** Below this spacing on screen the dots would blur into a grey wash, so none are drawn. */
const MIN_SCREEN_GAP = 8;
/** A dot's radius at 100%; like the nodes, dots shrink as the view zooms out, so they recede. */
const DOT_RADIUS = 0.6;

/**
 * The canvas's dot grid, one dot at every multiple of the snapping step.
 *
 * React Flow's `Background` moves an SVG pattern on every pan frame, which repaints and
 * re-rasterises the whole pane: at 100% zoom that alone made panning a 1,000-node diagram drop
 * frames that bare React Flow does not (bench/README.md). Here the dots are a CSS gradient on a
 * layer of their own, one step larger than the pane on every side; panning only moves that layer
 * by the pan modulo one step, which the compositor does without painting. Only a zoom repaints.
 */
export function DotGrid({ gap }: { gap: number }) {
  const layerRef = useRef<HTMLDivElement>(null);
  const flowStore = useStoreApi();

  useEffect(() => {
    let shownStep = Number.NaN;
    const place = (transform: [number, number, number]) => {
      const layer = layerRef.current;
      if (!layer) return;
      const [x, y, zoom] = transform;
      const step = gap * zoom;
      const radius = DOT_RADIUS * zoom;
      if (step !== shownStep) {
        shownStep = step;
        layer.hidden = step < MIN_SCREEN_GAP;
        layer.style.inset = `${-step}px`;
        layer.style.backgroundSize = `${step}px ${step}px`;
        layer.style.backgroundImage = `radial-gradient(circle at ${radius}px ${radius}px, var(--sf-grid-dot) ${radius}px, transparent ${radius + 0.6}px)`;
      }
      // Dot centres sit at (radius, radius) in each tile; this puts them on the grid's multiples.
      const offsetX = ((x % step) + step) % step - radius;
      const offsetY = ((y % step) + step) % step - radius;
      layer.style.transform = `translate3d(${offsetX}px, ${offsetY}px, 0)`;
    };
    place(flowStore.getState().transform);
    return flowStore.subscribe((state, previous) => {
      if (state.transform !== previous.transform) place(state.transform);
    });
  }, [flowStore, gap]);

  return (
    <div className="sf-grid" aria-hidden="true">
      <div ref={layerRef} className="sf-grid__dots" />
    </div>
  );
}

