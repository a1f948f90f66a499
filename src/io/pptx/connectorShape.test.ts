import { describe, expect, it } from 'vitest';
import { connectorShape } from './connectorShape';

describe('connectorShape', () => {
  it('a straight run is a straight connector', () => {
    expect(connectorShape([{ x: 0, y: 10 }, { x: 100, y: 10 }], ['right', 'left'])).toMatchObject({ prst: 'straightConnector1', rotation: 0, flipH: false });
  });

  it('a run across, down and across again keeps its middle where the route turns', () => {
    const shape = connectorShape([{ x: 0, y: 0 }, { x: 25, y: 0 }, { x: 25, y: 40 }, { x: 100, y: 40 }], ['right', 'left']);
    expect(shape).toMatchObject({ prst: 'bentConnector3', rotation: 0, flipH: false, flipV: false, middle: 25_000 });
  });

  it('going right to left flips the box', () => {
    const shape = connectorShape([{ x: 100, y: 0 }, { x: 60, y: 0 }, { x: 60, y: 40 }, { x: 0, y: 40 }], ['left', 'right']);
    expect(shape).toMatchObject({ prst: 'bentConnector3', flipH: true, middle: 40_000 });
  });

  it('a route that leaves downwards is the preset turned a quarter, with the box sides swapped', () => {
    const shape = connectorShape([{ x: 0, y: 0 }, { x: 0, y: 30 }, { x: 80, y: 30 }, { x: 80, y: 60 }], ['bottom', 'top']);
    expect(shape).toMatchObject({ prst: 'bentConnector3', rotation: 90, extent: { width: 60, height: 80 }, middle: 50_000 });
  });

  it('a route that doubles back puts the middle run past the end', () => {
    const shape = connectorShape([{ x: 0, y: 0 }, { x: 120, y: 0 }, { x: 120, y: 50 }, { x: 100, y: 50 }], ['right', 'right']);
    expect(shape?.middle).toBe(120_000);
  });

  it('one bend is the elbow with one turn', () => {
    expect(connectorShape([{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 50, y: 50 }], ['right', 'top'])).toMatchObject({ prst: 'bentConnector2', rotation: 0 });
    expect(connectorShape([{ x: 0, y: 0 }, { x: 0, y: 50 }, { x: 50, y: 50 }], ['bottom', 'left'])).toMatchObject({ prst: 'bentConnector2', rotation: 90 });
  });
});
