import type { Theme } from '../../model/shapes';

// System fonts only: bundling a CJK web font would cost megabytes, and a file that names fonts the
// viewer lacks still falls back through this list to one with Chinese glyphs.
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

// Node and edge labels take their sizes from src/geometry/labelBox.ts, which the canvas shares.
export const LANE_FONT_SIZE = 13;
export const LINE_HEIGHT = 1.3;

export interface SvgPalette {
  background: string;
  edge: string;
  annotationEdge: string;
  edgeLabelText: string;
  edgeLabelFill: string;
  edgeLabelStroke: string;
  laneFills: readonly [string, string];
  laneStroke: string;
  laneHeaderFill: string;
  laneText: string;
}

const LIGHT: SvgPalette = {
  background: '#ffffff',
  edge: '#64748b',
  annotationEdge: '#94a3b8',
  edgeLabelText: '#334155',
  edgeLabelFill: '#ffffff',
  edgeLabelStroke: '#cbd5e1',
  laneFills: ['#f8fafc', '#f1f5f9'],
  laneStroke: '#cbd5e1',
  laneHeaderFill: '#e2e8f0',
  laneText: '#1e293b',
};

const DARK: SvgPalette = {
  background: '#0f172a',
  edge: '#94a3b8',
  annotationEdge: '#64748b',
  edgeLabelText: '#e2e8f0',
  edgeLabelFill: '#1e293b',
  edgeLabelStroke: '#475569',
  laneFills: ['#111b30', '#162036'],
  laneStroke: '#334155',
  laneHeaderFill: '#1e293b',
  laneText: '#e2e8f0',
};

export function svgPalette(theme: Theme): SvgPalette {
  return theme === 'dark' ? DARK : LIGHT;
}
