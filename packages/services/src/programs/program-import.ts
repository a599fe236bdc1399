import { normalizeSpecialty, type Program, regionOf } from '@matchready/core/programs';
import { specialtyId } from './program-profile.ts';

/**
 * Programs read from an import file (the contract's parser checked every field) as catalogue
 * records: the specialty as the catalogue's id (canonical when the core knows it, a slug
 * otherwise) and the region derived from the state when the file left it out.
 */
export function toCataloguePrograms(read: readonly Program[]): {
  programs: Program[];
  /** Non-blocking notes: specialties the core does not know. */
  warnings: string[];
} {
  const unknown = new Set<string>();
  const programs = read.map((p) => {
    const specialty = specialtyId(p.specialty);
    if (normalizeSpecialty(specialty) === null) unknown.add(specialty);
    return { ...p, specialty, region: p.region ?? regionOf(p.state) };
  });
  const warnings = [...unknown].map(
    (s) =>
      `Specialty "${s}" is not one MatchReady knows: eligibility works, the interview score uses a generic baseline and the calculator has no curve for it.`,
  );
  return { programs, warnings };
}
