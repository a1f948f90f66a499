// The colours offered for a node's fill, stroke and text. Stored as plain hex, because a document
// must look the same in both themes and in exported SVG. palette.test.ts holds the contrast rules:
// every stroke stands out from the page in both themes, every text colour reads on every fill.

export type ColourName = 'white' | 'black' | 'gray' | 'blue' | 'green' | 'orange' | 'red' | 'purple' | 'teal' | 'pink';

export interface Swatch {
  name: ColourName;
  value: string;
}

export type ColourRole = 'fill' | 'stroke' | 'textColor';

export const SWATCHES: Readonly<Record<ColourRole, readonly Swatch[]>> = {
  fill: [
    { name: 'white', value: '#ffffff' },
    { name: 'gray', value: '#f1f5f9' },
    { name: 'blue', value: '#dbeafe' },
    { name: 'green', value: '#dcfce7' },
    { name: 'orange', value: '#ffedd5' },
    { name: 'red', value: '#fee2e2' },
    { name: 'purple', value: '#ede9fe' },
    { name: 'teal', value: '#ccfbf1' },
    { name: 'pink', value: '#fce7f3' },
  ],
  stroke: [
    { name: 'gray', value: '#64748b' },
    { name: 'blue', value: '#3b82f6' },
    { name: 'green', value: '#16a34a' },
    { name: 'orange', value: '#ea580c' },
    { name: 'red', value: '#dc2626' },
    { name: 'purple', value: '#8b5cf6' },
    { name: 'teal', value: '#0d9488' },
    { name: 'pink', value: '#db2777' },
  ],
  textColor: [
    { name: 'black', value: '#0f172a' },
    { name: 'gray', value: '#334155' },
    { name: 'blue', value: '#1e3a8a' },
    { name: 'green', value: '#14532d' },
    { name: 'orange', value: '#7c2d12' },
    { name: 'red', value: '#7f1d1d' },
    { name: 'purple', value: '#4c1d95' },
    { name: 'teal', value: '#134e4a' },
    { name: 'pink', value: '#831843' },
  ],
};
