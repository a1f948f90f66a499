// A PowerPoint deck of a document (issue 21): one 16:9 slide with the whole diagram, then one per
// walkthrough step with the step's node, its neighbours and the edges between them, each slide's
// speaker notes from its caption. The package is written here, with fflate for the zip: pptxgenjs
// cannot bind a connector to its shapes (its issue 527), and bound connectors are the point.
// Pure: runs in a worker, in Node or on the page, where it gives the page turns between slides so
// that a cancel lands and the page keeps painting.

import { strToU8 } from 'fflate';
import type { Result } from '../../lib/result';
import { stepView } from '../../model/walkthrough/steps';
import type { SalesDocument } from '../../model/types';
import { subdocument } from '../svg/subdocument';
import { paragraphs } from './drawingText';
import {
  appPropsXml,
  CONTENT_TYPES,
  contentTypesXml,
  corePropsXml,
  notesMasterXml,
  notesSlideXml,
  presentationXml,
  PRESENTATION_PARTS,
  presPropsXml,
  relationshipsXml,
  slideLayoutXml,
  slideMasterXml,
  tableStylesXml,
  viewPropsXml,
} from './packageParts';
import { slideXml } from './slideXml';
import { themeXml } from './themeXml';
import { zipInTurns } from './zipInTurns';
import { workSlices } from '../../lib/workSlices';

export interface PptxStep {
  nodeId: string;
  /** The slide's heading, e.g. "Step 2 of 9: Qualify". */
  title: string;
  /** Speaker notes: the step's caption as text. */
  notes: string;
}

export interface PptxOptions {
  /** Heading of the first slide, usually the document's title. */
  title: string;
  overviewNotes: string;
  steps: readonly PptxStep[];
  /** Only these nodes on the first slide, and only their steps; everything when absent or empty. */
  selection?: readonly string[];
  unassignedLabel: string;
  appVersion: string;
  signal?: AbortSignal;
  /** Called after each slide with the share done, 0 to 1. */
  onProgress?: (done: number) => void;
}

export type PptxError = { code: 'empty' } | { code: 'cancelled' };

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const NOTES_TEXT = { size: 1_200, color: '000000' };

interface DeckSlide {
  document: SalesDocument;
  title: string;
  notes: string;
}

function deckSlides(doc: SalesDocument, options: PptxOptions): DeckSlide[] {
  const scope = options.selection && options.selection.length > 0 ? new Set(options.selection) : null;
  const overview = scope === null ? doc : subdocument(doc, [...scope]);
  const known = new Set(overview.nodes.map((node) => node.id));
  const steps = options.steps
    .filter((step) => known.has(step.nodeId))
    .map((step) => {
      const view = stepView(doc, step.nodeId);
      const edges = new Set(view.edgeIds);
      const part = subdocument(doc, view.nodeIds);
      return { document: { ...part, edges: part.edges.filter((edge) => edges.has(edge.id)) }, title: step.title, notes: step.notes };
    });
  return [{ document: overview, title: options.title, notes: options.overviewNotes }, ...steps];
}

export async function buildPptx(doc: SalesDocument, options: PptxOptions): Promise<Result<Uint8Array<ArrayBuffer>, PptxError>> {
  if (doc.nodes.length === 0) return { ok: false, error: { code: 'empty' } };
  const slides = deckSlides(doc, options);
  const files: [string, Uint8Array][] = [];
  const parts: { name: string; type: string }[] = [];
  const add = (name: string, xml: string, type?: string) => {
    files.push([name, strToU8(xml)]);
    if (type !== undefined) parts.push({ name, type });
  };

  const aborted = options.signal ? workSlices(options.signal) : null;
  for (const [index, slide] of slides.entries()) {
    if (aborted && (await aborted())) return { ok: false, error: { code: 'cancelled' } };
    const n = index + 1;
    add(`ppt/slides/slide${n}.xml`, slideXml({ document: slide.document, title: slide.title, unassignedLabel: options.unassignedLabel }), CONTENT_TYPES.slide);
    add(
      `ppt/slides/_rels/slide${n}.xml.rels`,
      relationshipsXml([
        ['slideLayout', '../slideLayouts/slideLayout1.xml'],
        ['notesSlide', `../notesSlides/notesSlide${n}.xml`],
      ]),
    );
    options.onProgress?.(n / slides.length);
    add(`ppt/notesSlides/notesSlide${n}.xml`, notesSlideXml(paragraphs(slide.notes, NOTES_TEXT, 'l')), CONTENT_TYPES.notesSlide);
    add(
      `ppt/notesSlides/_rels/notesSlide${n}.xml.rels`,
      relationshipsXml([
        ['notesMaster', '../notesMasters/notesMaster1.xml'],
        ['slide', `../slides/slide${n}.xml`],
      ]),
    );
  }

  add('ppt/presentation.xml', presentationXml(slides.length), CONTENT_TYPES.presentation);
  add('ppt/_rels/presentation.xml.rels', relationshipsXml([...PRESENTATION_PARTS, ...slides.map((_, i) => ['slide', `slides/slide${i + 1}.xml`] as const)]));
  add('ppt/slideMasters/slideMaster1.xml', slideMasterXml(), CONTENT_TYPES.slideMaster);
  add('ppt/slideMasters/_rels/slideMaster1.xml.rels', relationshipsXml([['slideLayout', '../slideLayouts/slideLayout1.xml'], ['theme', '../theme/theme1.xml']]));
  add('ppt/slideLayouts/slideLayout1.xml', slideLayoutXml(), CONTENT_TYPES.slideLayout);
  add('ppt/slideLayouts/_rels/slideLayout1.xml.rels', relationshipsXml([['slideMaster', '../slideMasters/slideMaster1.xml']]));
  add('ppt/notesMasters/notesMaster1.xml', notesMasterXml(), CONTENT_TYPES.notesMaster);
  add('ppt/notesMasters/_rels/notesMaster1.xml.rels', relationshipsXml([['theme', '../theme/theme2.xml']]));
  add('ppt/theme/theme1.xml', themeXml('Salesflow'), CONTENT_TYPES.theme);
  add('ppt/theme/theme2.xml', themeXml('Salesflow notes'), CONTENT_TYPES.theme);
  add('ppt/presProps.xml', presPropsXml(), CONTENT_TYPES.presProps);
  add('ppt/viewProps.xml', viewPropsXml(), CONTENT_TYPES.viewProps);
  add('ppt/tableStyles.xml', tableStylesXml(), CONTENT_TYPES.tableStyles);
  add('docProps/core.xml', corePropsXml(options.title, options.appVersion), CONTENT_TYPES.core);
  add('docProps/app.xml', appPropsXml(slides.length), CONTENT_TYPES.app);
  add(
    '_rels/.rels',
    relationshipsXml([
      ['officeDocument', 'ppt/presentation.xml'],
      ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
      ['extended-properties', 'docProps/app.xml'],
    ]),
  );
  // The content-type table first, as Office writes it: some readers sniff the zip's first entry.
  const zipped = await zipInTurns([['[Content_Types].xml', strToU8(contentTypesXml(parts))], ...files], options.signal);
  return zipped === null ? { ok: false, error: { code: 'cancelled' } } : { ok: true, value: zipped };
}
