// Links are checked against the model's own rule (schema.ts) before they reach the document.

import { isAllowedLink, MAX_LABEL_LENGTH } from '../../model/schema';

export type LinkInput = { ok: true; link: string | undefined } | { ok: false };

const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
// A host name with a dot, then an optional port, path, query or fragment.
const BARE_HOST = /^[^\s@/:?#]+\.[^\s@/:?#]+(?:[/:?#]\S*)?$/;

function allowed(link: string): boolean {
  return link.length <= MAX_LABEL_LENGTH && isAllowedLink(link);
}

// People paste "crm.example.com/view" or "anna@example.com" as the address bar or their mail
// client shows them; such text would be refused, so the obvious scheme is added first.
export function parseLinkInput(text: string): LinkInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, link: undefined };
  const candidates = [trimmed];
  if (EMAIL.test(trimmed)) candidates.push(`mailto:${trimmed}`);
  else if (BARE_HOST.test(trimmed)) candidates.push(`https://${trimmed}`);
  const link = candidates.find(allowed);
  return link === undefined ? { ok: false } : { ok: true, link };
}
