import { memo } from 'react';
import { useStore } from '@xyflow/react';
import type { EditorState } from '../store/editorStore';
import { useEditor } from '../store/EditorStoreProvider';
import { ViewportLayer } from './ViewportLayer';

type Peer = NonNullable<EditorState['presence']>['peers'][number];

/** Room between a node and a collaborator's selection outline, in screen pixels. */
const OUTLINE_GAP = 4;

function PeerCursor({ peer, zoom }: { peer: Peer; zoom: number }) {
  if (peer.cursor === null) return null;
  // The same size on screen at any zoom, as a pointer is.
  return (
    <div className="sf-peer-cursor" style={{ transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px) scale(${1 / zoom})`, color: peer.colour }} data-peer={peer.clientId}>
      <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
        <path d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z" fill="currentColor" stroke="#fff" strokeWidth="1.2" strokeLinejoin="round" />
      </svg>
      <span className="sf-peer-tag" style={{ background: peer.colour }}>
        {peer.name}
      </span>
    </div>
  );
}

function PeerSelections({ peer, zoom }: { peer: Peer; zoom: number }) {
  const nodes = useEditor((state) => state.document.nodes);
  if (peer.selection.length === 0) return null;
  const selected = new Set(peer.selection);
  const gap = OUTLINE_GAP / zoom;
  return nodes
    .filter((node) => selected.has(node.id))
    .map((node) => (
      <div
        key={node.id}
        className="sf-peer-selection"
        data-peer={peer.clientId}
        data-node={node.id}
        style={{
          left: node.position.x - gap,
          top: node.position.y - gap,
          width: node.size.width + 2 * gap,
          height: node.size.height + 2 * gap,
          borderColor: peer.colour,
          borderWidth: 2 / zoom,
        }}
      />
    ));
}

/** The other people in a shared document: their pointers, with their names, and what they selected. */
function PeerLayerComponent() {
  const peers = useEditor((state) => state.presence?.peers);
  const zoom = useStore((state) => state.transform[2]);
  if (!peers || peers.length === 0) return null;
  return (
    <ViewportLayer>
      <div className="sf-peers">
        {peers.map((peer) => (
          <div key={peer.clientId}>
            <PeerSelections peer={peer} zoom={zoom} />
            <PeerCursor peer={peer} zoom={zoom} />
          </div>
        ))}
      </div>
    </ViewportLayer>
  );
}

export const PeerLayer = memo(PeerLayerComponent);
