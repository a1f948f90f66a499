// Using a template: its document in the user's language, as a new document of its own, through
// the same door as an imported file (DESIGN.md, "Validation at every door").

import { APP_VERSION } from '../../lib/appVersion';
import type { Result } from '../../lib/result';
import type { DocumentError } from '../errors';
import { parseDocumentValue } from '../parse';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { FILE_FORMAT, type SalesDocument } from '../types';
import { localizeDocument, type DocumentIdentity } from './localize';
import type { Template, TemplateLanguage } from './types';

/**
 * A new document from the template, labelled in `language`. A template from parseTemplateValue
 * always resolves; the Result is for templates built in code, which nothing has checked yet.
 * The document shares no objects with the template.
 */
export function resolveTemplate(
  template: Template,
  language: TemplateLanguage,
  identity: DocumentIdentity,
): Result<SalesDocument, DocumentError> {
  return parseDocumentValue({
    format: FILE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    writtenBy: { app: 'salesflow', version: APP_VERSION },
    document: localizeDocument(template.document, language, identity),
  });
}
