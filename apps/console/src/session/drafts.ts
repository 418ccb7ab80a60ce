import { useCallback, useState } from 'react';

/**
 * Unsaved form input, kept in memory (never in storage) until it is sent, so an expired session or
 * a wander to another page does not lose a half-recorded meeting. Signing out forgets every draft.
 */
const drafts = new Map<string, unknown>();

export function forgetAllDrafts(): void {
  drafts.clear();
}

export function useDraft<T>(key: string, initial: T): [T, (update: T | ((current: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => (drafts.has(key) ? (drafts.get(key) as T) : initial));
  const update = useCallback(
    (next: T | ((current: T) => T)) => {
      setValue((current) => {
        const resolved = typeof next === 'function' ? (next as (current: T) => T)(current) : next;
        drafts.set(key, resolved);
        return resolved;
      });
    },
    [key],
  );
  const discard = useCallback(() => {
    drafts.delete(key);
    setValue(initial);
  }, [key, initial]);
  return [value, update, discard];
}
