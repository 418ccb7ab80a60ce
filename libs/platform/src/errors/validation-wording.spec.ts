import { practitionerWording } from './validation-wording';

describe('practitionerWording', () => {
  it('rewords class-validator defaults into what to do', () => {
    expect(practitionerWording('max', 'first must not be greater than 100', 'first')).toBe('must be 100 or less');
    expect(practitionerWording('min', 'first must not be less than 1', 'first')).toBe('must be 1 or more');
    expect(practitionerWording('whitelistValidation', 'property format should not exist', 'format')).toBe('is not something this form takes: leave it out');
    expect(practitionerWording('isUuid', 'agencyId must be a UUID', 'agencyId')).toBe('must be an id Waymark gave you (a UUID)');
    expect(practitionerWording('isEnum', 'role must be one of the following values: ADMIN, ANALYST', 'role')).toBe('must be one of: ADMIN, ANALYST');
  });

  it('keeps a message written for the field, and drops the property name from an unknown default', () => {
    expect(practitionerWording('arrayMinSize', 'must invite at least one agency', 'invitedAgencyIds')).toBe('must invite at least one agency');
    expect(practitionerWording('somethingNew', 'reason is odd', 'reason')).toBe('is odd');
  });
});
