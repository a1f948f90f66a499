import { z } from 'zod';

// zod 4 probes `new Function` for its JIT and logs a CSP violation under our policy even though it
// catches the error (zod issues 4461 and 5414). Import this module before any schema is built.
z.config({ jitless: true });

export { z };
