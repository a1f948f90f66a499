import type { ReactNode } from 'react';
import { PanelLeftClose, PanelLeftOpen, PanelRightClose, PanelRightOpen } from 'lucide-react';
import { useT } from '../../i18n/I18nProvider';
import { setViewPreference, useViewPreference } from '../../store/viewPreferences';
import './view.css';

interface SidePanelProps {
  side: 'left' | 'right';
  children: ReactNode;
}

/**
 * The palette (left) or the inspector (right), foldable to a narrow strip so that a small screen
 * keeps its width for the canvas. Folded or not is the user's choice, kept across documents.
 */
export function SidePanel({ side, children }: SidePanelProps) {
  const t = useT();
  const key = side === 'left' ? 'paletteCollapsed' : 'inspectorCollapsed';
  const collapsed = useViewPreference(key);
  const label =
    side === 'left' ? t(collapsed ? 'panel.showPalette' : 'panel.hidePalette') : t(collapsed ? 'panel.showInspector' : 'panel.hideInspector');
  const Icon = side === 'left' ? (collapsed ? PanelLeftOpen : PanelLeftClose) : collapsed ? PanelRightOpen : PanelRightClose;
  return (
    <div className={`sf-side-panel sf-side-panel--${side}${collapsed ? ' sf-side-panel--collapsed' : ''}`}>
      <button
        type="button"
        className="sf-icon-button sf-side-panel__toggle"
        aria-label={label}
        title={label}
        aria-expanded={!collapsed}
        onClick={() => setViewPreference(key, !collapsed)}
      >
        <Icon size={16} aria-hidden="true" />
      </button>
      {collapsed ? null : children}
    </div>
  );
}
