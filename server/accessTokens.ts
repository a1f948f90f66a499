// The edit and view links' tokens of one document at its current generation.

import { signToken } from './tokens';

export interface DocumentTokens {
  edit: string;
  view: string;
}

export function tokensFor(document: string, generation: number, secret: string): DocumentTokens {
  return {
    edit: signToken({ document, role: 'edit', generation }, secret),
    view: signToken({ document, role: 'view', generation }, secret),
  };
}
