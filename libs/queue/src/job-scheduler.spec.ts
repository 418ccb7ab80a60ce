import { runId } from './job-scheduler.service';

describe('runId', () => {
  it('is the same UUID for the same schedule and period, and differs otherwise', () => {
    const id = runId('audit.check-chain', 20000);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(runId('audit.check-chain', 20000)).toBe(id);
    expect(runId('audit.check-chain', 20001)).not.toBe(id);
    expect(runId('actions.chase-overdue', 20000)).not.toBe(id);
  });
});
