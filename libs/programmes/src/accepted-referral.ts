import { Injectable } from '@nestjs/common';
import { assertCan } from '@waymark/access';
import { BadUserInputError, ConflictError, RequestContext, SubjectType, today, TransactionalConnection } from '@waymark/platform';
import { ReferralEntity, ReferralService, ReferralStatus, ServiceType } from '@waymark/referrals';

/** A referral the perpetrator worker may record work on, with the day it was accepted. */
export interface AcceptedReferral {
  referral: ReferralEntity;
  acceptedOn: string;
}

const ENDED = [ReferralStatus.COMPLETED, ReferralStatus.DISENGAGED];

/**
 * The one check before a perpetrator worker records work on a referral (a session, his view of risk):
 * a perpetrator programme referral to his agency, accepted on or before the date, which is not in the
 * future and not after the referral ended.
 */
@Injectable()
export class AcceptedReferrals {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly referrals: ReferralService,
  ) {}

  async forWork(ctx: RequestContext, referralId: string, subject: SubjectType, date: string, dateField: string): Promise<AcceptedReferral> {
    const referral = await this.referrals.get(ctx, referralId);
    if (referral.serviceType !== ServiceType.PERPETRATOR_PROGRAMME) {
      throw BadUserInputError.field('referralId', 'is not a referral to a perpetrator programme; sessions and views of risk are recorded on those only');
    }
    await assertCan(ctx, 'record', subject, referral, "Only the perpetrator programme's own workers record its sessions and their view of risk.");
    const [{ accepted_on }] = await this.db
      .manager(ctx)
      .query(`SELECT min(occurred_on)::text AS accepted_on FROM referral_status_change WHERE referral_id = $1 AND to_status = 'ACCEPTED'`, [referral.id]);
    if (!accepted_on) {
      throw new ConflictError(`This referral is ${referral.status.toLowerCase()}, not accepted: accept it (acceptReferral) before recording work on it.`);
    }
    if (date > today()) throw BadUserInputError.field(dateField, 'cannot be in the future');
    if (date < accepted_on) throw BadUserInputError.field(dateField, `is before the referral was accepted (${accepted_on})`);
    if (ENDED.includes(referral.status) && date > referral.lastChangedOn) {
      throw BadUserInputError.field(dateField, `is after the referral ended (${referral.status.toLowerCase()} on ${referral.lastChangedOn})`);
    }
    return { referral, acceptedOn: accepted_on };
  }
}
