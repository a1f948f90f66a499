// Text as DrawingML paragraphs: one paragraph per line the user typed, with the Latin and the East
// Asian font named on every run, so that PowerPoint shows Chinese in a Chinese font rather than in
// whatever its Latin font falls back to.

import { element } from '../svg/svgElement';
import { escapeXml } from '../svg/escapeXml';

// Fonts every PowerPoint has (Windows and Mac), which viewers without them replace by metric twins.
export const LATIN_FONT = 'Arial';
export const EAST_ASIAN_FONT = 'Microsoft YaHei';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

export interface RunStyle {
  /** Hundredths of a point. */
  size: number;
  /** RRGGBB. */
  color: string;
  bold?: boolean;
}

function runProperties(text: string, style: RunStyle): string {
  // The language tag picks the proofing and line-breaking rules; Chinese text breaks between any two characters.
  const lang = CJK.test(text) ? 'zh-CN' : 'en-US';
  return element(
    'a:rPr',
    { lang, altLang: lang === 'zh-CN' ? 'en-US' : undefined, sz: style.size, b: style.bold ? 1 : undefined, dirty: 0 },
    element('a:solidFill', {}, element('a:srgbClr', { val: style.color })) +
      element('a:latin', { typeface: LATIN_FONT }) +
      element('a:ea', { typeface: EAST_ASIAN_FONT }) +
      element('a:cs', { typeface: LATIN_FONT }),
  );
}

/** Paragraphs of `text`, each centred or left-aligned; an empty text keeps one empty paragraph. */
export function paragraphs(text: string, style: RunStyle, align: 'ctr' | 'l' = 'ctr'): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const properties = element('a:pPr', { algn: align });
      if (line === '') return element('a:p', {}, properties + element('a:endParaRPr', { lang: 'en-US', sz: style.size, dirty: 0 }));
      return element('a:p', {}, properties + element('a:r', {}, runProperties(line, style) + element('a:t', {}, escapeXml(line))));
    })
    .join('');
}

export interface TextBodyOptions {
  /** Insets from the shape's text box, EMU. */
  insets: { left: number; top: number; right: number; bottom: number };
  anchor: 't' | 'ctr';
  /** Lane headers of rows run up their narrow column. */
  vertical?: boolean;
  align?: 'ctr' | 'l';
  /** Off for text already broken into lines (edge labels, as the placer sized them). */
  wrap?: boolean;
}

export function textBody(text: string, style: RunStyle, options: TextBodyOptions): string {
  const { insets } = options;
  const body = element(
    'a:bodyPr',
    {
      wrap: options.wrap === false ? 'none' : 'square',
      lIns: insets.left,
      tIns: insets.top,
      rIns: insets.right,
      bIns: insets.bottom,
      anchor: options.anchor,
      vert: options.vertical ? 'vert270' : undefined,
      rtlCol: 0,
    },
    element('a:noAutofit', {}),
  );
  return element('p:txBody', {}, body + element('a:lstStyle', {}) + paragraphs(text, style, options.align));
}
