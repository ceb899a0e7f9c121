// The protocol's limits, apart from its schemas: a page can read them without the schema library.

/** Largest client message accepted, in bytes; a bigger frame is refused unread. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** Longest chat message, in characters. */
export const MAX_CHAT_CHARS = 500;
/** At most this many chat messages per seat in CHAT_WINDOW_MS. */
export const CHAT_BURST = 5;
export const CHAT_WINDOW_MS = 10_000;
