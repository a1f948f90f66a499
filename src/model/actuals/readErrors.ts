// Why a file could not be read as a table; src/i18n says each in the user's language.

export type TableReadError =
  | { code: 'not-a-table' }
  | { code: 'empty' }
  | { code: 'too-large'; bytes: number; limitBytes: number }
  | { code: 'too-many-rows'; limit: number }
  | { code: 'unreadable-encoding' }
  | { code: 'big5' }
  | { code: 'xlsx-unreadable' }
  | { code: 'cancelled' }
  | { code: 'worker-failed' };

export type TableReadErrorCode = TableReadError['code'];
