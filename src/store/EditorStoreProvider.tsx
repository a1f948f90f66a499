import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EditorState, EditorStore } from './editorStore';
import { subscribeToAnalyses } from './backgroundAnalysis';

const EditorStoreContext = createContext<EditorStore | null>(null);

export function EditorStoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  useEffect(() => subscribeToAnalyses(() => store.setState((state) => ({ analysesArrived: state.analysesArrived + 1 }))), [store]);
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

export function useEditorStoreApi(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditor needs an EditorStoreProvider above it');
  return store;
}

/** Select exactly what a component needs; wrap object-returning selectors in useShallow. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStoreApi(), selector);
}
