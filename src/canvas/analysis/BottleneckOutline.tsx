import { useStore, type ReactFlowState } from '@xyflow/react';
import type { BottleneckMark } from './nodeAnalysis';
import './analysis.css';

// The outline keeps this size on screen however far the view zooms out, where an overview of the
// bottlenecks matters most. Only marked nodes (two at most) follow the zoom.
const SCREEN_WIDTH = 3;
const SCREEN_GAP = 4;
const zoomOf = (state: ReactFlowState) => state.transform[2];

function Outline({ mark }: { mark: BottleneckMark }) {
  const scale = Math.max(1, 1 / useStore(zoomOf));
  // A double line needs twice the width to show as two.
  const width = SCREEN_WIDTH * scale * (mark === 'both' ? 2 : 1);
  const inset = -(SCREEN_GAP * scale + width);
  return (
    <div
      className={`sf-bottleneck sf-bottleneck--${mark}`}
      style={{ inset, borderWidth: width, borderRadius: 6 * scale + width }}
      aria-hidden="true"
    />
  );
}

export function BottleneckOutline({ mark }: { mark: BottleneckMark | null }) {
  return mark === null ? null : <Outline mark={mark} />;
}
