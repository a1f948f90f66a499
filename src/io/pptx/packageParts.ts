// The parts of the package that do not depend on the diagram: the slide master and its one blank
// layout, the notes master, the presentation's properties, and the relationship and content-type
// tables that tie the parts together (ECMA-376 part 2, Open Packaging Conventions).

import { element } from '../svg/svgElement';
import { escapeXml } from '../svg/escapeXml';
import { GROUP_ROOT, NAMESPACES, XML_HEADER } from './namespaces';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from './slideFrame';

const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PML = 'application/vnd.openxmlformats-officedocument.presentationml';

/**
 * A part's relationships, numbered `rId1`, `rId2`… in order. A type is the last part of its URI,
 * under the Office namespace unless it is absolute.
 */
export function relationshipsXml(relationships: readonly (readonly [type: string, target: string])[]): string {
  const items = relationships.map(([type, target], i) =>
    element('Relationship', { Id: `rId${i + 1}`, Type: type.startsWith('http') ? type : `${OFFICE_REL}/${type}`, Target: target }),
  );
  return XML_HEADER + element('Relationships', { xmlns: 'http://schemas.openxmlformats.org/package/2006/relationships' }, items.join(''));
}

/** Content types by part name; every part of the package but the relationship parts. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  presentation: `${PML}.presentation.main+xml`,
  slide: `${PML}.slide+xml`,
  slideLayout: `${PML}.slideLayout+xml`,
  slideMaster: `${PML}.slideMaster+xml`,
  notesMaster: `${PML}.notesMaster+xml`,
  notesSlide: `${PML}.notesSlide+xml`,
  presProps: `${PML}.presProps+xml`,
  viewProps: `${PML}.viewProps+xml`,
  tableStyles: `${PML}.tableStyles+xml`,
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
};

export function contentTypesXml(parts: readonly { name: string; type: string }[]): string {
  const defaults =
    element('Default', { Extension: 'rels', ContentType: 'application/vnd.openxmlformats-package.relationships+xml' }) +
    element('Default', { Extension: 'xml', ContentType: 'application/xml' });
  const overrides = parts.map((part) => element('Override', { PartName: `/${part.name}`, ContentType: part.type })).join('');
  return XML_HEADER + element('Types', { xmlns: 'http://schemas.openxmlformats.org/package/2006/content-types' }, defaults + overrides);
}

/** The presentation's relationships before its slides': master, notes master, theme, three property parts. */
export const PRESENTATION_PARTS: readonly (readonly [string, string])[] = [
  ['slideMaster', 'slideMasters/slideMaster1.xml'],
  ['notesMaster', 'notesMasters/notesMaster1.xml'],
  ['theme', 'theme/theme1.xml'],
  ['presProps', 'presProps.xml'],
  ['viewProps', 'viewProps.xml'],
  ['tableStyles', 'tableStyles.xml'],
];

export function presentationXml(slideCount: number): string {
  const first = PRESENTATION_PARTS.length + 1;
  const slides = Array.from({ length: slideCount }, (_, i) => element('p:sldId', { id: 256 + i, 'r:id': `rId${first + i}` })).join('');
  return (
    XML_HEADER +
    element(
      'p:presentation',
      { ...NAMESPACES, saveSubsetFonts: 1 },
      '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>' +
        '<p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst>' +
        element('p:sldIdLst', {}, slides) +
        element('p:sldSz', { cx: SLIDE_WIDTH, cy: SLIDE_HEIGHT }) +
        element('p:notesSz', { cx: 6_858_000, cy: 9_144_000 }),
    )
  );
}

const COLOUR_MAP =
  'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" ' +
  'accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"';

export function slideMasterXml(): string {
  return (
    XML_HEADER +
    element(
      'p:sldMaster',
      NAMESPACES,
      `<p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>${GROUP_ROOT}</p:spTree></p:cSld>` +
        `<p:clrMap ${COLOUR_MAP}/>` +
        '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>',
    )
  );
}

export function slideLayoutXml(): string {
  return (
    XML_HEADER +
    element(
      'p:sldLayout',
      { ...NAMESPACES, type: 'blank', preserve: 1 },
      `<p:cSld name="Blank"><p:spTree>${GROUP_ROOT}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>`,
    )
  );
}

function placeholder(id: number, name: string, type: 'sldImg' | 'body', frame: string, locks: string, text = ''): string {
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks ${locks}/></p:cNvSpPr>` +
    `<p:nvPr><p:ph type="${type}"${type === 'body' ? ' idx="1"' : ''}/></p:nvPr></p:nvSpPr><p:spPr>${frame}</p:spPr>${text}</p:sp>`
  );
}

const IMAGE_FRAME = '<a:xfrm><a:off x="381000" y="685800"/><a:ext cx="6096000" cy="3429000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>';
const NOTES_FRAME = '<a:xfrm><a:off x="685800" y="4400550"/><a:ext cx="5486400" cy="3600450"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>';
const IMAGE_LOCKS = 'noGrp="1" noRot="1" noChangeAspect="1"';

export function notesMasterXml(): string {
  return (
    XML_HEADER +
    element(
      'p:notesMaster',
      NAMESPACES,
      `<p:cSld><p:spTree>${GROUP_ROOT}` +
        placeholder(2, 'Slide Image Placeholder 1', 'sldImg', IMAGE_FRAME, IMAGE_LOCKS) +
        placeholder(3, 'Notes Placeholder 2', 'body', NOTES_FRAME, 'noGrp="1"') +
        `</p:spTree></p:cSld><p:clrMap ${COLOUR_MAP}/>`,
    )
  );
}

/** The speaker notes of one slide: the slide's picture above, the caption's text below. */
export function notesSlideXml(paragraphsXml: string): string {
  const body = placeholder(3, 'Notes Placeholder 2', 'body', '', 'noGrp="1"', `<p:txBody><a:bodyPr/><a:lstStyle/>${paragraphsXml}</p:txBody>`);
  return (
    XML_HEADER +
    element(
      'p:notes',
      NAMESPACES,
      `<p:cSld><p:spTree>${GROUP_ROOT}` +
        placeholder(2, 'Slide Image Placeholder 1', 'sldImg', '', IMAGE_LOCKS) +
        body +
        '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>',
    )
  );
}

export function presPropsXml(): string {
  return XML_HEADER + element('p:presentationPr', NAMESPACES);
}

export function viewPropsXml(): string {
  return XML_HEADER + element('p:viewPr', NAMESPACES);
}

export function tableStylesXml(): string {
  return XML_HEADER + '<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>';
}

export function corePropsXml(title: string, appVersion: string): string {
  return (
    XML_HEADER +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Salesflow ${escapeXml(appVersion)}</dc:creator></cp:coreProperties>`
  );
}

export function appPropsXml(slideCount: number): string {
  return (
    XML_HEADER +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
    `<Application>Salesflow</Application><PresentationFormat>Widescreen</PresentationFormat><Slides>${slideCount}</Slides></Properties>`
  );
}
