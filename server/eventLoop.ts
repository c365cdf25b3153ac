/** Resolves on a later turn of the event loop, after the I/O already waiting has been served. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
