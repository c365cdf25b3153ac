/**
 * A loaded list with this page's own changes laid over it: a saved or created row shows at once,
 * without reloading the list, and the notice says what happened.
 */
import { useMemo, useState } from 'react';

/** `keyOf` should be defined outside the component, so the list is not recomputed every render. */
export function useEditedList<T>(loaded: readonly T[] | null, keyOf: (item: T) => string) {
  const [changes, setChanges] = useState<Map<string, T>>(new Map());
  const [notice, setNotice] = useState<string | null>(null);

  const items = useMemo(() => {
    if (!loaded) return [];
    const known = loaded.map((item) => changes.get(keyOf(item)) ?? item);
    const added = [...changes.values()].filter(
      (item) => !loaded.some((k) => keyOf(k) === keyOf(item)),
    );
    return [...known, ...added];
  }, [loaded, changes, keyOf]);

  const remember = (item: T, message?: string) => {
    setChanges((m) => new Map(m).set(keyOf(item), item));
    if (message !== undefined) setNotice(message);
  };

  return { items, remember, notice, setNotice };
}
