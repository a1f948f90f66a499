import type { Translate } from '../../i18n/I18nProvider';
import type { FlowNode } from '../../model/types';

/** A node as a sentence names it: its label on one line, or its kind when it has none. */
export function nodeName(node: FlowNode | undefined, t: Translate): string {
  if (node === undefined) return '';
  const label = node.label.replace(/\s+/g, ' ').trim();
  return label === '' ? t(`kind.${node.kind}`) : label;
}
