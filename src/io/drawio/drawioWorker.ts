// Reads a draw.io file off the page's thread: inflating and walking a large diagram takes long
// enough to freeze the tab. The worker has no DOMParser, hence our own XML reader (xmlTree.ts).
import { answerEach } from '../../lib/oneShotWorker';
import { err } from '../../lib/result';
import { readDrawio } from './readDrawio';
import type { DrawioResult } from './readDrawioInWorker';

answerEach<string, DrawioResult>(readDrawio, () => err({ code: 'worker-failed' }));
