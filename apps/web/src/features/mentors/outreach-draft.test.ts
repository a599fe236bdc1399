import { checkOutreach } from '@matchready/core/mentorship';
import { describe, expect, it } from 'vitest';
import {
  clearDraft,
  type DraftStorage,
  draftKey,
  loadDraft,
  saveDraft,
  splitByEvidence,
} from './outreach-draft.ts';

function memoryStorage(): DraftStorage & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, value);
    },
    removeItem: (key) => {
      map.delete(key);
    },
  };
}

describe('splitByEvidence', () => {
  it('marks each quote where it occurs and keeps the rest as plain text', () => {
    const parts = splitByEvidence('Hello there. Please write me a letter. Thanks.', [
      { code: 'no-introduction', evidence: null },
      { code: 'big-first-ask', evidence: 'Please write me a letter.' },
    ]);
    expect(parts).toEqual([
      { text: 'Hello there. ', issue: null },
      { text: 'Please write me a letter.', issue: 1 },
      { text: ' Thanks.', issue: null },
    ]);
  });

  it('orders marks by position, not by issue order, and joins back to the message', () => {
    const text = 'To whom it may concern,\n\nAny advice would be appreciated.';
    const parts = splitByEvidence(text, [
      { code: 'no-specific-ask', evidence: 'Any advice would be appreciated.' },
      { code: 'generic-greeting', evidence: 'To whom it may concern' },
    ]);
    expect(parts.map((p) => p.issue)).toEqual([1, null, 0]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('leaves an overlapping or missing quote unmarked', () => {
    const parts = splitByEvidence('Abc def.', [
      { code: 'a', evidence: 'Abc def.' },
      { code: 'b', evidence: 'def' },
      { code: 'c', evidence: 'not in the text' },
    ]);
    expect(parts).toEqual([{ text: 'Abc def.', issue: 0 }]);
  });

  it('quotes what the real checker reports for a first message with problems', () => {
    const text =
      'To whom it may concern,\n\nWould you be able to write me a letter of recommendation for my ERAS application?';
    const report = checkOutreach(text);
    const marked = splitByEvidence(text, report.issues).filter((p) => p.issue !== null);
    expect(marked.map((p) => p.text)).toEqual([
      'To whom it may concern',
      'Would you be able to write me a letter of recommendation for my ERAS application?',
    ]);
  });

  it('gives one plain part for a message without quotes, none for an empty one', () => {
    expect(splitByEvidence('Fine.', [])).toEqual([{ text: 'Fine.', issue: null }]);
    expect(splitByEvidence('', [{ code: 'x', evidence: null }])).toEqual([]);
  });
});

describe('outreach drafts in storage', () => {
  it('saves, loads and clears a draft per mentor', () => {
    const storage = memoryStorage();
    expect(saveDraft(storage, 'm1', 'Dear Dr. Okafor,', '2026-12-03T02:00:00.000Z')).toBe(true);
    expect(loadDraft(storage, 'm1')).toEqual({
      text: 'Dear Dr. Okafor,',
      savedAt: '2026-12-03T02:00:00.000Z',
    });
    expect(loadDraft(storage, 'm2')).toBeNull();
    clearDraft(storage, 'm1');
    expect(loadDraft(storage, 'm1')).toBeNull();
  });

  it('removes the draft when the message is emptied', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'm1', 'Hello', '2026-12-03T02:00:00.000Z');
    saveDraft(storage, 'm1', '   ', '2026-12-03T02:01:00.000Z');
    expect(storage.map.has(draftKey('m1'))).toBe(false);
  });

  it('ignores what it did not write', () => {
    const storage = memoryStorage();
    storage.setItem(draftKey('m1'), 'not json');
    expect(loadDraft(storage, 'm1')).toBeNull();
    storage.setItem(draftKey('m1'), JSON.stringify({ v: 99, text: 'x', savedAt: 'y' }));
    expect(loadDraft(storage, 'm1')).toBeNull();
    storage.setItem(draftKey('m1'), JSON.stringify({ v: 1, text: 5, savedAt: 'y' }));
    expect(loadDraft(storage, 'm1')).toBeNull();
  });

  it('reports a refused save and survives a storage that throws', () => {
    const refusing: DraftStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(saveDraft(refusing, 'm1', 'Hello', '2026-12-03T02:00:00.000Z')).toBe(false);
    expect(loadDraft(refusing, 'm1')).toBeNull();
    expect(() => clearDraft(refusing, 'm1')).not.toThrow();
  });
});
