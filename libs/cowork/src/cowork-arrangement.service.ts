import { Injectable } from '@nestjs/common';
import { allowed, assertCan, onlyAllowed, Role, UserEntity } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { FamilyEntity } from '@waymark/families';
import { BadUserInputError, ConflictError, EntityLoader, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { IsNull } from 'typeorm';
import { CoworkArrangementEntity } from './cowork-arrangement.entity';
import { EndCoworkInput, StartCoworkInput } from './dto/start-cowork.input';
import { CoworkEntryEntity } from './entries/cowork-entry.entity';

const WHO_STARTS = "Co-work is started by the family's case holder or a manager of its lead agency.";
const WHO_ENDS = "Co-work is ended by the specialist, the family's case holder or a manager of its lead agency.";

/**
 * Arrangements that open a family to a DVA specialist. A specialist never starts their own: the
 * family's case holder or a manager of its lead agency does, so access is always granted by someone
 * already responsible for the family.
 */
@Injectable()
export class CoworkArrangementService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly loader: EntityLoader,
  ) {}

  async start(ctx: RequestContext, input: StartCoworkInput): Promise<CoworkArrangementEntity> {
    const family = await this.db.repository(ctx, FamilyEntity).findOneBy({ id: input.familyId });
    if (!family) throw new NotFoundError('familyId: no family has that id.');
    await assertCan(ctx, 'start', 'CoworkArrangement', { familyId: family.id, familyAgencyId: family.agencyId }, WHO_STARTS);
    if (input.specialistUserId === ctx.actor!.userId) {
      throw BadUserInputError.field('specialistUserId', 'is you: co-work opens the family to someone else, so another person must start yours');
    }
    const specialist = await this.db.repository(ctx, UserEntity).findOneBy({ id: input.specialistUserId });
    if (!specialist || !specialist.active) throw new NotFoundError('specialistUserId: no active user has that id.');
    if (!specialist.roles.includes(Role.DVA_SPECIALIST)) {
      throw BadUserInputError.field(
        'specialistUserId',
        `${specialist.displayName} is not a DVA specialist; co-work is with a user holding the DVA_SPECIALIST role`,
      );
    }
    if (input.startedOn > today()) throw BadUserInputError.field('startedOn', 'cannot be in the future');
    const reason = input.reason.trim();
    if (!reason) throw BadUserInputError.field('reason', 'must say why the specialist is brought in');

    const arrangements = this.db.repository(ctx, CoworkArrangementEntity);
    const active = await arrangements.findOneBy({ familyId: family.id, specialistUserId: specialist.id, endedOn: IsNull() });
    if (active) throw new ConflictError(`${specialist.displayName} already co-works this family (since ${active.startedOn}); end that co-work first.`);
    const [previous] = await arrangements.find({ where: { familyId: family.id, specialistUserId: specialist.id }, order: { endedOn: 'DESC' }, take: 1 });
    if (previous?.endedOn && input.startedOn < previous.endedOn) {
      throw BadUserInputError.field('startedOn', `is before ${specialist.displayName}'s previous co-work with this family ended (${previous.endedOn})`);
    }

    const arrangement = await arrangements.save({
      familyId: family.id,
      specialistUserId: specialist.id,
      startedOn: input.startedOn,
      startedByUserId: ctx.actor!.userId,
      reason,
      endedOn: null,
      endedByUserId: null,
      endedAt: null,
    });
    await this.audit.record(ctx, {
      action: 'cowork.start',
      subjectType: 'Family',
      subjectId: family.id,
      detail: { arrangementId: arrangement.id, specialistUserId: specialist.id },
    });
    return arrangement;
  }

  async end(ctx: RequestContext, input: EndCoworkInput): Promise<CoworkArrangementEntity> {
    // Locked, so an entry cannot be logged under it while it ends (logging locks it too).
    const arrangement = await this.db
      .repository(ctx, CoworkArrangementEntity)
      .createQueryBuilder('arrangement')
      .setLock('pessimistic_write')
      .where('arrangement.id = :id', { id: input.arrangementId })
      .getOne();
    if (!arrangement || !(await allowed(ctx, 'read', 'CoworkArrangement', arrangement))) {
      throw new NotFoundError('arrangementId: no co-work arrangement you can see has that id.');
    }
    const family = await this.db.repository(ctx, FamilyEntity).findOneByOrFail({ id: arrangement.familyId });
    await assertCan(ctx, 'end', 'CoworkArrangement', { ...arrangement, familyAgencyId: family.agencyId }, WHO_ENDS);
    if (arrangement.endedOn) throw new ConflictError(`This co-work already ended on ${arrangement.endedOn}.`);
    if (input.endedOn > today()) throw BadUserInputError.field('endedOn', 'cannot be in the future');
    if (input.endedOn < arrangement.startedOn) throw BadUserInputError.field('endedOn', `is before the co-work started (${arrangement.startedOn})`);
    const [last] = await this.db.repository(ctx, CoworkEntryEntity).find({ where: { arrangementId: arrangement.id }, order: { occurredOn: 'DESC' }, take: 1 });
    if (last && input.endedOn < last.occurredOn) {
      throw BadUserInputError.field('endedOn', `is before the last work logged under this co-work (${last.occurredOn})`);
    }

    arrangement.endedOn = input.endedOn;
    arrangement.endedByUserId = ctx.actor!.userId;
    arrangement.endedAt = new Date();
    await this.db.repository(ctx, CoworkArrangementEntity).save(arrangement);
    await this.audit.record(ctx, {
      action: 'cowork.end',
      subjectType: 'Family',
      subjectId: arrangement.familyId,
      detail: { arrangementId: arrangement.id, specialistUserId: arrangement.specialistUserId },
    });
    return arrangement;
  }

  /** The family's arrangements the caller may see (cowork.permissions.ts), oldest first. */
  async forFamily(ctx: RequestContext, familyId: string): Promise<CoworkArrangementEntity[]> {
    const rows = await this.loader.allBy(ctx, CoworkArrangementEntity, 'familyId', familyId, { startedOn: 'ASC', createdAt: 'ASC' });
    return onlyAllowed(ctx, 'read', 'CoworkArrangement', rows);
  }

  user(ctx: RequestContext, userId: string): Promise<UserEntity> {
    return this.loader.byId(ctx, UserEntity, userId);
  }
}
