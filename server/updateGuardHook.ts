// The update guard (updateGuard.ts) as a Hocuspocus extension: every message a client sends passes
// `beforeHandleMessage` before Hocuspocus applies it, and a hook that throws ends that client's
// connection to the document with the message unapplied. Only the sync messages that carry an
// update are read; the check is synchronous, so messages keep their order.

import { IncomingMessage, MessageType, type Extension } from '@hocuspocus/server';
import { refusalOf } from './updateGuard';

// y-protocols' sync messages: step 1 carries a state vector, step 2 and update carry an update.
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The client closes the document with this reason; the code is Hocuspocus's close event's. */
export const UPDATE_REFUSED = { code: 4413, reason: 'Update refused' };

function updateIn(message: Uint8Array): Uint8Array | null {
  const incoming = new IncomingMessage(message);
  incoming.readVarString();
  const type = incoming.readVarUint();
  if (type !== MessageType.Sync && type !== MessageType.SyncReply) return null;
  const step = incoming.readVarUint();
  return step === SYNC_STEP_2 || step === SYNC_UPDATE ? incoming.readVarUint8Array() : null;
}

export const updateGuardExtension: Extension = {
  async beforeHandleMessage({ update: message, document, documentName }) {
    const update = updateIn(message);
    if (update === null) return;
    const refusal = refusalOf(document, update);
    if (refusal !== null) throw Object.assign(new Error(`update to ${documentName} refused: ${refusal}`), UPDATE_REFUSED);
  },
};
