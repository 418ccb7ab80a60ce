import { Injectable } from '@nestjs/common';
import { TeamEntity, UserEntity } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, EntityLoader, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { FamilyService } from '../families/family.service';
import { AllocationEntity } from './allocation.entity';
import { AllocateFamilyInput } from './dto/allocate-family.input';

@Injectable()
export class AllocationService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly loader: EntityLoader,
  ) {}

  async allocate(ctx: RequestContext, input: AllocateFamilyInput): Promise<AllocationEntity> {
    if (!input.userId && !input.teamId) throw new BadUserInputError('Name a practitioner (userId), a team (teamId), or both.');
    await this.families.get(ctx, input.familyId, 'allocate');
    if (input.userId) {
      const user = await this.db.repository(ctx, UserEntity).findOneBy({ id: input.userId });
      if (!user || !user.active) throw new NotFoundError('userId: no active user has that id.');
    }
    if (input.teamId && !(await this.db.repository(ctx, TeamEntity).existsBy({ id: input.teamId }))) {
      throw new NotFoundError('teamId: no team has that id.');
    }
    const allocation = await this.db.repository(ctx, AllocationEntity).save({
      familyId: input.familyId,
      userId: input.userId ?? null,
      teamId: input.teamId ?? null,
      startedOn: today(),
      endedOn: null,
    });
    await this.audit.record(ctx, { action: 'family.allocate', subjectType: 'Family', subjectId: input.familyId, detail: { allocationId: allocation.id } });
    return allocation;
  }

  forFamily(ctx: RequestContext, familyId: string): Promise<AllocationEntity[]> {
    return this.loader.allBy(ctx, AllocationEntity, 'familyId', familyId, { startedOn: 'ASC', id: 'ASC' });
  }
}
