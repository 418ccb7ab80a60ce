import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, RequestContext, TransactionalConnection } from '@waymark/platform';
import { AuditService } from '@waymark/audit';
import { AgencyEntity } from './agency.entity';
import { CreateAgencyInput } from './dto/create-agency.input';
import { UpdateAgencyInput } from './dto/update-agency.input';

@Injectable()
export class AgencyService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  list(ctx: RequestContext): Promise<AgencyEntity[]> {
    return this.db.repository(ctx, AgencyEntity).find({ order: { name: 'ASC' } });
  }

  async get(ctx: RequestContext, id: string): Promise<AgencyEntity> {
    const agency = await this.db.repository(ctx, AgencyEntity).findOneBy({ id });
    if (!agency) throw new NotFoundError('No agency has that id.');
    return agency;
  }

  async create(ctx: RequestContext, input: CreateAgencyInput): Promise<AgencyEntity> {
    await this.assertNameFree(ctx, input.name);
    const agency = await this.db.repository(ctx, AgencyEntity).save({ name: input.name.trim(), kind: input.kind });
    await this.audit.record(ctx, { action: 'agency.create', subjectType: 'Agency', subjectId: agency.id });
    return agency;
  }

  async update(ctx: RequestContext, input: UpdateAgencyInput): Promise<AgencyEntity> {
    const agency = await this.get(ctx, input.id);
    if (input.name && input.name.trim().toLowerCase() !== agency.name.toLowerCase()) {
      await this.assertNameFree(ctx, input.name);
      agency.name = input.name.trim();
    }
    if (input.kind) agency.kind = input.kind;
    const saved = await this.db.repository(ctx, AgencyEntity).save(agency);
    await this.audit.record(ctx, {
      action: 'agency.update',
      subjectType: 'Agency',
      subjectId: agency.id,
      detail: { fields: Object.keys(input).filter((k) => k !== 'id') },
    });
    return saved;
  }

  private async assertNameFree(ctx: RequestContext, name: string): Promise<void> {
    const existing = await this.db
      .repository(ctx, AgencyEntity)
      .createQueryBuilder('agency')
      .where('lower(agency.name) = lower(:name)', { name: name.trim() })
      .getOne();
    if (existing) throw new ConflictError(`An agency called "${existing.name}" already exists.`);
  }
}
