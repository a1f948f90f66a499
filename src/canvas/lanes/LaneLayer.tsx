import { memo, useState } from 'react';
import { ViewportLayer } from '../ViewportLayer';
import { ArrowDown, ArrowLeft, ArrowRight, ArrowUp, Trash2 } from 'lucide-react';
import { laneHeader, type LaneBand } from '../../model/laneBands';
import { useLaneBands } from './useLaneBands';
import { moveLane, removeLane, renameLane } from '../../model/operations';
import type { Direction } from '../../model/types';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreProvider';
import { useT } from '../../i18n/I18nProvider';

interface LaneHeaderProps {
  band: LaneBand;
  label: string;
  index: number;
  laneCount: number;
  direction: Direction;
}

function LaneHeader({ band, label, index, laneCount, direction }: LaneHeaderProps) {
  const t = useT();
  const store = useEditorStoreApi();
  const [editing, setEditing] = useState(false);
  const readOnly = useEditor((state) => state.readOnly);
  // In a tab that only reads, the tools stay in sight, off, with the reason as their tooltip.
  const reason = readOnly ? t('readOnly.reason') : undefined;
  const laneId = band.laneId;
  const header = laneHeader(band.rect, direction);
  const headerStyle = { left: header.x, top: header.y, width: header.width, height: header.height };

  const commit = (value: string) => {
    setEditing(false);
    const trimmed = value.trim();
    if (laneId === null || trimmed === '' || trimmed === label) return;
    store.getState().perform(renameLane(laneId, trimmed));
  };

  return (
    <div
      className={`sf-lane__header sf-lane__header--${direction}`}
      style={headerStyle}
      role="group"
      aria-label={t('lane.header', { label })}
      onDoubleClick={() => laneId !== null && !readOnly && setEditing(true)}
    >
      {editing ? (
        <input
          className="sf-lane__input nodrag nopan"
          aria-label={t('lane.rename')}
          defaultValue={label}
          autoFocus
          onBlur={(event) => commit(event.target.value)}
          onKeyDown={(event) => {
            if (event.nativeEvent.isComposing) return;
            if (event.key === 'Enter') commit(event.currentTarget.value);
            if (event.key === 'Escape') setEditing(false);
          }}
        />
      ) : (
        <span className="sf-lane__label">{label}</span>
      )}
      {laneId !== null && !editing ? (
        <div className="sf-lane__tools nodrag nopan">
          <button
            type="button"
            aria-label={`${t('lane.moveUp')}: ${label}`}
            title={reason ?? t('lane.moveUp')}
            disabled={readOnly || index === 0}
            onClick={() => store.getState().perform(moveLane(laneId, index - 1))}
          >
            {direction === 'LR' ? <ArrowUp size={12} aria-hidden="true" /> : <ArrowLeft size={12} aria-hidden="true" />}
          </button>
          <button
            type="button"
            aria-label={`${t('lane.moveDown')}: ${label}`}
            title={reason ?? t('lane.moveDown')}
            disabled={readOnly || index >= laneCount - 1}
            onClick={() => store.getState().perform(moveLane(laneId, index + 1))}
          >
            {direction === 'LR' ? <ArrowDown size={12} aria-hidden="true" /> : <ArrowRight size={12} aria-hidden="true" />}
          </button>
          <button
            type="button"
            aria-label={`${t('lane.delete')}: ${label}`}
            title={reason ?? t('lane.delete')}
            disabled={readOnly}
            onClick={() => store.getState().perform(removeLane(laneId))}
          >
            <Trash2 size={12} aria-hidden="true" />
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** Swimlanes drawn behind the nodes, as bands derived from their nodes (DESIGN.md, Lane). */
function LaneLayerComponent() {
  const t = useT();
  const lanes = useEditor((state) => state.document.lanes);
  const direction = useEditor((state) => state.document.settings.direction);
  const bands = useLaneBands();
  if (bands.length === 0) return null;
  const labels = new Map(lanes.map((lane) => [lane.id, lane.label]));
  return (
    <ViewportLayer>
      <div className="sf-lanes">
        {bands.map((band, index) => {
          const label = band.laneId === null ? t('lane.unassigned') : (labels.get(band.laneId) ?? '');
          return (
            <div key={band.laneId ?? 'unassigned'}>
              <div
                className={`sf-lane sf-lane--${index % 2 === 0 ? 'even' : 'odd'}`}
                data-lane-id={band.laneId ?? ''}
                style={{ left: band.rect.x, top: band.rect.y, width: band.rect.width, height: band.rect.height }}
              />
              <LaneHeader band={band} label={label} index={index} laneCount={lanes.length} direction={direction} />
            </div>
          );
        })}
      </div>
    </ViewportLayer>
  );
}

export const LaneLayer = memo(LaneLayerComponent);
