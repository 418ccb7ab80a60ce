import { Injectable } from '@nestjs/common';
import { UserEntity } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { ConflictError, EntityLoader, RequestContext, TransactionalConnection } from '@waymark/platform';
import { ReferralEntity, ReferralService, ReferralStatus } from '@waymark/referrals';
import { AcceptedReferrals } from '../accepted-referral';
import { RecordProgrammeSessionInput } from '../dto/record-programme-session.input';
import { SessionAttendance } from '../programme-kinds';
import { ProgrammeEngagementModel } from './programme-session.model';
import { ProgrammeSessionEntity } from './programme-session.entity';

/**
 * Sessions of a behaviour-change programme. The first attended session of an accepted referral is
 * the person's engagement: the referral becomes ENGAGED on that day, through the referral lifecycle.
 * Attended sessions count in PERSON_CAUSING_HARM_NOT_ENGAGED (libs/signals); the audit names the
 * family, so its signals are re-evaluated.
 */
@Injectable()
export class ProgrammeSessionService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly accepted: AcceptedReferrals,
    private readonly referrals: ReferralService,
    private readonly loader: EntityLoader,
  ) {}

  async record(ctx: RequestContext, input: RecordProgrammeSessionInput): Promise<ProgrammeSessionEntity> {
    const { referral } = await this.accepted.forWork(ctx, input.referralId, 'ProgrammeSession', input.occurredOn, 'occurredOn');
    const sessions = this.db.repository(ctx, ProgrammeSessionEntity);
    if (await sessions.existsBy({ referralId: referral.id, occurredOn: input.occurredOn })) {
      throw new ConflictError(`A session on ${input.occurredOn} is already recorded for this referral.`);
    }
    const session = await sessions.save({
      referralId: referral.id,
      familyId: referral.familyId,
      personId: referral.subjectPersonId,
      occurredOn: input.occurredOn,
      attendance: input.attendance,
      recordedByUserId: ctx.actor!.userId,
    });
    if (input.attendance === SessionAttendance.ATTENDED && referral.status === ReferralStatus.ACCEPTED && input.occurredOn >= referral.lastChangedOn) {
      await this.referrals.changeStatus(
        ctx,
        { referralId: referral.id, occurredOn: input.occurredOn, note: 'Attended a programme session' },
        ReferralStatus.ENGAGED,
      );
    }
    await this.audit.record(ctx, {
      action: 'programme_session.record',
      subjectType: 'Referral',
      subjectId: referral.id,
      familyId: referral.familyId,
      detail: { sessionId: session.id, attendance: input.attendance },
    });
    return session;
  }

  forReferral(ctx: RequestContext, referralId: string): Promise<ProgrammeSessionEntity[]> {
    return this.loader.allBy(ctx, ProgrammeSessionEntity, 'referralId', referralId, { occurredOn: 'ASC' });
  }

  async engagement(ctx: RequestContext, referral: ReferralEntity): Promise<ProgrammeEngagementModel> {
    const sessions = await this.forReferral(ctx, referral.id);
    const attendedOn = sessions.filter((s) => s.attendance === SessionAttendance.ATTENDED).map((s) => s.occurredOn);
    const attended = attendedOn.length;
    const missed = sessions.length - attended;
    const lastAttendedOn = attendedOn.length ? attendedOn[attendedOn.length - 1] : null;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const summary = sessions.length
      ? `Attended ${attended} of ${plural(sessions.length, 'session')} (${missed} missed)${lastAttendedOn ? `, last on ${lastAttendedOn}` : ''}.`
      : 'No sessions recorded yet.';
    return { attended, missed, attendanceRate: sessions.length ? attended / sessions.length : null, lastAttendedOn, summary };
  }

  user(ctx: RequestContext, userId: string): Promise<UserEntity> {
    return this.loader.byId(ctx, UserEntity, userId);
  }
}
