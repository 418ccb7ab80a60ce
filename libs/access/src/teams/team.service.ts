import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { ConflictError, NotFoundError, RequestContext, TransactionalConnection } from '@waymark/platform';
import { AgencyEntity } from '../agencies/agency.entity';
import { CreateTeamInput } from './dto/create-team.input';
import { TeamEntity } from './team.entity';

@Injectable()
export class TeamService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  list(ctx: RequestContext, agencyId?: string): Promise<TeamEntity[]> {
    return this.db.repository(ctx, TeamEntity).find({ where: agencyId ? { agencyId } : {}, order: { name: 'ASC' } });
  }

  async create(ctx: RequestContext, input: CreateTeamInput): Promise<TeamEntity> {
    if (!(await this.db.repository(ctx, AgencyEntity).existsBy({ id: input.agencyId }))) {
      throw new NotFoundError('agencyId: no agency has that id.');
    }
    const taken = await this.db
      .repository(ctx, TeamEntity)
      .createQueryBuilder('team')
      .where('team.agencyId = :agencyId AND lower(team.name) = lower(:name)', { agencyId: input.agencyId, name: input.name.trim() })
      .getExists();
    if (taken) throw new ConflictError('That agency already has a team with this name.');
    const team = await this.db.repository(ctx, TeamEntity).save({ agencyId: input.agencyId, name: input.name.trim() });
    await this.audit.record(ctx, { action: 'team.create', subjectType: 'Team', subjectId: team.id });
    return team;
  }

  /** The team must exist and belong to the agency. */
  async assertInAgency(ctx: RequestContext, teamId: string, agencyId: string): Promise<void> {
    const team = await this.db.repository(ctx, TeamEntity).findOneBy({ id: teamId });
    if (!team) throw new NotFoundError('teamId: no team has that id.');
    if (team.agencyId !== agencyId) throw new ConflictError("teamId: that team belongs to another agency than the user's.");
  }
}
