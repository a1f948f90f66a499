// Why the team server turned a connection away, as its permission-denied message says. Hocuspocus
// answers every error thrown while authenticating with that message; a database out of reach
// must not read as lost access, so the server names it and the client retries instead.

/** The server could not check the link: its database is out of reach for now. */
export const STORAGE_UNAVAILABLE = 'storage-unavailable';
