import { useEffect, useState } from 'react';
import { detectTeamServer } from '../../sync/teamServer';

// Asked once per page: the origin that served the page does not change while it is open.
let answer: Promise<boolean> | null = null;

/** Whether this page was served by a team server; false until known, and in the stand-alone app. */
export function useTeamServer(): boolean {
  const [served, setServed] = useState(false);
  useEffect(() => {
    let live = true;
    answer ??= detectTeamServer();
    void answer.then((value) => {
      if (live) setServed(value);
    });
    return () => {
      live = false;
    };
  }, []);
  return served;
}
