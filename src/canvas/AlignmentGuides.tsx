import { ViewportLayer } from './ViewportLayer';
import type { Guide } from '../model/alignmentGuides';

const GUIDE_EXTENT = 100_000;

export function AlignmentGuides({ guides }: { guides: readonly Guide[] }) {
  if (guides.length === 0) return null;
  return (
    <ViewportLayer>
      {guides.map((guide) => (
        <div
          key={`${guide.axis}${guide.at}`}
          className={`sf-guide sf-guide--${guide.axis}`}
          style={
            guide.axis === 'x'
              ? { left: guide.at, top: -GUIDE_EXTENT, height: 2 * GUIDE_EXTENT }
              : { top: guide.at, left: -GUIDE_EXTENT, width: 2 * GUIDE_EXTENT }
          }
        />
      ))}
    </ViewportLayer>
  );
}
