import { Injectable } from '@nestjs/common';
import { abilityOf, applyAccessFilter, onlyAllowed, UserEntity } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { EntityLoader, RequestContext, TransactionalConnection } from '@waymark/platform';
import { AcceptedReferrals } from '../accepted-referral';
import { RecordPerpetratorRiskViewInput } from '../dto/record-programme-session.input';
import { PerpetratorRiskViewEntity } from './perpetrator-risk-view.entity';

/** The perpetrator worker's view of risk to the family: written on his referral, read by the family's case holder. */
@Injectable()
export class PerpetratorRiskViewService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly accepted: AcceptedReferrals,
    private readonly loader: EntityLoader,
  ) {}

  async record(ctx: RequestContext, input: RecordPerpetratorRiskViewInput): Promise<PerpetratorRiskViewEntity> {
    const { referral } = await this.accepted.forWork(ctx, input.referralId, 'PerpetratorRiskView', input.recordedOn, 'recordedOn');
    const view = await this.db.repository(ctx, PerpetratorRiskViewEntity).save({
      referralId: referral.id,
      familyId: referral.familyId,
      personId: referral.subjectPersonId,
      recordedOn: input.recordedOn,
      level: input.level,
      view: input.view.trim(),
      recordedByUserId: ctx.actor!.userId,
      recordedByAgencyId: ctx.actor!.agencyId,
    });
    await this.audit.record(ctx, {
      action: 'perpetrator_risk_view.record',
      subjectType: 'Referral',
      subjectId: referral.id,
      familyId: referral.familyId,
      detail: { viewId: view.id, level: input.level },
    });
    return view;
  }

  async forReferral(ctx: RequestContext, referralId: string): Promise<PerpetratorRiskViewEntity[]> {
    const rows = await this.loader.allBy(ctx, PerpetratorRiskViewEntity, 'referralId', referralId, { recordedOn: 'ASC', recordedAt: 'ASC' });
    return onlyAllowed(ctx, 'read', 'PerpetratorRiskView', rows);
  }

  async forFamily(ctx: RequestContext, familyId: string): Promise<PerpetratorRiskViewEntity[]> {
    const query = this.db.repository(ctx, PerpetratorRiskViewEntity).createQueryBuilder('view').where('view.familyId = :familyId', { familyId });
    applyAccessFilter(query, abilityOf(ctx), 'read', 'PerpetratorRiskView');
    return query.orderBy('view.recordedOn', 'ASC').addOrderBy('view.recordedAt', 'ASC').getMany();
  }

  user(ctx: RequestContext, userId: string): Promise<UserEntity> {
    return this.loader.byId(ctx, UserEntity, userId);
  }
}
