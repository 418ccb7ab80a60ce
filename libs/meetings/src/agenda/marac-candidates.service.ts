import { Injectable } from '@nestjs/common';
import { abilityOf, allowed, applyAccessFilter, assertCan } from '@waymark/access';
import { ReferralEntity, ReferralStatus, ServiceType } from '@waymark/referrals';
import { BadUserInputError, ConflictError, NotFoundError, RequestContext, TransactionalConnection } from '@waymark/platform';
import { MeetingType, ScopeRole } from '../meeting-kinds';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingService } from '../meetings/meeting.service';
import { PersonInScopeInput } from './dto/add-agenda-item.input';

/** A MARAC referral waiting to be listed: still with the MARAC (submitted or accepted). */
const LISTED_ON_A_MEETING_THAT_STANDS = (referralId: string) =>
  `SELECT 1 FROM agenda_item listed JOIN meeting m ON m.id = listed.meeting_id WHERE listed.marac_referral_id = ${referralId} AND m.status <> 'CANCELLED'`;

const LISTABLE = [ReferralStatus.SUBMITTED, ReferralStatus.ACCEPTED];

/**
 * MARAC agendas are built from MARAC referrals (docs/domain.md §3.13): each case comes from a referral to the
 * organising agency's MARAC service, and is listed once. That is also what entitles the MARAC's chair
 * and coordinators to read the family: they cannot open a family just by listing it.
 */
@Injectable()
export class MaracCandidatesService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly meetings: MeetingService,
  ) {}

  /**
   * The MARAC referrals to the organising agency submitted since the previous MARAC it held or
   * scheduled (from that day, so a referral made on the day of the previous MARAC is not lost), up
   * to this meeting's day, that are not yet on any agenda; repeats first, then oldest first.
   */
  async candidates(ctx: RequestContext, meetingId: string): Promise<ReferralEntity[]> {
    const meeting = await this.meetings.get(ctx, meetingId);
    await assertCan(ctx, 'update', 'Meeting', meeting, "Only the coordinators of the organising agency build this MARAC's agenda.");
    if (meeting.type !== MeetingType.MARAC) throw new ConflictError('Only a MARAC lists MARAC referrals; this meeting is not a MARAC.');
    const query = this.db
      .repository(ctx, ReferralEntity)
      .createQueryBuilder('referral')
      .innerJoin('service', 'service', 'service.id = referral.service_id AND service.type = :marac', { marac: ServiceType.MARAC })
      .where('referral.toAgencyId = :agencyId', { agencyId: meeting.organisingAgencyId })
      .andWhere('referral.status IN (:...listable)', { listable: LISTABLE })
      .andWhere(`referral.submittedOn <= (:startsAt::timestamptz AT TIME ZONE 'UTC')::date`, { startsAt: meeting.startsAt })
      .andWhere(
        `referral.submittedOn >= coalesce((
           SELECT max((previous.starts_at AT TIME ZONE 'UTC')::date) FROM meeting previous
            WHERE previous.type = :marac AND previous.organising_agency_id = :agencyId AND previous.status <> 'CANCELLED'
              AND previous.starts_at < :startsAt AND previous.id <> :meetingId), '-infinity'::date)`,
        { meetingId: meeting.id },
      )
      .andWhere(`NOT EXISTS (${LISTED_ON_A_MEETING_THAT_STANDS('referral.id')})`);
    applyAccessFilter(query, abilityOf(ctx), 'read', 'Referral');
    return query.orderBy('referral.isRepeatMarac', 'DESC').addOrderBy('referral.submittedOn', 'ASC').addOrderBy('referral.id', 'ASC').getMany();
  }

  /**
   * Listing a family opens it to whoever runs the meeting, so it needs a basis. A MARAC lists a case
   * from a MARAC referral to the organising agency, for this family, still with the MARAC, not on
   * another MARAC that stands (one cancelled frees it), its victim in scope as the adult victim.
   * Other meetings list families their organising agency leads, or has received a referral about.
   */
  async assertListable(
    ctx: RequestContext,
    meeting: MeetingEntity,
    familyId: string,
    maracReferralId: string | undefined,
    people: PersonInScopeInput[],
  ): Promise<void> {
    if (meeting.type !== MeetingType.MARAC) {
      if (maracReferralId) throw BadUserInputError.field('maracReferralId', 'is only for items on a MARAC');
      const [{ related }] = await this.db.manager(ctx).query(
        `SELECT EXISTS (SELECT 1 FROM family f WHERE f.id = $1 AND f.agency_id = $2)
             OR EXISTS (SELECT 1 FROM referral r WHERE r.family_id = $1 AND r.to_agency_id = $2 AND r.status <> 'DRAFT') AS related`,
        [familyId, meeting.organisingAgencyId],
      );
      if (!related) {
        throw BadUserInputError.field(
          'familyId',
          'the organising agency has no involvement with this family (it neither leads the family nor has received a referral about it)',
        );
      }
      return;
    }
    if (!maracReferralId)
      throw BadUserInputError.field('maracReferralId', 'a MARAC lists a case from its MARAC referral: give the referral (see maracAgendaCandidates)');
    // Locked, so two coordinators listing one referral at once cannot both pass the check below.
    const referral = await this.db
      .repository(ctx, ReferralEntity)
      .createQueryBuilder('referral')
      .setLock('pessimistic_write')
      .where('referral.id = :id', { id: maracReferralId })
      .getOne();
    if (!referral || !(await allowed(ctx, 'read', 'Referral', referral))) throw new NotFoundError('maracReferralId: no referral you can see has that id.');
    const [service] = await this.db.manager(ctx).query(`SELECT type FROM service WHERE id = $1`, [referral.serviceId]);
    if (service?.type !== ServiceType.MARAC || referral.toAgencyId !== meeting.organisingAgencyId) {
      throw BadUserInputError.field('maracReferralId', "is not a referral to this MARAC's service");
    }
    if (referral.familyId !== familyId) throw BadUserInputError.field('maracReferralId', 'is about another family');
    if (!LISTABLE.includes(referral.status)) throw new ConflictError(`That MARAC referral is ${referral.status.toLowerCase()}, so it cannot be listed.`);
    if ((await this.db.manager(ctx).query(LISTED_ON_A_MEETING_THAT_STANDS('$1'), [referral.id])).length) {
      throw new ConflictError('That MARAC referral is already listed on an agenda.');
    }
    if (!people.some((p) => p.personId === referral.subjectPersonId && p.scopeRole === ScopeRole.ADULT_VICTIM)) {
      throw BadUserInputError.field('people', 'must include the person the MARAC referral is about, as ADULT_VICTIM');
    }
  }
}
