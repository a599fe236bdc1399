import type { Role, SignUpRequest } from '@matchready/contract';

export interface RoleOption {
  readonly value: SignUpRequest['role'];
  readonly label: string;
  readonly description: string;
}

export const roleOptions: readonly RoleOption[] = [
  {
    value: 'applicant',
    label: 'Applicant',
    description:
      'An International Medical Graduate preparing for the US residency Match: track your profile, practise and simulate rank lists.',
  },
  {
    value: 'mentor',
    label: 'Mentor',
    description:
      'A physician who guides applicants: offer your time, accept mentees and track relationships.',
  },
  {
    value: 'organisation-admin',
    label: 'Organisation',
    description:
      'You run a programme, society or school: manage members and pair mentors with applicants in bulk.',
  },
];

export const roleLabel = (role: Role): string =>
  role === 'site-admin'
    ? 'Site admin'
    : (roleOptions.find((option) => option.value === role)?.label ?? role);
