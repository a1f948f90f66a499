import { Fragment, useMemo, type CSSProperties } from 'react';
import { NODE_LABEL, nodeLabelLines } from '../../geometry/labelBox';
import { lineSources } from '../../geometry/text';

interface NodeLabelProps {
  text: string;
  /** The text box of the node's shape (src/model/shapes.ts). */
  box: { width: number; height: number };
  style: CSSProperties;
}

/**
 * The lines the SVG export writes (src/geometry/labelBox.ts), one unwrapped line each, so that the
 * canvas breaks a label where the export does. The element's text stays the whole label: the
 * spaces and breaks between lines are white space a flex container does not draw, the ellipsis is
 * drawn by CSS, and what it cut off is hidden (and shown as a tooltip).
 */
export function NodeLabel({ text, box, style }: NodeLabelProps) {
  const { width, height } = box;
  // Wrapping costs tens of microseconds a label; a node re-renders on every frame it is dragged.
  const wrapped = useMemo(() => nodeLabelLines(text, { width, height }), [text, width, height]);
  const sources = useMemo(() => lineSources(text, wrapped), [text, wrapped]);
  const end = sources[sources.length - 1]?.end ?? 0;
  return (
    <div className="sf-node__label" style={style} title={wrapped.truncated ? text : undefined}>
      {sources.map((source, index) => (
        <Fragment key={index}>
          {text.slice(sources[index - 1]?.end ?? 0, source.start)}
          <div
            className={wrapped.truncated && index === sources.length - 1 ? 'sf-node__line sf-node__line--cut' : 'sf-node__line'}
            style={{ height: NODE_LABEL.lineHeight }}
          >
            {text.slice(source.start, source.end)}
          </div>
        </Fragment>
      ))}
      {end < text.length ? <span hidden>{text.slice(end)}</span> : null}
    </div>
  );
}
