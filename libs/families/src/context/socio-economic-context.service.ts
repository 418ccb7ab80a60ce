import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, EntityLoader, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { FamilyService } from '../families/family.service';
import { RecordSocioEconomicContextInput } from './dto/record-socio-economic-context.input';
import { SocioEconomicContextEntity } from './socio-economic-context.entity';

/** A family's housing, income, employment and deprivation, dated because they change. */
@Injectable()
export class SocioEconomicContextService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly loader: EntityLoader,
  ) {}

  async record(ctx: RequestContext, input: RecordSocioEconomicContextInput): Promise<SocioEconomicContextEntity> {
    await this.families.get(ctx, input.familyId, 'update');
    if (input.recordedOn > today()) throw BadUserInputError.field('recordedOn', 'cannot be in the future');
    const context = await this.db.repository(ctx, SocioEconomicContextEntity).save({
      familyId: input.familyId,
      recordedOn: input.recordedOn,
      housing: input.housing,
      incomeHardship: input.incomeHardship ?? null,
      employment: input.employment,
      deprivationDecile: input.deprivationDecile ?? null,
      recordedByUserId: ctx.actor!.userId,
    });
    await this.audit.record(ctx, { action: 'socio_economic_context.record', subjectType: 'Family', subjectId: input.familyId, detail: { id: context.id } });
    return context;
  }

  /** Newest first: the first record is the family's current context. */
  forFamily(ctx: RequestContext, familyId: string): Promise<SocioEconomicContextEntity[]> {
    return this.loader.allBy(ctx, SocioEconomicContextEntity, 'familyId', familyId, { recordedOn: 'DESC', recordedAt: 'DESC' });
  }
}
