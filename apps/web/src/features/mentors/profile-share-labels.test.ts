import { describe, expect, it } from 'vitest';
import {
  formatProfileValue,
  PROFILE_FIELD_LABELS,
  SHAREABLE_PROFILE_FIELDS,
} from './profile-share-labels.ts';

describe('profile share labels', () => {
  it('has a label for every shareable field', () => {
    expect(Object.keys(PROFILE_FIELD_LABELS).sort()).toEqual([...SHAREABLE_PROFILE_FIELDS].sort());
  });

  it('writes values in words', () => {
    expect(formatProfileValue('h1b')).toBe('H-1B');
    expect(formatProfileValue('non-us-img')).toBe('Non-US IMG');
    expect(formatProfileValue(241)).toBe('241');
    expect(formatProfileValue(['Internal Medicine', 'Pediatrics'])).toBe(
      'Internal Medicine, Pediatrics',
    );
    expect(formatProfileValue('India')).toBe('India');
    expect(formatProfileValue(null)).toBe('Not answered');
    expect(formatProfileValue([])).toBe('Not answered');
  });
});
