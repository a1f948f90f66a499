// The deck's theme: the smallest complete one PowerPoint accepts (twelve colours, a font scheme
// with its East Asian font, three fills, lines, effects and backgrounds). Our shapes name their own
// colours and fonts; the theme only backs what the user adds afterwards.

import { EAST_ASIAN_FONT, LATIN_FONT } from './drawingText';
import { XML_HEADER } from './namespaces';

const COLOURS: readonly [string, string][] = [
  ['dk1', '000000'],
  ['lt1', 'FFFFFF'],
  ['dk2', '1E293B'],
  ['lt2', 'F1F5F9'],
  ['accent1', '2563EB'],
  ['accent2', '16A34A'],
  ['accent3', 'D97706'],
  ['accent4', '7C3AED'],
  ['accent5', '0D9488'],
  ['accent6', 'E11D48'],
  ['hlink', '2563EB'],
  ['folHlink', '7C3AED'],
];

const FONTS = `<a:latin typeface="${LATIN_FONT}"/><a:ea typeface="${EAST_ASIAN_FONT}"/><a:cs typeface="${LATIN_FONT}"/>`;
const FILL = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
const LINE = (w: number) => `<a:ln w="${w}"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>`;
const EFFECT = '<a:effectStyle><a:effectLst/></a:effectStyle>';

export function themeXml(name: string): string {
  const colours = COLOURS.map(([slot, hex]) => `<a:${slot}><a:srgbClr val="${hex}"/></a:${slot}>`).join('');
  return (
    XML_HEADER +
    `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="${name}"><a:themeElements>` +
    `<a:clrScheme name="Salesflow">${colours}</a:clrScheme>` +
    `<a:fontScheme name="Salesflow"><a:majorFont>${FONTS}</a:majorFont><a:minorFont>${FONTS}</a:minorFont></a:fontScheme>` +
    `<a:fmtScheme name="Salesflow"><a:fillStyleLst>${FILL.repeat(3)}</a:fillStyleLst>` +
    `<a:lnStyleLst>${LINE(9525)}${LINE(19050)}${LINE(28575)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${EFFECT.repeat(3)}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${FILL.repeat(3)}</a:bgFillStyleLst></a:fmtScheme>` +
    '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
  );
}
