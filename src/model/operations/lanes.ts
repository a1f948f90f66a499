// Swimlanes: ordered by their order keys, so a move changes one lane.

import { addLane as insertLane, moveLane as placeLane, removeLane as dropLane, renameLane as relabelLane, type NewLane } from '../graph';
import { MAX_LANES } from '../limits';
import { finish, refuse, type Operation } from './operation';

export function addLane(lane: NewLane, index?: number): Operation {
  return (doc) => {
    if (doc.lanes.length >= MAX_LANES) return refuse({ code: 'too-many', collection: 'lanes', limit: MAX_LANES });
    return finish(doc, insertLane(doc, lane, index));
  };
}

export function renameLane(id: string, label: string): Operation {
  return (doc) => {
    if (!doc.lanes.some((lane) => lane.id === id)) return refuse({ code: 'not-found', id });
    return finish(doc, relabelLane(doc, id, label));
  };
}

export function moveLane(id: string, toIndex: number): Operation {
  return (doc) => finish(doc, placeLane(doc, id, toIndex));
}

/** Removes a lane; its nodes stay, unassigned. */
export function removeLane(id: string): Operation {
  return (doc) => finish(doc, dropLane(doc, id));
}
