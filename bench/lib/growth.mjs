// How each figure grows with the number of nodes: the log-log slope across the sizes measured.
import { growthLabel, logLogSlope } from './stats.mjs';

function growthOf(bySize, read) {
  const points = Object.entries(bySize ?? {}).map(([size, figure]) => ({ size: Number(size), value: read(figure) }));
  const slope = logLogSlope(points);
  return { sizes: points.map((point) => point.size), slope, growth: growthLabel(slope) };
}

export function describeGrowth(figures) {
  const growth = {};
  if (figures.open) {
    growth.openReadValidateMs = growthOf(figures.open, (f) => f.app.readValidateMs.median);
    growth.openRenderedMs = growthOf(figures.open, (f) => f.app.renderedMs.median);
    growth.bareOpenRenderedMs = growthOf(figures.open, (f) => f.bare.renderedMs.median);
  }
  if (figures.pan) {
    for (const zoom of ['fit', '100%']) {
      const key = zoom === 'fit' ? 'Fit' : 'Actual';
      growth[`pan${key}MeanFrameMs`] = growthOf(figures.pan, (f) => f[zoom]?.app.mean);
      growth[`pan${key}BusyMsPerS`] = growthOf(figures.pan, (f) => f[zoom]?.app.busyMsPerS.median);
      growth[`barePan${key}BusyMsPerS`] = growthOf(figures.pan, (f) => f[zoom]?.bare.busyMsPerS.median);
    }
  }
  if (figures.layout) {
    for (const lanes of [false, true]) {
      const bySize = Object.fromEntries(
        Object.values(figures.layout).filter((f) => f.lanes === lanes).map((f) => [f.nodes, f]),
      );
      const suffix = lanes ? 'Lanes' : '';
      growth[`layoutPipelineMs${suffix}`] = growthOf(bySize, (f) => f.app.ms.median);
      growth[`layoutBareElkMs${suffix}`] = growthOf(bySize, (f) => f.bare.ms.median);
    }
  }
  if (figures.export) {
    const both = Object.fromEntries(Object.entries(figures.export).filter(([size]) => size !== 'svgOnly'));
    growth.exportPngMs = growthOf(both, (f) => f.png.app.ms.median);
    growth.exportSvgMs = growthOf(both, (f) => f.svg.app.ms.median);
    growth.exportSvgBytes = growthOf(both, (f) => f.svg.app.bytes);
  }
  if (figures.analytics) growth.analyticsRecomputeMs = growthOf(figures.analytics, (f) => f.recomputeMs.median);
  return growth;
}
