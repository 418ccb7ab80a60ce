import { Injectable } from '@nestjs/common';
import { Role, TeamEntity, UserEntity } from '@waymark/access';
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
      // Allocation is standing access to a family's record: only for those who hold cases.
      if (!user.roles.includes(Role.CASE_PRACTITIONER)) {
        throw BadUserInputError.field(
          'userId',
          'families are allocated to case practitioners; others can be given access through their work (co-work, meetings) or break-glass',
        );
      }
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
