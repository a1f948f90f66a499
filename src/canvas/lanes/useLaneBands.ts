import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { laneBands, type LaneBand } from '../../model/laneBands';
import { useEditor } from '../../store/EditorStoreProvider';

/** The document's lane bands, derived again only when its lanes, nodes or settings change. */
export function useLaneBands(): LaneBand[] {
  const { lanes, nodes, settings } = useEditor(
    useShallow((state) => ({ lanes: state.document.lanes, nodes: state.document.nodes, settings: state.document.settings })),
  );
  return useMemo(() => laneBands({ lanes, nodes, settings }), [lanes, nodes, settings]);
}
