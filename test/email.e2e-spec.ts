import { Role } from '../libs/access/src';
import { MeetingNoticeService } from '../libs/meetings/src';
import { RequestContext, TransactionalConnection } from '../libs/platform/src';
import { JobScheduler } from '../libs/queue/src';
import { aUser } from './support/factories';
import { AGREE, aMaracWithItem, maracWorld, MaracWorld, SCHEDULE } from './support/marac';
import { ReceivedEmail, SmtpInbox } from './support/smtp-inbox';
import { TcpProxy } from './support/tcp-proxy';
import { eventually, startTestApp, TestApp } from './support/test-app';

const CONSOLE = 'https://waymark.example.org';
const ACTION = "Review Grace's safety plan at the refuge";
const BREAK_GLASS_REASON = 'Police called about a new incident at the refuge tonight';

/** Nothing an email may carry: names, the refuge, what an action says, why someone broke the glass, the meeting's title. */
function expectNoCaseDetail(email: ReceivedEmail): void {
  for (const detail of ['Grace', 'Okafor', 'Dan', 'Brown', 'Amara', 'Refuge', 'refuge', 'Safe Street', ACTION, BREAK_GLASS_REASON, 'Northside']) {
    expect(`${email.subject}\n${email.text}`).not.toContain(detail);
  }
  expect(email.text).toContain('This email holds no case details on purpose.');
}

describe('Email by SMTP: chases, invitations, research reminders and break-glass alerts, through the outbox', () => {
  let t: TestApp;
  let w: MaracWorld;
  const inbox = new SmtpInbox();
  let proxy: TcpProxy;
  const emailOf = (user: { email: string }) => eventually(`an email to ${user.email}`, async () => inbox.to(user.email)[0]);

  beforeAll(async () => {
    await inbox.start();
    proxy = new TcpProxy('127.0.0.1', inbox.port);
    await proxy.start();
    t = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${proxy.port}`,
      CONSOLE_URL: `${CONSOLE}/`,
      MAIL_FROM: 'Waymark <no-reply@waymark.example.org>',
      SCHEDULER_ENABLED: 'false',
      JOB_BACKOFF_MS: '50',
      JOB_ATTEMPTS: '30',
    });
    w = await maracWorld(t);
  });
  afterAll(async () => {
    await t.close();
    await proxy.cut();
    await inbox.close();
  });

  it('invites the attending staff of each invited agency with the date and venue, linking to the meeting, and nothing about its cases', async () => {
    const scheduled = await t.gql(
      SCHEDULE,
      {
        input: {
          type: 'MARAC',
          title: 'Northside MARAC, June',
          startsAt: '2099-06-02T09:30:00Z',
          venue: 'Town Hall, Committee Room 2',
          chairUserId: w.chair.id,
          invitedAgencyIds: [w.agencies.idvaService.id, w.agencies.programme.id],
        },
      },
      { token: w.coordinator.token },
    );
    const meetingId = scheduled.data.scheduleMeeting.id;
    await t.relayJobs();
    for (const invitee of [w.idva, w.perpetratorWorker]) {
      const email = await emailOf(invitee);
      expect(email.subject).toBe('Waymark: invitation to a MARAC on Tuesday, 2 June 2099 at 10:30');
      expect(email.text).toContain('Your agency is invited to a MARAC on Tuesday, 2 June 2099 at 10:30.');
      expect(email.text).toContain('Venue: Town Hall, Committee Room 2.');
      expect(email.text).toContain(`Sign in to Waymark to see it: ${CONSOLE}/meetings/${meetingId}`);
      expectNoCaseDetail(email);
    }
    // Not invited, not emailed; the in-app notification is there as before.
    expect(inbox.to(w.healthRep.email)).toEqual([]);
    const mine = await t.gql(`{ myNotifications { nodes { kind subjectId } } }`, {}, { token: w.idva.token });
    expect(mine.data.myNotifications.nodes).toContainEqual({ kind: 'MEETING_INVITATION', subjectId: meetingId });
  });

  it("chases an overdue action's owner by email: that something is overdue, never what it says", async () => {
    const { itemId } = await aMaracWithItem(t, w);
    const agreed = await t.gql(
      AGREE,
      {
        input: {
          agendaItemId: itemId,
          description: ACTION,
          owningAgencyId: w.agencies.idvaService.id,
          ownerUserId: w.idva.id,
          subjectPersonId: w.graceId,
          dueOn: '2025-03-18',
        },
      },
      { token: w.chair.token },
    );
    expect(agreed.errors).toBeUndefined();
    // A morning no other test file runs the chase on: one run per morning, and test files share one database.
    await t.app.get(JobScheduler).tick(new Date('2033-05-02T07:30:00Z'));
    await t.relayJobs();
    // The chase covers every overdue action in the database: on the embedded database, which every file
    // of the run shares, that is hundreds of notifications and emails before this one.
    const chase = await eventually('the chase email', async () => inbox.to(w.idva.email).find((m) => m.subject === 'Waymark: an action is overdue'), 90_000);
    expect(chase.text).toContain('An action from a multi-agency meeting, which you own or chase, is past its due date.');
    expect(chase.text).toContain(`Sign in to Waymark to see it: ${CONSOLE}/`);
    expectNoCaseDetail(chase);
  }, 150_000);

  it('alerts the managers of the agency when someone breaks the glass, without who, why or which record', async () => {
    const manager = await aUser(t, [Role.MANAGER], w.agencies.health);
    const practitioner = await aUser(t, [Role.CASE_PRACTITIONER], w.agencies.health);
    const granted = await t.gql(
      `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { id } }`,
      { input: { subjectType: 'FAMILY', subjectId: w.familyId, reason: BREAK_GLASS_REASON } },
      { token: practitioner.token },
    );
    expect(granted.errors).toBeUndefined();
    await t.relayJobs();
    const alert = await emailOf(manager);
    expect(alert.subject).toBe('Waymark: break-glass access to review');
    expectNoCaseDetail(alert);
    expect(alert.text).not.toContain(practitioner.email);
    expect(inbox.to(practitioner.email)).toEqual([]);
  });

  it('while the mail server is down the email waits in the outbox; when it is back, it is sent, exactly once', async () => {
    const policeRep = await aUser(t, [Role.AGENCY_REPRESENTATIVE], w.agencies.police);
    const scheduled = await t.gql(
      SCHEDULE,
      {
        input: {
          type: 'MARAC',
          title: 'Northside MARAC, July',
          startsAt: '2099-07-07T09:30:00Z',
          chairUserId: w.chair.id,
          invitedAgencyIds: [w.agencies.police.id],
        },
      },
      { token: w.coordinator.token },
    );
    const meetingId = scheduled.data.scheduleMeeting.id;
    await t.relayJobs();
    await eventually('the invitation to the police', async () => inbox.to(policeRep.email)[0]);
    // Cut only once the invitation's send is acknowledged: a cut mid-reply makes the job try again (at least once, by design).
    await eventually('the invitation marked sent', async () => {
      const [{ waiting }] = await t.dataSource.query(
        `SELECT count(*)::int AS waiting FROM outbox_job j JOIN notification n ON n.id::text = j.payload->>'notificationId'
          WHERE j.name = 'notification.email' AND n.recipient_user_id = $1 AND j.processed_at IS NULL`,
        [policeRep.id],
      );
      return waiting === 0 ? true : undefined;
    });

    await proxy.cut();
    const db = t.app.get(TransactionalConnection);
    // What agency research calls to remind an agency that has not researched yet.
    await db.withTransaction(RequestContext.system('test'), (ctx) => t.app.get(MeetingNoticeService).remindToResearch(ctx, meetingId, w.agencies.police.id));
    await t.relayJobs();
    const failing = await eventually('a failed try', async () => {
      const rows: Array<{ id: string; attempts: number; processed_at: Date | null; last_error: string | null }> = await t.dataSource.query(
        `SELECT j.id, j.attempts, j.processed_at, j.last_error FROM outbox_job j JOIN notification n ON n.id::text = j.payload->>'notificationId'
          WHERE j.name = 'notification.email' AND n.recipient_user_id = $1 AND n.kind = 'RESEARCH_REMINDER'`,
        [policeRep.id],
      );
      return rows[0]?.attempts >= 3 ? rows[0] : undefined;
    });
    expect(failing.processed_at).toBeNull();
    expect(failing.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(inbox.to(policeRep.email).filter((m) => m.subject.startsWith('Waymark: research needed'))).toEqual([]);

    await proxy.start();
    const reminder = await eventually('the reminder, once the server is back', async () =>
      inbox.to(policeRep.email).find((m) => m.subject === 'Waymark: research needed for the MARAC on Tuesday, 7 July 2099 at 10:30'),
    );
    expect(reminder.text).toContain(`${CONSOLE}/meetings/${meetingId}`);
    expectNoCaseDetail(reminder);
    // The mail is sent inside the job's transaction, which commits just after: wait for it.
    await eventually(
      'the job marked done',
      async () => (await t.dataSource.query(`SELECT processed_at FROM outbox_job WHERE id = $1`, [failing.id]))[0].processed_at,
    );
    // Later tries, a redelivery of the same job: still one email.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const reminders = inbox.to(policeRep.email).filter((m) => m.subject.startsWith('Waymark: research needed'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].messageId).toMatch(/^<notification-[0-9a-f-]+@waymark\.example\.org>$/);
  });
});
