import { monthsOf } from './months';

describe('monthsOf', () => {
  it('lists every calendar month a period touches, clipped to the period at both ends', () => {
    expect(monthsOf('2024-11-15', '2025-02-03')).toEqual([
      { month: '2024-11-01', start: '2024-11-15', end: '2024-11-30' },
      { month: '2024-12-01', start: '2024-12-01', end: '2024-12-31' },
      { month: '2025-01-01', start: '2025-01-01', end: '2025-01-31' },
      { month: '2025-02-01', start: '2025-02-01', end: '2025-02-03' },
    ]);
  });

  it('knows leap years and a single day', () => {
    expect(monthsOf('2024-02-10', '2024-02-29')).toEqual([{ month: '2024-02-01', start: '2024-02-10', end: '2024-02-29' }]);
    expect(monthsOf('2025-02-01', '2025-03-31').map((m) => m.end)).toEqual(['2025-02-28', '2025-03-31']);
  });
});
