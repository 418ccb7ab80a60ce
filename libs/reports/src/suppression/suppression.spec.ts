import { SuppressionTable } from './suppression';

describe('SuppressionTable', () => {
  it('suppresses counts from 1 to 4, shows 0 and 5 as they are', () => {
    const t = new SuppressionTable(true);
    const [zero, one, four, five] = [0, 1, 4, 5].map((v) => t.cell(v));
    expect(t.count(zero)).toEqual({ value: 0, suppressed: false });
    expect(t.count(one)).toEqual({ value: null, suppressed: true });
    expect(t.count(four)).toEqual({ value: null, suppressed: true });
    expect(t.count(five)).toEqual({ value: 5, suppressed: false });
  });

  it('passes every figure through when disabled (a manager reading their own agency)', () => {
    const t = new SuppressionTable(false);
    const two = t.cell(2);
    expect(t.count(two)).toEqual({ value: 2, suppressed: false });
  });

  it('stops the subtraction attack: one small part of a shown total takes the next-smallest part with it', () => {
    const t = new SuppressionTable(true);
    const total = t.cell(30);
    const parts = [3, 12, 15].map((v) => t.cell(v));
    t.group(total, parts);
    const shown = parts.map((p) => t.count(p));
    expect(shown).toEqual([
      { value: null, suppressed: true },
      // hidden only so the 3 cannot be had by subtraction, and marked exactly as the 3 is
      { value: null, suppressed: true },
      { value: 15, suppressed: false },
    ]);
    expect(t.count(total)).toEqual({ value: 30, suppressed: false });
    // What an attacker can compute: 30 - 15 = 15 = a + b, with a and b each unknown.
    const known = shown.filter((c) => !c.suppressed).reduce((acc, c) => acc + (c.value ?? 0), 0);
    expect(30 - known).toBe(15);
  });

  it('a lone small part takes the only other part with it, even one of 5 or more', () => {
    const t = new SuppressionTable(true);
    const total = t.cell(7);
    const parts = [2, 5].map((v) => t.cell(v));
    t.group(total, parts);
    expect(parts.map((p) => t.count(p).suppressed)).toEqual([true, true]);
    expect(t.count(total)).toEqual({ value: 7, suppressed: false });
  });

  it('a suppressed total hides its parts from recovery as well', () => {
    const t = new SuppressionTable(true);
    const total = t.cell(3);
    const parts = [0, 3].map((v) => t.cell(v));
    t.group(total, parts);
    expect(t.count(total).suppressed).toBe(true);
    expect(t.count(parts[1]).suppressed).toBe(true);
  });

  it('follows shared cells across groups until no group has a lone suppressed cell', () => {
    const t = new SuppressionTable(true);
    // total = tookPart + didNot; tookPart = attended + viaAdvocate
    const [total, tookPart, didNot, attended, viaAdvocate] = [40, 22, 18, 2, 20].map((v) => t.cell(v));
    t.group(total, [tookPart, didNot]);
    t.group(tookPart, [attended, viaAdvocate]);
    // attended (2) is primary; viaAdvocate goes with it; then tookPart is still shown and fine
    // (two hidden cells in its group), and the outer group has none hidden.
    expect([attended, viaAdvocate].map((c) => t.count(c).suppressed)).toEqual([true, true]);
    expect(t.count(tookPart)).toEqual({ value: 22, suppressed: false });
    expect(t.count(total)).toEqual({ value: 40, suppressed: false });
  });

  it('suppresses a rate whose numerator or denominator is suppressed, and gives null for a 0 denominator', () => {
    const t = new SuppressionTable(true);
    const [three, ten, zero] = [3, 10, 0].map((v) => t.cell(v));
    expect(t.rate(three, ten)).toEqual({ value: null, suppressed: true });
    expect(t.rate(ten, ten)).toEqual({ value: 1, suppressed: false });
    expect(t.rate(zero, zero)).toEqual({ value: null, suppressed: false });
  });

  it('refuses parts that do not add up to their total (a bug in the report)', () => {
    const t = new SuppressionTable(true);
    expect(() => t.group(t.cell(10), [t.cell(4)])).toThrow(/add up/);
  });
});
