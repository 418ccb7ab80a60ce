import { Role } from '../libs/access/src';
import { verifyAudit } from '../apps/cli/src/commands/verify-audit.command';
import { AuditService } from '../libs/audit/src';
import { RequestContext } from '../libs/platform/src';
import { JobScheduler } from '../libs/queue/src';
import { aUser, SignedInUser } from './support/factories';
import { eventually, startTestApp, TestApp } from './support/test-app';

const CHAIN_STATUS = `{ auditChainStatus { intact eventsChecked firstBrokenEventId problem } }`;

describe('The audit trail', () => {
  let t: TestApp;
  let admin: SignedInUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await aUser(t, [Role.ADMIN]);
  });
  afterAll(() => t.close());

  it('records every mutation with who, what, when, request id and address', async () => {
    const created = await t.gql(
      `mutation { createAgency(input: { name: "Audited Housing ${Date.now()}", kind: HOUSING }) { id } }`,
      {},
      { token: admin.token, headers: { 'x-request-id': 'audit-test-request-1' } },
    );
    const agencyId = created.data.createAgency.id;
    const events = await t.gql(
      `query ($id: ID!) { auditEvents(subjectType: "Agency", subjectId: $id) { nodes { action actorUserId requestId clientAddress occurredAt } } }`,
      { id: agencyId },
      { token: admin.token },
    );
    expect(events.data.auditEvents.nodes).toEqual([
      expect.objectContaining({
        action: 'agency.create',
        actorUserId: admin.id,
        requestId: 'audit-test-request-1',
        clientAddress: expect.stringMatching(/^10\./),
      }),
    ]);
  });

  it('a mutation that fails leaves no audit row and no change behind', async () => {
    const before = await t.dataSource.query(`SELECT last_id FROM audit_chain_head`);
    const failed = await t.gql(`mutation { createAgency(input: { name: "A", kind: HOUSING }) { id } }`, {}, { token: admin.token });
    expect(failed.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const after = await t.dataSource.query(`SELECT last_id FROM audit_chain_head`);
    expect(after).toEqual(before);
  });

  it('offers domain services a call to audit reads of person records', async () => {
    const ctx = new RequestContext('read-audit-test', '10.0.0.9', { userId: admin.id, agencyId: admin.agencyId, roles: [Role.ADMIN] });
    await t.app.get(AuditService).recordReads(ctx, 'Person', ['p-1', 'p-2', 'p-1']);
    const rows = await t.dataSource.query(`SELECT action, subject_id FROM audit_event WHERE request_id = 'read-audit-test' ORDER BY subject_id`);
    expect(rows).toEqual([
      { action: 'person.read', subject_id: 'p-1' },
      { action: 'person.read', subject_id: 'p-2' },
    ]);
  });

  it('rejects UPDATE, DELETE and TRUNCATE on the audit table', async () => {
    await expect(t.dataSource.query(`UPDATE audit_event SET action = 'nothing' WHERE id = 1`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_event WHERE id = 1`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`UPDATE audit_chain_head SET last_id = 0`)).rejects.toThrow(/only changes when an audit event is inserted/);
  });

  it('verify-audit and auditChainStatus report the first tampered row, and an intact chain once repaired', async () => {
    const intact = await t.gql(CHAIN_STATUS, {}, { token: admin.token });
    expect(intact.data.auditChainStatus).toMatchObject({ intact: true, firstBrokenEventId: null });
    expect(intact.data.auditChainStatus.eventsChecked).toBeGreaterThan(3);

    const [victim] = await t.dataSource.query(`SELECT e.id::text, e.action FROM audit_event e ORDER BY e.id DESC OFFSET 2 LIMIT 1`);
    await tamper(t, `UPDATE audit_event SET action = 'nothing.to.see' WHERE id = ${victim.id}`);
    try {
      const broken = await t.gql(CHAIN_STATUS, {}, { token: admin.token });
      expect(broken.data.auditChainStatus).toMatchObject({ intact: false, firstBrokenEventId: victim.id });
      expect(broken.data.auditChainStatus.problem).toMatch(/no longer matches its hash/);
      expect(await verifyAudit(t.app)).toMatch(new RegExp(`BROKEN .* First broken event: ${victim.id}\\.`));
      expect(process.exitCode).toBe(2);
    } finally {
      process.exitCode = 0;
      await tamper(t, `UPDATE audit_event SET action = '${victim.action}' WHERE id = ${victim.id}`);
    }
    expect(await verifyAudit(t.app)).toMatch(/^Audit trail intact/);
  });

  it('reports the lowest broken row first, by number (9 before 10)', async () => {
    const ctx = new RequestContext('numbering-test', undefined, undefined);
    await t.app.get(AuditService).recordReads(
      ctx,
      'Person',
      Array.from({ length: 12 }, (_, i) => `numbering-${i}`),
    );
    await tamper(t, `UPDATE audit_event SET reason = 'forged' WHERE id IN (9, 10)`);
    try {
      const report = await t.app.get(AuditService).verifyChain(RequestContext.system('test'));
      expect(report).toMatchObject({ intact: false, firstBrokenEventId: '9' });
    } finally {
      await tamper(t, `UPDATE audit_event SET reason = NULL WHERE id IN (9, 10)`);
    }
  });

  it('a deleted row is reported as a gap in the numbering', async () => {
    // Kept as JSON text so that timestamps keep their microseconds for the restore.
    const [victim] = await t.dataSource.query(`SELECT id::text, row_to_json(e)::text AS json FROM audit_event e ORDER BY e.id DESC OFFSET 1 LIMIT 1`);
    await tamper(t, `DELETE FROM audit_event WHERE id = ${victim.id}`);
    try {
      const broken = await t.app.get(AuditService).verifyChain(RequestContext.system('test'));
      expect(broken).toMatchObject({ intact: false, firstBrokenEventId: String(Number(victim.id) + 1) });
    } finally {
      await t.dataSource.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_chain`);
      await t.dataSource.query(`INSERT INTO audit_event SELECT * FROM json_populate_record(null::audit_event, $1::json)`, [victim.json]);
      await t.dataSource.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_chain`);
    }
    expect((await t.app.get(AuditService).verifyChain(RequestContext.system('test'))).intact).toBe(true);
  });

  it('pages through the trail newest first without repeats', async () => {
    const PAGE = `query ($after: String) { auditEvents(first: 3, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const first = await t.gql(PAGE, {}, { token: admin.token });
    const second = await t.gql(PAGE, { after: first.data.auditEvents.pageInfo.endCursor }, { token: admin.token });
    const ids = [...first.data.auditEvents.nodes, ...second.data.auditEvents.nodes].map((n: { id: string }) => Number(n.id));
    expect(ids).toHaveLength(6);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(new Set(ids).size).toBe(6);
  });

  it('a nightly check runs once a night however often the schedule ticks, and tells administrators when the chain is broken', async () => {
    const [victim] = await t.dataSource.query(`SELECT e.id::text, e.reason FROM audit_event e ORDER BY e.id DESC OFFSET 1 LIMIT 1`);
    await tamper(t, `UPDATE audit_event SET reason = 'rewritten' WHERE id = ${victim.id}`);
    try {
      const scheduler = t.app.get(JobScheduler);
      // Other schedules (the morning chase of overdue actions) write their own runs: count this one's only.
      const runs = async () =>
        (
          await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox_job WHERE name = 'audit.check-chain' AND payload->>'scheduledFor' LIKE '2031-01-01%'`)
        )[0].n;
      await scheduler.tick(new Date('2031-01-01T02:30:00Z'));
      expect(await runs()).toBe(1);
      await scheduler.tick(new Date('2031-01-01T23:59:00Z')); // still the same night's run
      expect(await runs()).toBe(1);
      const alert = await eventually('the administrator to be alerted', async () => {
        const result = await t.gql(`{ myNotifications { nodes { kind title body subjectId } } }`, {}, { token: admin.token });
        return result.data.myNotifications.nodes.find((n: { kind: string }) => n.kind === 'AUDIT_CHAIN_BROKEN');
      });
      expect(alert).toMatchObject({ title: 'The audit trail has been altered', subjectId: victim.id });
      expect(alert.body).toMatch(new RegExp(`Audit event ${victim.id}: its content no longer matches its hash`));
    } finally {
      await t.dataSource.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_immutable`);
      await t.dataSource.query(`UPDATE audit_event SET reason = $1 WHERE id = $2`, [victim.reason, victim.id]);
      await t.dataSource.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_immutable`);
    }
    expect((await t.app.get(AuditService).verifyChain(RequestContext.system('test'))).intact).toBe(true);
  });

  it('only administrators may verify the chain', async () => {
    const manager = await aUser(t, [Role.MANAGER]);
    const result = await t.gql(CHAIN_STATUS, {}, { token: manager.token });
    expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});

/** Changes the table with its protecting trigger switched off, as someone with database access might. */
async function tamper(t: TestApp, sql: string): Promise<void> {
  await t.dataSource.query(
    `ALTER TABLE audit_event DISABLE TRIGGER audit_event_immutable; ${sql}; ALTER TABLE audit_event ENABLE TRIGGER audit_event_immutable;`,
  );
}
