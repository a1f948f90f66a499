import { ViewportLayer } from './ViewportLayer';
import type { Guide } from '../model/alignmentGuides';

const GUIDE_EXTENT = 100_000;

/** The guides of a drag, in a compositor layer that stays while none shows (styles.css, `.sf-guides`). */
export function AlignmentGuides({ guides }: { guides: readonly Guide[] }) {
  return (
    <ViewportLayer>
      <div className="sf-guides">
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
      </div>
    </ViewportLayer>
  );
}
