// Slide-ready images (issue 21): the picture grown to a slide's proportions, the diagram centred in
// it, so it drops onto a 16:9 slide without cropping or stretching.

export const SLIDE_ASPECT = 16 / 9;

/** The smallest size of these proportions that holds `size`. */
export function growToAspect<T extends { width: number; height: number }>(size: T, aspect: number): T {
  const width = Math.max(size.width, size.height * aspect);
  return { ...size, width, height: width / aspect };
}
