import type { Dispatch, SetStateAction } from 'react';
import { useCallback, useEffect, useState } from 'react';
import type { AnswerValue } from './answer-box.tsx';

const EMPTY: AnswerValue = { text: '', source: 'typed' };
const PREFIX = 'matchready:answer-draft:';

function read(key: string): AnswerValue {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (raw === null) return EMPTY;
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === 'object' &&
      value !== null &&
      'text' in value &&
      typeof value.text === 'string' &&
      'source' in value &&
      (value.source === 'typed' || value.source === 'speech')
    ) {
      return { text: value.text, source: value.source };
    }
  } catch {
    // storage blocked or a damaged entry: start empty
  }
  return EMPTY;
}

function write(key: string, value: AnswerValue): void {
  try {
    if (value.text.trim() === '') window.localStorage.removeItem(PREFIX + key);
    else window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // storage full or blocked: the draft lives only in memory
  }
}

/**
 * An answer draft kept in this browser's local storage under `key` (issue 13: a reload never
 * loses a typed answer). `clear` forgets it, after a successful submit.
 */
export function useAnswerDraft(
  key: string,
): [AnswerValue, Dispatch<SetStateAction<AnswerValue>>, () => void, boolean] {
  const [state, setState] = useState(() => ({ key, value: read(key) }));
  const [restored] = useState(() => read(key).text.trim() !== '');
  // A new key (the next mock question) starts from its own draft.
  const value = state.key === key ? state.value : read(key);
  useEffect(() => {
    if (state.key !== key) setState({ key, value: read(key) });
  }, [key, state.key]);
  const setValue: Dispatch<SetStateAction<AnswerValue>> = useCallback(
    (next) => {
      setState((current) => {
        const base = current.key === key ? current.value : read(key);
        const updated = typeof next === 'function' ? next(base) : next;
        write(key, updated);
        return { key, value: updated };
      });
    },
    [key],
  );
  const clear = useCallback(() => {
    write(key, EMPTY);
    setState({ key, value: EMPTY });
  }, [key]);
  return [value, setValue, clear, restored];
}
