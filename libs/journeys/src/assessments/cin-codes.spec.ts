import { AssessmentFactor as F, censusCode, factorForCensusCode, factorsProblem } from './cin-codes';

describe('CIN census factor codes', () => {
  it('maps each factor to the code the census writes', () => {
    expect(censusCode(F.F1A)).toBe('1A');
    expect(censusCode(F.F3B)).toBe('3B');
    expect(censusCode(F.F8F)).toBe('8F');
    expect(censusCode(F.F10A)).toBe('10A');
    expect(censusCode(F.F20)).toBe('20');
    expect(censusCode(F.F21)).toBe('21');
    expect(censusCode(F.F24A)).toBe('24A');
  });

  it('covers exactly the census list, and maps back from every code', () => {
    const codes = Object.values(F).map(censusCode);
    expect(codes).toEqual([
      ...['1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B', '6C'],
      ...['7A', '8B', '8C', '8D', '8E', '8F', '9A', '10A', '11A', '12A', '13A', '14A', '15A', '16A', '17A'],
      ...['18B', '18C', '19B', '19C', '20', '21', '22A', '23A', '24A'],
    ]);
    for (const factor of Object.values(F)) expect(factorForCensusCode(censusCode(factor))).toBe(factor);
    expect(() => factorForCensusCode('8A')).toThrow('"8A" is not a CIN census factor code.');
  });
});

describe('factorsProblem', () => {
  it('accepts one or more distinct factors, and 21 on its own', () => {
    expect(factorsProblem([F.F3B, F.F4B])).toBeNull();
    expect(factorsProblem([F.F21])).toBeNull();
  });

  it('refuses no factors, a factor twice, and 21 with anything else', () => {
    expect(factorsProblem([])).toBe('give at least one factor (F21 when no factors were identified)');
    expect(factorsProblem([F.F3B, F.F4B, F.F3B])).toBe('F3B is given more than once');
    expect(factorsProblem([F.F21, F.F3B])).toBe('F21 (no factors identified) cannot be combined with other factors');
  });
});
