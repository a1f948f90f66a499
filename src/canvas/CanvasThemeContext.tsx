import { createContext, useContext } from 'react';
import type { Theme } from '../model/shapes';

export const CanvasThemeContext = createContext<Theme>('light');

export function useCanvasTheme(): Theme {
  return useContext(CanvasThemeContext);
}
