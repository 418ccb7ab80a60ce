import { Injectable } from '@nestjs/common';
import { AgencyEntity, onlyAllowed } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { FamilyMembershipEntity, FamilyService, PersonService } from '@waymark/families';
import { BadUserInputError, EntityLoader, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { In } from 'typeorm';
import { RecordIncidentInput } from './dto/record-incident.input';
import { IncidentEntity, IncidentPersonEntity } from './incident.entity';

/** Reported incidents in a family: they appear on its timeline and count toward MARAC escalation. */
@Injectable()
export class IncidentService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly people: PersonService,
    private readonly loader: EntityLoader,
  ) {}

  async record(ctx: RequestContext, input: RecordIncidentInput): Promise<IncidentEntity> {
    await this.families.get(ctx, input.familyId, 'update');
    if (input.occurredOn > today()) throw BadUserInputError.field('occurredOn', 'cannot be in the future');
    if (!(await this.db.repository(ctx, AgencyEntity).existsBy({ id: input.reportingAgencyId }))) {
      throw new NotFoundError('reportingAgencyId: no agency has that id.');
    }
    const personIds = input.people.map((p) => p.personId);
    if (new Set(personIds).size !== personIds.length) throw BadUserInputError.field('people', 'name each person once');
    const members = await this.db.repository(ctx, FamilyMembershipEntity).findBy({ familyId: input.familyId, personId: In(personIds) });
    for (const [index, { personId }] of input.people.entries()) {
      const person = await this.people.findVisible(ctx, personId, `people.${index}.personId`);
      if (!members.some((m) => m.personId === personId)) {
        throw BadUserInputError.field(`people.${index}.personId`, `${person.givenName} has never been a member of this family`);
      }
    }
    const incident = await this.db.repository(ctx, IncidentEntity).save({
      familyId: input.familyId,
      occurredOn: input.occurredOn,
      reportingAgencyId: input.reportingAgencyId,
      kind: input.kind,
      description: input.description.trim(),
      recordedByUserId: ctx.actor!.userId,
    });
    await this.db.repository(ctx, IncidentPersonEntity).insert(input.people.map((p) => ({ incidentId: incident.id, personId: p.personId, role: p.role })));
    await this.audit.record(ctx, {
      action: 'incident.record',
      subjectType: 'Family',
      subjectId: input.familyId,
      detail: { incidentId: incident.id, kind: incident.kind },
    });
    return incident;
  }

  /** The family's incidents the caller may read (the family itself is already readable), oldest first. */
  async forFamily(ctx: RequestContext, familyId: string): Promise<IncidentEntity[]> {
    const rows = await this.loader.allBy(ctx, IncidentEntity, 'familyId', familyId, { occurredOn: 'ASC', recordedAt: 'ASC' });
    return onlyAllowed(ctx, 'read', 'Incident', rows);
  }

  involved(ctx: RequestContext, incidentId: string): Promise<IncidentPersonEntity[]> {
    return this.loader.allBy(ctx, IncidentPersonEntity, 'incidentId', incidentId);
  }
}
