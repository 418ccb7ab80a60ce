import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, ConflictError, Connection, NotFoundError, paginate, RequestContext, TransactionalConnection } from '@waymark/platform';
import { abilityOf, assertCan } from '../ability/ability-of';
import { applyAccessFilter } from '../ability/accessible-where';
import { AgencyEntity } from '../agencies/agency.entity';
import { PasswordHasher } from '../auth/password-hasher';
import { TeamService } from '../teams/team.service';
import { CreateUserInput } from './dto/create-user.input';
import { ChangeMyPasswordInput, SetUserPasswordInput } from './dto/set-password.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UsersArgs } from './dto/users.args';
import { UserEntity } from './user.entity';

@Injectable()
export class UserService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly passwords: PasswordHasher,
    private readonly teams: TeamService,
  ) {}

  async list(ctx: RequestContext, args: UsersArgs): Promise<Connection<UserEntity>> {
    const query = this.db.repository(ctx, UserEntity).createQueryBuilder('user');
    applyAccessFilter(query, abilityOf(ctx), 'read', 'User');
    if (args.agencyId) query.andWhere('user.agencyId = :agencyId', { agencyId: args.agencyId });
    if (args.role) query.andWhere(':role = ANY(user.roles)', { role: args.role });
    if (args.active !== undefined) query.andWhere('user.active = :active', { active: args.active });
    return paginate(query, args, { sort: 'user.displayName', id: 'user.id', direction: 'ASC', sortValue: (u) => u.displayName });
  }

  async get(ctx: RequestContext, id: string): Promise<UserEntity> {
    const user = await this.find(ctx, id);
    await assertCan(ctx, 'read', 'User', user, 'You can only see accounts in your own agency.');
    return user;
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<UserEntity> {
    await this.assertAgencyExists(ctx, input.agencyId);
    if (input.teamId) await this.teams.assertInAgency(ctx, input.teamId, input.agencyId);
    await this.assertEmailFree(ctx, input.email);
    const user = await this.db.repository(ctx, UserEntity).save({
      email: input.email.trim(),
      displayName: input.displayName.trim(),
      agencyId: input.agencyId,
      teamId: input.teamId ?? null,
      roles: input.roles,
      active: true,
      passwordHash: await this.passwords.hash(input.password),
      tokensValidAfter: new Date(),
    });
    await this.audit.record(ctx, { action: 'user.create', subjectType: 'User', subjectId: user.id, detail: { roles: input.roles } });
    return this.find(ctx, user.id);
  }

  async update(ctx: RequestContext, input: UpdateUserInput): Promise<UserEntity> {
    const user = await this.find(ctx, input.id);
    await assertCan(ctx, 'update', 'User', user);
    if (input.agencyId) await this.assertAgencyExists(ctx, input.agencyId);
    if (input.teamId) await this.teams.assertInAgency(ctx, input.teamId, input.agencyId ?? user.agencyId);
    // Moving agency without naming a new team leaves the old agency's team behind.
    const teamId = input.teamId ?? (input.agencyId && input.agencyId !== user.agencyId ? null : undefined);
    await this.db.repository(ctx, UserEntity).update(user.id, {
      ...(input.displayName ? { displayName: input.displayName.trim() } : {}),
      ...(input.agencyId ? { agencyId: input.agencyId } : {}),
      ...(input.roles ? { roles: input.roles } : {}),
      ...(teamId !== undefined ? { teamId } : {}),
    });
    await this.audit.record(ctx, {
      action: 'user.update',
      subjectType: 'User',
      subjectId: user.id,
      detail: { fields: Object.keys(input).filter((k) => k !== 'id'), ...(input.roles ? { roles: input.roles } : {}) },
    });
    return this.find(ctx, user.id);
  }

  async deactivate(ctx: RequestContext, id: string): Promise<UserEntity> {
    const user = await this.find(ctx, id);
    await assertCan(ctx, 'deactivate', 'User', user);
    if (user.id === ctx.actor?.userId) throw new ConflictError('You cannot deactivate your own account; ask another administrator.');
    if (!user.active) throw new ConflictError('This account is already deactivated.');
    await this.db.repository(ctx, UserEntity).update(id, { active: false, tokensValidAfter: new Date() });
    await this.audit.record(ctx, { action: 'user.deactivate', subjectType: 'User', subjectId: id });
    return this.find(ctx, id);
  }

  async reactivate(ctx: RequestContext, id: string): Promise<UserEntity> {
    const user = await this.find(ctx, id);
    await assertCan(ctx, 'reactivate', 'User', user);
    if (user.active) throw new ConflictError('This account is already active.');
    await this.db.repository(ctx, UserEntity).update(id, { active: true });
    await this.audit.record(ctx, { action: 'user.reactivate', subjectType: 'User', subjectId: id });
    return this.find(ctx, id);
  }

  async setPassword(ctx: RequestContext, input: SetUserPasswordInput): Promise<UserEntity> {
    await assertCan(ctx, 'setPassword', 'User', await this.find(ctx, input.userId));
    await this.storePassword(ctx, input.userId, input.password);
    await this.audit.record(ctx, { action: 'user.set_password', subjectType: 'User', subjectId: input.userId });
    return this.find(ctx, input.userId);
  }

  async changeMyPassword(ctx: RequestContext, input: ChangeMyPasswordInput): Promise<void> {
    const userId = ctx.actor!.userId;
    const stored = await this.db
      .repository(ctx, UserEntity)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :userId', { userId })
      .getOneOrFail();
    if (!(await this.passwords.verify(stored.passwordHash, input.currentPassword))) {
      throw BadUserInputError.field('currentPassword', 'is not your current password');
    }
    await this.storePassword(ctx, userId, input.newPassword);
    await this.audit.record(ctx, { action: 'user.change_own_password', subjectType: 'User', subjectId: userId });
  }

  /** Also invalidates every token issued before now. */
  private async storePassword(ctx: RequestContext, userId: string, password: string): Promise<void> {
    await this.db.repository(ctx, UserEntity).update(userId, { passwordHash: await this.passwords.hash(password), tokensValidAfter: new Date() });
  }

  private async find(ctx: RequestContext, id: string): Promise<UserEntity> {
    const user = await this.db.repository(ctx, UserEntity).findOneBy({ id });
    if (!user) throw new NotFoundError('No user has that id.');
    return user;
  }

  private async assertAgencyExists(ctx: RequestContext, agencyId: string): Promise<void> {
    if (!(await this.db.repository(ctx, AgencyEntity).existsBy({ id: agencyId }))) {
      throw new NotFoundError('agencyId: no agency has that id.');
    }
  }

  private async assertEmailFree(ctx: RequestContext, email: string): Promise<void> {
    const taken = await this.db
      .repository(ctx, UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getExists();
    if (taken) throw new ConflictError('An account with that email already exists.');
  }
}
