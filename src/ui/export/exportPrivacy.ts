// What the export dialog hands its writers (issues 19 and 21). Confidential overrides every other
// choice: the writers get the process without figures (src/model/privacy.ts) and are asked for no
// figures and no rates, so that no format (image, handout, deck, JSON, Mermaid, draw.io) can carry one.

import { withoutActuals, withoutFigures } from '../../model/privacy';
import type { SalesDocument } from '../../model/types';

export interface ExportPrivacy {
  confidential: boolean;
  /** Actuals out of the file: the default, since deal data is the team's CRM in aggregate. */
  leaveOutActuals: boolean;
}

export interface ExportInputs {
  document: SalesDocument;
  /** Draw the forecast on images and handouts. */
  figures: boolean;
  /** Write conversion rates into Mermaid and draw.io labels. */
  rates: boolean;
}

export function exportInputs(document: SalesDocument, privacy: ExportPrivacy, wanted: { figures: boolean; rates: boolean }): ExportInputs {
  if (privacy.confidential) return { document: withoutFigures(document), figures: false, rates: false };
  return { document: privacy.leaveOutActuals ? withoutActuals(document) : document, ...wanted };
}
