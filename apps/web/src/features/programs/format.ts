import type { ProgramRecord, ProgramTier } from '@matchready/contract';

export const TIER_LABEL: Readonly<Record<ProgramTier, string>> = {
  safety: 'Safety',
  target: 'Target',
  reach: 'Reach',
};

/** Tier colours; text on light badges keeps AA contrast with the .9 shade. */
export const TIER_COLOR: Readonly<Record<ProgramTier, string>> = {
  safety: 'teal',
  target: 'brand',
  reach: 'orange',
};

export const percent = (x: number, digits = 0): string => `${(x * 100).toFixed(digits)}%`;

/** "Springfield, NY" / "NY" / "Location not reported". */
export function place(program: Pick<ProgramRecord, 'city' | 'state'>): string {
  if (program.city && program.state) return `${program.city}, ${program.state}`;
  return program.state ?? program.city ?? 'Location not reported';
}

const yesNo = (value: boolean | null, yes: string, no: string) =>
  value === null ? 'not reported' : value ? yes : no;

/** One line about visas, "not reported" spelled out (unknown never means no). */
export const visaSummary = (p: Pick<ProgramRecord, 'j1' | 'h1b'>): string =>
  `J-1 ${yesNo(p.j1, 'accepted', 'not accepted')} · H-1B ${yesNo(p.h1b, 'sponsored', 'not sponsored')}`;

export const specialtyName = (
  id: string,
  specialties: readonly { id: string; name: string }[] | undefined,
): string => specialties?.find((s) => s.id === id)?.name ?? id;

export const ordinal = (n: number): string => {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${n % 10 > 3 ? 'th' : suffix}`;
};
