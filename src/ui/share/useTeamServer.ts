import { useState } from 'react';
import { servedByTeamServer } from '../../sync/teamServer';

/** Whether this page was served by a team server; false in the stand-alone app. */
export function useTeamServer(): boolean {
  const [served] = useState(servedByTeamServer);
  return served;
}
