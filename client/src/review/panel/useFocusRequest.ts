/** `?thread=<id>` in the address (from the inbox): the thread to focus once it has loaded. */
import { useState } from 'react';

export const THREAD_PARAM = 'thread';

export function threadFromAddress(): string | null {
  return new URLSearchParams(window.location.search).get(THREAD_PARAM);
}

/** The requested thread id until `done()` is called. */
export function useFocusRequest(): { requested: string | null; done: () => void } {
  const [requested, setRequested] = useState(threadFromAddress);
  return { requested, done: () => setRequested(null) };
}
