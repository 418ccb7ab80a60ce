import { Role, seesCaseRecords } from './roles';

describe('seesCaseRecords', () => {
  it('is false only for users holding nothing but ADMIN or ANALYST', () => {
    expect(seesCaseRecords([Role.ADMIN])).toBe(false);
    expect(seesCaseRecords([Role.ANALYST, Role.ADMIN])).toBe(false);
    expect(seesCaseRecords([Role.ANALYST, Role.MANAGER])).toBe(true);
    expect(seesCaseRecords([Role.PERPETRATOR_WORKER])).toBe(true);
  });
});
