import { trimStrings } from './validation.pipe';

describe('trimStrings', () => {
  it('trims every string in an input, nested and in lists, but never a password', () => {
    expect(trimStrings({ reason: '  ', people: [{ name: ' Grace ' }], password: ' secret ', newPassword: ' x ' })).toEqual({
      reason: '',
      people: [{ name: 'Grace' }],
      password: ' secret ',
      newPassword: ' x ',
    });
  });
});
