import { Injectable } from '@nestjs/common';
import { abilityOf, allowed, applyAccessFilter, assertCan, onlyAllowed } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { assertNotBeforeBirth, FamilyMembershipEntity, FamilyService, MemberKind, PersonService } from '@waymark/families';
import {
  BadUserInputError,
  ConflictError,
  Connection,
  EntityLoader,
  NotFoundError,
  paginate,
  RequestContext,
  today,
  TransactionalConnection,
} from '@waymark/platform';
import { MaracCriteriaService } from '../marac/marac-criteria.service';
import { ServiceCatalogue } from '../services/service-catalogue.service';
import { ServiceEntity } from '../services/service.entity';
import { ServiceType } from '../services/service-type';
import { ChangeReferralInput, DeclineReferralInput, SubmitReferralInput } from './dto/change-referral.input';
import { CreateReferralInput } from './dto/create-referral.input';
import { ReferralsArgs } from './dto/referrals.args';
import { ReferralStatusChangeEntity } from './referral-status-change.entity';
import { ReferralEntity } from './referral.entity';
import { Consent, DeclineReason, LawfulBasis, ReferralDirection, ReferralStatus as S } from './referral-kinds';
import { ReferralSide, sideFor, transitionProblem } from './referral-lifecycle';

/** Audit verbs for each status a referral is moved to. */
const AUDIT_ACTION: Record<Exclude<S, S.DRAFT>, string> = {
  SUBMITTED: 'referral.submit',
  WITHDRAWN: 'referral.withdraw',
  ACCEPTED: 'referral.accept',
  DECLINED: 'referral.decline',
  ENGAGED: 'referral.record_engaged',
  COMPLETED: 'referral.complete',
  DISENGAGED: 'referral.record_disengaged',
};

interface StatusChangeDetails {
  professionalJudgementReason?: string;
  declineReason?: DeclineReason;
  declineCriterion?: string;
}

/**
 * Referrals of family members to services, each followed to an outcome. The referring side makes,
 * submits and withdraws them; the receiving service's staff decide and record engagement. Every
 * change goes through `changeStatus`, which checks the lifecycle, the side, and the date order.
 */
@Injectable()
export class ReferralService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly people: PersonService,
    private readonly catalogue: ServiceCatalogue,
    private readonly marac: MaracCriteriaService,
    private readonly loader: EntityLoader,
  ) {}

  /** `fromDash`: a MARAC referral made from a risk assessment keeps it and its score. */
  async create(ctx: RequestContext, input: CreateReferralInput, fromDash?: { riskAssessmentId: string; dashScore: number }): Promise<ReferralEntity> {
    await this.families.get(ctx, input.familyId, 'update');
    const service = await this.catalogue.get(ctx, input.serviceId, 'serviceId');
    if (!service.active) throw BadUserInputError.field('serviceId', `${service.name} no longer takes referrals`);
    const subject = await this.people.findVisible(ctx, input.subjectPersonId, 'subjectPersonId');
    const memberships = await this.db.repository(ctx, FamilyMembershipEntity).findBy({ familyId: input.familyId, personId: subject.id });
    if (!memberships.length) throw BadUserInputError.field('subjectPersonId', `${subject.givenName} has never been a member of this family`);
    const isMarac = service.type === ServiceType.MARAC;
    if (isMarac && !memberships.some((m) => m.kind === MemberKind.ADULT)) {
      throw BadUserInputError.field('subjectPersonId', `a MARAC referral is about an adult victim; ${subject.givenName} is recorded as a child`);
    }
    this.assertConsent(input);
    if (input.professionalJudgementReason !== undefined && !isMarac) {
      throw BadUserInputError.field('professionalJudgementReason', 'is recorded only on MARAC referrals');
    }
    this.assertNotFuture(input.occurredOn);
    assertNotBeforeBirth(subject, input.occurredOn, 'occurredOn');
    if (input.meetingId) await this.assertMadeAtMeeting(ctx, input.meetingId, input.familyId, input.occurredOn);

    const referral = this.db.repository(ctx, ReferralEntity).create({
      familyId: input.familyId,
      subjectPersonId: subject.id,
      serviceId: service.id,
      serviceType: service.type,
      fromUserId: ctx.actor!.userId,
      fromAgencyId: ctx.actor!.agencyId,
      toAgencyId: service.agencyId,
      reason: input.reason.trim(),
      consent: input.consent,
      lawfulBasis: input.lawfulBasis ?? null,
      lawfulBasisNote: input.lawfulBasisNote?.trim() || null,
      status: input.submit ? S.SUBMITTED : S.DRAFT,
      referredOn: input.occurredOn,
      submittedOn: input.submit ? input.occurredOn : null,
      decidedOn: null,
      firstEngagedOn: null,
      lastChangedOn: input.occurredOn,
      declineReason: null,
      declineCriterion: null,
      maracCriteria: [],
      isRepeatMarac: false,
      professionalJudgementReason: input.professionalJudgementReason?.trim() || null,
      meetingId: input.meetingId ?? null,
      riskAssessmentId: fromDash?.riskAssessmentId ?? null,
      dashScore: fromDash?.dashScore ?? null,
      maracCriteriaChecks: [],
    });
    if (input.submit && isMarac) await this.applyMaracCriteria(ctx, referral, input.occurredOn);
    await this.db.repository(ctx, ReferralEntity).save(referral);
    await this.recordChange(ctx, referral, null, { occurredOn: input.occurredOn }, {});
    return referral;
  }

  submit(ctx: RequestContext, input: SubmitReferralInput): Promise<ReferralEntity> {
    return this.changeStatus(ctx, input, S.SUBMITTED, { professionalJudgementReason: input.professionalJudgementReason });
  }

  decline(ctx: RequestContext, input: DeclineReferralInput): Promise<ReferralEntity> {
    return this.changeStatus(ctx, input, S.DECLINED, { declineReason: input.reason, declineCriterion: input.criterion });
  }

  /** The one way a referral's status changes (withdraw, accept, engagement, completion, disengagement, and the two above). */
  async changeStatus(ctx: RequestContext, input: ChangeReferralInput, to: S, details: StatusChangeDetails = {}): Promise<ReferralEntity> {
    // Locked, so two changes to one referral cannot both pass the checks below.
    const referral = await this.db
      .repository(ctx, ReferralEntity)
      .createQueryBuilder('referral')
      .setLock('pessimistic_write')
      .where('referral.id = :id', { id: input.referralId })
      .getOne();
    if (!referral || !(await allowed(ctx, 'read', 'Referral', referral))) throw new NotFoundError('referralId: no referral you can see has that id.');
    const side = sideFor(to);
    await assertCan(
      ctx,
      side === ReferralSide.REFERRING ? 'refer' : 'respond',
      'Referral',
      referral,
      side === ReferralSide.REFERRING
        ? 'Only the referrer, or a practitioner working with the family, may submit or withdraw this referral.'
        : "Only the receiving service's staff may record its decision and the person's engagement.",
    );
    const problem = transitionProblem(referral.status, to);
    if (problem) throw new ConflictError(problem);
    this.assertNotFuture(input.occurredOn);
    if (input.occurredOn < referral.lastChangedOn) {
      throw BadUserInputError.field('occurredOn', `is before the previous change to this referral (${referral.lastChangedOn})`);
    }

    const from = referral.status;
    referral.status = to;
    referral.lastChangedOn = input.occurredOn;
    if (to === S.SUBMITTED) {
      referral.submittedOn = input.occurredOn;
      const isMarac = (await this.loader.byId(ctx, ServiceEntity, referral.serviceId)).type === ServiceType.MARAC;
      if (details.professionalJudgementReason !== undefined) {
        if (!isMarac) throw BadUserInputError.field('professionalJudgementReason', 'is recorded only on MARAC referrals');
        referral.professionalJudgementReason = details.professionalJudgementReason.trim() || null;
      }
      if (isMarac) await this.applyMaracCriteria(ctx, referral, input.occurredOn);
    }
    if (to === S.ACCEPTED || to === S.DECLINED) referral.decidedOn = input.occurredOn;
    if (to === S.ENGAGED) referral.firstEngagedOn ??= input.occurredOn;
    if (to === S.DECLINED) {
      const criterion = details.declineCriterion?.trim() || null;
      if (details.declineReason === DeclineReason.ELIGIBILITY && !criterion) {
        throw BadUserInputError.field('criterion', 'say which eligibility criterion was not met');
      }
      referral.declineReason = details.declineReason!;
      referral.declineCriterion = criterion;
    }
    await this.db.repository(ctx, ReferralEntity).save(referral);
    await this.recordChange(ctx, referral, from, input, { declineReason: referral.declineReason, declineCriterion: referral.declineCriterion });
    return referral;
  }

  /** A referral the caller may read; otherwise NOT_FOUND, revealing nothing. */
  async get(ctx: RequestContext, id: string): Promise<ReferralEntity> {
    const referral = await this.db.repository(ctx, ReferralEntity).findOneBy({ id });
    if (!referral || !(await allowed(ctx, 'read', 'Referral', referral))) throw new NotFoundError('No referral you can see has that id.');
    return referral;
  }

  /** Referrals the caller may read, filtered in SQL, the most recently made first. */
  list(ctx: RequestContext, args: ReferralsArgs): Promise<Connection<ReferralEntity>> {
    const query = this.db.repository(ctx, ReferralEntity).createQueryBuilder('referral');
    if (args.familyId) query.andWhere('referral.familyId = :familyId', { familyId: args.familyId });
    if (args.subjectPersonId) query.andWhere('referral.subjectPersonId = :subjectPersonId', { subjectPersonId: args.subjectPersonId });
    if (args.status) query.andWhere('referral.status = :status', { status: args.status });
    if (args.serviceType) {
      query.andWhere('referral.serviceId IN (SELECT s.id FROM service s WHERE s.type = :serviceType)', { serviceType: args.serviceType });
    }
    if (args.direction === ReferralDirection.INCOMING) query.andWhere('referral.toAgencyId = :myAgency', { myAgency: ctx.actor!.agencyId });
    if (args.direction === ReferralDirection.OUTGOING) query.andWhere('referral.fromAgencyId = :myAgency', { myAgency: ctx.actor!.agencyId });
    applyAccessFilter(query, abilityOf(ctx), 'read', 'Referral');
    return paginate(query, args, { sort: 'referral.referredOn', id: 'referral.id', direction: 'DESC', sortValue: (r) => r.referredOn });
  }

  /** The family's referrals the caller may read (the family itself is already readable). */
  async forFamily(ctx: RequestContext, familyId: string): Promise<ReferralEntity[]> {
    const rows = await this.loader.allBy(ctx, ReferralEntity, 'familyId', familyId, { referredOn: 'ASC', createdAt: 'ASC' });
    return onlyAllowed(ctx, 'read', 'Referral', rows);
  }

  statusHistory(ctx: RequestContext, referralId: string): Promise<ReferralStatusChangeEntity[]> {
    return this.loader.allBy(ctx, ReferralStatusChangeEntity, 'referralId', referralId, { occurredOn: 'ASC', recordedAt: 'ASC' });
  }

  /** docs/domain.md §3.12: the criteria are judged on the day of submission and kept with the referral. */
  private async applyMaracCriteria(ctx: RequestContext, referral: ReferralEntity, submittedOn: string): Promise<void> {
    const report = await this.marac.evaluate(ctx, referral.subjectPersonId, submittedOn, referral.professionalJudgementReason, referral.id);
    if (!report.criteriaMet.length) {
      throw BadUserInputError.field(
        'professionalJudgementReason',
        `no MARAC criterion is met on ${submittedOn} (no high DASH score or judgement, too few incidents, no previous MARAC referral); to refer on professional judgement, say why`,
      );
    }
    referral.maracCriteria = report.criteriaMet;
    referral.maracCriteriaChecks = report.checks.filter((check) => check.met);
    referral.isRepeatMarac = report.isRepeat;
  }

  /**
   * A referral agreed at a meeting: the meeting went ahead (or is under way) and listed this family.
   * Read directly, because meetings build on referrals (their MARAC items come from MARAC referrals).
   */
  private async assertMadeAtMeeting(ctx: RequestContext, meetingId: string, familyId: string, occurredOn: string): Promise<void> {
    const [meeting] = await this.db.manager(ctx).query(
      `SELECT m.status, (m.starts_at AT TIME ZONE 'UTC')::date::text AS "heldOn",
              EXISTS (SELECT 1 FROM agenda_item ai WHERE ai.meeting_id = m.id AND ai.family_id = $2) AS listed
         FROM meeting m WHERE m.id = $1`,
      [meetingId, familyId],
    );
    if (!meeting || !meeting.listed) throw new NotFoundError('meetingId: no meeting has that id with this family on its agenda.');
    if (meeting.status === 'CANCELLED') throw new ConflictError('That meeting was cancelled, so nothing can be agreed at it.');
    if (occurredOn < meeting.heldOn) throw BadUserInputError.field('occurredOn', `is before the meeting it was agreed at (${meeting.heldOn})`);
  }

  private assertConsent(input: CreateReferralInput): void {
    if (input.consent !== Consent.GIVEN && !input.lawfulBasis) {
      throw BadUserInputError.field(
        'lawfulBasis',
        `consent was ${input.consent === Consent.REFUSED ? 'refused' : 'not sought'}, so give the lawful basis for sharing`,
      );
    }
    if (input.consent === Consent.GIVEN && input.lawfulBasis) {
      throw BadUserInputError.field('lawfulBasis', 'is recorded only when consent was refused or not sought');
    }
    if (input.lawfulBasis === LawfulBasis.OTHER && !input.lawfulBasisNote?.trim()) {
      throw BadUserInputError.field('lawfulBasisNote', 'say what the lawful basis is when it is OTHER');
    }
  }

  private assertNotFuture(date: string): void {
    if (date > today()) throw BadUserInputError.field('occurredOn', 'cannot be in the future');
  }

  private async recordChange(
    ctx: RequestContext,
    referral: ReferralEntity,
    from: S | null,
    input: { occurredOn: string; note?: string },
    decline: { declineReason?: DeclineReason | null; declineCriterion?: string | null },
  ): Promise<void> {
    const change = await this.db.repository(ctx, ReferralStatusChangeEntity).save({
      referralId: referral.id,
      fromStatus: from,
      toStatus: referral.status,
      occurredOn: input.occurredOn,
      byUserId: ctx.actor!.userId,
      note: input.note?.trim() || null,
      declineReason: referral.status === S.DECLINED ? (decline.declineReason ?? null) : null,
      declineCriterion: referral.status === S.DECLINED ? (decline.declineCriterion ?? null) : null,
    });
    await this.audit.record(ctx, {
      action: from === null ? 'referral.create' : AUDIT_ACTION[referral.status as Exclude<S, S.DRAFT>],
      subjectType: 'Referral',
      subjectId: referral.id,
      familyId: referral.familyId,
      detail: {
        familyId: referral.familyId,
        changeId: change.id,
        fromStatus: from,
        toStatus: referral.status,
        ...(referral.status === S.DECLINED ? { declineReason: referral.declineReason } : {}),
        ...(referral.maracCriteria.length ? { maracCriteria: referral.maracCriteria, isRepeatMarac: referral.isRepeatMarac } : {}),
      },
    });
  }
}
