// A template file the user picked, through the same door as the bundled ones: the size is checked
// before reading (as for documents), then parseTemplateFile.

import { err, type Result } from '../../lib/result';
import type { DocumentError } from '../../model/errors';
import { parseTemplateFile } from '../../model/templates/parseTemplate';
import type { Template } from '../../model/templates/types';
import { MAX_IMPORT_BYTES } from '../import/readDocumentFile';

export type TemplateFileError = { code: 'too-large' } | { code: 'read-failed' } | { code: 'document'; error: DocumentError };

export async function readTemplateFile(file: Blob): Promise<Result<Template, TemplateFileError>> {
  if (file.size > MAX_IMPORT_BYTES) return err({ code: 'too-large' });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return err({ code: 'read-failed' });
  }
  const parsed = parseTemplateFile(text);
  return parsed.ok ? parsed : err({ code: 'document', error: parsed.error });
}
