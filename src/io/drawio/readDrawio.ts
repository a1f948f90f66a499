// A draw.io file (`.drawio`, `.xml`) read into one imported graph per page. An `mxfile` holds
// `diagram` pages, each either plain (an `mxGraphModel` inside) or compressed (its text; see
// inflatePage.ts); a bare `mxGraphModel` is one page. Pure and synchronous: the app runs it in a
// worker (drawioWorker.ts), the tests call it directly.

import { err, ok, type Result } from '../../lib/result';
import { readCells } from './drawioCells';
import { inflateFailure, xmlFailure, type DrawioError } from './drawioErrors';
import { drawioPageGraph, type DrawioPageGraph } from './drawioPageGraph';
import { inflatePage, MAX_INFLATED_BYTES } from './inflatePage';
import { findElement, parseXml, type XmlElement } from './xmlTree';

export interface DrawioPage extends DrawioPageGraph {
  name: string;
}

export interface DrawioImport {
  pages: DrawioPage[];
}

/** Far above real diagrams; each page is inflated and read in turn. */
export const MAX_DRAWIO_PAGES = 100;

/** The inflation budget is shared by all pages, so that many small bombs are one big one. */
interface Budget {
  left: number;
}

function pageModel(diagram: XmlElement, name: string, budget: Budget): Result<XmlElement | undefined, DrawioError> {
  const plain = diagram.children.find((child) => child.name === 'mxGraphModel');
  if (plain) return ok(plain);
  const text = diagram.text.trim();
  if (text === '') return ok(undefined);
  const inflated = inflatePage(text, budget.left);
  if (!inflated.ok) return err(inflateFailure(inflated.error.code === 'inflated-too-large' ? { ...inflated.error, limit: MAX_INFLATED_BYTES } : inflated.error, name));
  budget.left -= inflated.value.length;
  const parsed = parseXml(inflated.value);
  if (!parsed.ok) return err(xmlFailure(parsed.error));
  const model = findElement(parsed.value, 'mxGraphModel');
  return model ? ok(model) : err({ code: 'bad-compressed-page', page: name });
}

function readPage(model: XmlElement | undefined, name: string): Result<DrawioPage, DrawioError> {
  const graph = drawioPageGraph(model ? readCells(model) : []);
  return graph.ok ? ok({ name, ...graph.value }) : err(graph.error);
}

export function readDrawio(text: string): Result<DrawioImport, DrawioError> {
  const parsed = parseXml(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return err(xmlFailure(parsed.error));
  const top = parsed.value.children.find((child) => child.name === 'mxfile' || child.name === 'mxGraphModel');
  if (!top) return err({ code: 'not-drawio' });
  if (top.name === 'mxGraphModel') {
    const page = readPage(top, '');
    return page.ok ? ok({ pages: [page.value] }) : err(page.error);
  }
  const diagrams = top.children.filter((child) => child.name === 'diagram').slice(0, MAX_DRAWIO_PAGES);
  if (diagrams.length === 0) return err({ code: 'no-pages' });
  const pages: DrawioPage[] = [];
  const budget: Budget = { left: MAX_INFLATED_BYTES };
  for (const [index, diagram] of diagrams.entries()) {
    const name = diagram.attributes.get('name')?.trim() || `${index + 1}`;
    const model = pageModel(diagram, name, budget);
    if (!model.ok) return err(model.error);
    const page = readPage(model.value, name);
    if (!page.ok) return err(page.error);
    pages.push(page.value);
  }
  return ok({ pages });
}
