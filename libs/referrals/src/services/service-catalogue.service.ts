import { Injectable } from '@nestjs/common';
import { AgencyEntity } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, ConflictError, NotFoundError, RequestContext, TransactionalConnection } from '@waymark/platform';
import { CreateServiceInput, ServicesArgs, UpdateServiceInput } from './dto/service.input';
import { ServiceEntity } from './service.entity';

/** The partnership's catalogue of services that take referrals. */
@Injectable()
export class ServiceCatalogue {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  list(ctx: RequestContext, args: ServicesArgs): Promise<ServiceEntity[]> {
    const query = this.db.repository(ctx, ServiceEntity).createQueryBuilder('service');
    if (args.type) query.andWhere('service.type = :type', { type: args.type });
    if (args.agencyId) query.andWhere('service.agencyId = :agencyId', { agencyId: args.agencyId });
    if (!args.includeInactive) query.andWhere('service.active');
    return query.orderBy('service.name', 'ASC').addOrderBy('service.id', 'ASC').getMany();
  }

  async get(ctx: RequestContext, id: string, field = 'id'): Promise<ServiceEntity> {
    const service = await this.db.repository(ctx, ServiceEntity).findOneBy({ id });
    if (!service) throw new NotFoundError(`${field}: no service has that id.`);
    return service;
  }

  async create(ctx: RequestContext, input: CreateServiceInput): Promise<ServiceEntity> {
    if (!(await this.db.repository(ctx, AgencyEntity).existsBy({ id: input.agencyId }))) throw new NotFoundError('agencyId: no agency has that id.');
    const name = input.name.trim();
    await this.assertNameFree(ctx, input.agencyId, name);
    const service = await this.db.repository(ctx, ServiceEntity).save({
      agencyId: input.agencyId,
      name,
      type: input.type,
      eligibilityNotes: input.eligibilityNotes?.trim() || null,
      acceptsSelfReferral: input.acceptsSelfReferral ?? false,
      capacity: input.capacity ?? null,
      active: true,
    });
    await this.audit.record(ctx, { action: 'service.create', subjectType: 'Service', subjectId: service.id, detail: { type: service.type } });
    return service;
  }

  async update(ctx: RequestContext, input: UpdateServiceInput): Promise<ServiceEntity> {
    const service = await this.get(ctx, input.id);
    if (input.name !== undefined) {
      const name = input.name.trim();
      if (!name) throw BadUserInputError.field('name', 'must not be blank');
      if (name.toLowerCase() !== service.name.toLowerCase()) await this.assertNameFree(ctx, service.agencyId, name);
      service.name = name;
    }
    if (input.eligibilityNotes !== undefined) service.eligibilityNotes = input.eligibilityNotes.trim() || null;
    if (input.acceptsSelfReferral !== undefined) service.acceptsSelfReferral = input.acceptsSelfReferral;
    if (input.capacity !== undefined) service.capacity = input.capacity;
    const saved = await this.db.repository(ctx, ServiceEntity).save(service);
    await this.audit.record(ctx, {
      action: 'service.update',
      subjectType: 'Service',
      subjectId: service.id,
      detail: { fields: Object.keys(input).filter((k) => k !== 'id') },
    });
    return saved;
  }

  /** Stops new referrals; referrals already made go on to their outcome. */
  async deactivate(ctx: RequestContext, id: string): Promise<ServiceEntity> {
    const service = await this.get(ctx, id);
    if (!service.active) throw new ConflictError(`${service.name} is already deactivated.`);
    service.active = false;
    const saved = await this.db.repository(ctx, ServiceEntity).save(service);
    await this.audit.record(ctx, { action: 'service.deactivate', subjectType: 'Service', subjectId: service.id });
    return saved;
  }

  private async assertNameFree(ctx: RequestContext, agencyId: string, name: string): Promise<void> {
    const existing = await this.db
      .repository(ctx, ServiceEntity)
      .createQueryBuilder('service')
      .where('service.agencyId = :agencyId AND lower(service.name) = lower(:name)', { agencyId, name })
      .getOne();
    if (existing) throw new ConflictError(`This agency already has a service called "${existing.name}".`);
  }
}
