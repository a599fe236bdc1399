import { applicantProfileInputSchema, signUpRequestSchema } from '@matchready/contract';
import { describe, expect, it } from 'vitest';
import { issuesToFormErrors, toFormPath, zodFormValidate } from './zod-form.ts';

describe('zod → Mantine form errors', () => {
  it('turns zod paths into Mantine dotted paths', () => {
    expect(toFormPath(['specialties', 0])).toBe('specialties.0');
    expect(toFormPath([])).toBe('');
  });

  it('keeps the first message per path and also marks the parent of a nested issue', () => {
    const errors = issuesToFormErrors([
      { path: ['email'], message: 'first' },
      { path: ['email'], message: 'second' },
      { path: ['specialties', 1], message: 'Specialty cannot be blank' },
    ]);
    expect(errors).toEqual({
      email: 'first',
      'specialties.1': 'Specialty cannot be blank',
      specialties: 'Specialty cannot be blank',
    });
  });

  it("reports the contract's own messages for the profile schema", () => {
    const validate = zodFormValidate(applicantProfileInputSchema);
    const errors = validate({ step2Score: 301, graduationYear: 1900, specialties: ['IM', 'IM'] });
    expect(errors.step2Score).toBe('Step 2 CK score must be at most 300');
    expect(errors.graduationYear).toBe('Graduation year must be at least 1960');
    expect(errors.specialties).toBe('Each of the specialties may appear once');
    expect(validate({ step2Score: 245, specialties: ['Internal Medicine'] })).toEqual({});
  });

  it('validates the transformed request, so conditional rules reach the right field', () => {
    type Values = { role: 'organisation-admin' | 'applicant'; organisationName: string };
    const validate = zodFormValidate<Values>(signUpRequestSchema, (values) => ({
      email: 'a@b.co',
      password: 'long enough password',
      displayName: 'Ada',
      role: values.role,
      ...(values.role === 'organisation-admin' && values.organisationName !== ''
        ? { organisationName: values.organisationName }
        : {}),
    }));
    expect(validate({ role: 'organisation-admin', organisationName: '' })).toEqual({
      organisationName: 'Organisation admins need an organisation name',
    });
    expect(validate({ role: 'applicant', organisationName: '' })).toEqual({});
  });
});
