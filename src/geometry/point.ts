/** A point of the canvas plane, in canvas units. */
export interface Point {
  x: number;
  y: number;
}
