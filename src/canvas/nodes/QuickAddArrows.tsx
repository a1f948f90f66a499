import { ArrowDown, ArrowLeft, ArrowRight, ArrowUp } from 'lucide-react';
import { HANDLE_SIDES, type HandleSide } from '../../model/types';
import { useT } from '../../i18n/I18nProvider';
import { useCanvasActions } from '../CanvasActions';

const ICONS: Record<HandleSide, typeof ArrowUp> = { top: ArrowUp, right: ArrowRight, bottom: ArrowDown, left: ArrowLeft };

/** draw.io's blue arrows: one click adds a connected stage on that side. */
export function QuickAddArrows({ nodeId }: { nodeId: string }) {
  const t = useT();
  const { quickAdd } = useCanvasActions();
  return (
    <>
      {HANDLE_SIDES.map((side) => {
        const Icon = ICONS[side];
        return (
          <button
            key={side}
            type="button"
            className={`sf-quick-add sf-quick-add--${side} nodrag nopan`}
            aria-label={t(`quickAdd.${side}`)}
            title={t(`quickAdd.${side}`)}
            onClick={(event) => {
              event.stopPropagation();
              quickAdd(nodeId, side);
            }}
          >
            <Icon size={14} aria-hidden="true" />
          </button>
        );
      })}
    </>
  );
}
