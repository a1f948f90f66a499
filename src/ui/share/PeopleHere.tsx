import { useEffect, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreProvider';
import { MAX_NAME_LENGTH } from '../../sync/presence';
import { PRESENCE_NAME_EVENT, presenceName, writePresenceName } from '../../sync/presenceName';
import { guestNameOf } from './guestName';

function initialOf(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? '?';
}

/**
 * Who has this shared document open, in the top bar: oneself first (click to change the name the
 * others see), then each collaborator in their colour (click to follow their pointer, again to stop).
 */
export function PeopleHere() {
  const t = useT();
  const store = useEditorStoreApi();
  const presence = useEditor((state) => state.presence);
  const [chosenName, setChosenName] = useState(presenceName);
  const [renaming, setRenaming] = useState(false);
  const [following, setFollowing] = useState<number | null>(null);

  useEffect(() => {
    const onName = () => setChosenName(presenceName());
    window.addEventListener(PRESENCE_NAME_EVENT, onName);
    return () => window.removeEventListener(PRESENCE_NAME_EVENT, onName);
  }, []);

  // Following: the view keeps the followed pointer in its middle; the person leaving ends it.
  const followed = presence?.peers.find((peer) => peer.clientId === following) ?? null;
  const followedCursor = followed?.cursor ?? null;
  useEffect(() => {
    if (followedCursor) store.getState().viewport?.centreOn(followedCursor);
  }, [followedCursor, store]);
  useEffect(() => {
    if (following !== null && followed === null) setFollowing(null);
  }, [following, followed]);

  if (!presence) return null;
  const ownName = chosenName ?? guestNameOf(t, presence.selfClientId);
  return (
    <div className="sf-people" role="group" aria-label={t('team.presence.here')}>
      {renaming ? (
        <input
          className="sf-people__rename"
          aria-label={t('team.presence.rename')}
          defaultValue={ownName}
          maxLength={MAX_NAME_LENGTH}
          autoFocus
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              writePresenceName(event.currentTarget.value);
              setRenaming(false);
            } else if (event.key === 'Escape') {
              event.stopPropagation();
              setRenaming(false);
            }
          }}
          onBlur={() => setRenaming(false)}
        />
      ) : (
        <button
          type="button"
          className="sf-people__person"
          style={{ background: presence.selfColour }}
          title={`${t('team.presence.you', { name: ownName })} — ${t('team.presence.rename')}`}
          aria-label={t('team.presence.you', { name: ownName })}
          onClick={() => setRenaming(true)}
        >
          {initialOf(ownName)}
        </button>
      )}
      {presence.peers.map((peer) => {
        const isFollowed = peer.clientId === following;
        const action = t(isFollowed ? 'team.presence.unfollow' : 'team.presence.follow', { name: peer.name });
        return (
          <button
            key={peer.clientId}
            type="button"
            className={`sf-people__person${isFollowed ? ' sf-people__person--followed' : ''}`}
            style={{ background: peer.colour }}
            title={action}
            aria-label={action}
            aria-pressed={isFollowed}
            onClick={() => setFollowing(isFollowed ? null : peer.clientId)}
          >
            {initialOf(peer.name)}
          </button>
        );
      })}
    </div>
  );
}
