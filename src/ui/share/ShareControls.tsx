import { Share2 } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { IconButton } from '../IconButton';
import { ShareDialog } from './ShareDialog';
import { useTeamServer } from './useTeamServer';

/** `Share`, in an app served by a team server only: the stand-alone app shows nothing new. */
export function ShareControls() {
  const t = useT();
  const served = useTeamServer();
  const [open, setOpen] = useState(false);
  if (!served) return null;
  return (
    <>
      <IconButton label={t('team.share')} icon={<Share2 size={18} />} onClick={() => setOpen(true)} />
      {open ? <ShareDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
