// A template file the user picked, through the same door as documents and the bundled templates:
// the size is checked before reading, then parseTemplateFile.

import type { Result } from '../../lib/result';
import { parseTemplateFile } from '../../model/templates/parseTemplate';
import type { Template } from '../../model/templates/types';
import { readFileThrough, type ImportError } from '../import/readFileThrough';

export type TemplateFileError = ImportError;

export function readTemplateFile(file: Blob): Promise<Result<Template, TemplateFileError>> {
  return readFileThrough(file, parseTemplateFile);
}
