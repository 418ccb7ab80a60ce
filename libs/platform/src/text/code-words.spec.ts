import { codeWords } from './code-words';

describe('codes in words', () => {
  it('keeps the abbreviations practitioners write in capitals', () => {
    expect(codeWords('INITIAL_CP_CONFERENCE')).toBe('initial CP conference');
    expect(codeWords('CP_REVIEW_CONFERENCE')).toBe('CP review conference');
    expect(codeWords('CIN_REVIEW')).toBe('CIN review');
    expect(codeWords('MARAC')).toBe('MARAC');
    expect(codeWords('DASH_RIC')).toBe('DASH ric');
  });

  it('lowers every other word', () => {
    expect(codeWords('PATERNAL_GRANDPARENT')).toBe('paternal grandparent');
    expect(codeWords('FAMILY_GROUP_CONFERENCE')).toBe('family group conference');
    expect(codeWords('CAPACITY')).toBe('capacity');
  });
});
