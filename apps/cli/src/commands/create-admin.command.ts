import { INestApplicationContext } from '@nestjs/common';
import { AgencyEntity, AgencyKind, Role, UserService } from '@waymark/access';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { validateOrReject } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { CreateUserInput } from '../../../../libs/access/src/users/dto/create-user.input';
import { CommandArgs } from '../command-args';

/** Creates an administrator (and, on an empty system, the agency they belong to). */
export async function createAdmin(app: INestApplicationContext, args: CommandArgs): Promise<string> {
  const db = app.get(TransactionalConnection);
  const users = app.get(UserService);
  const agencyName = args.optional('agency') ?? 'Local authority';
  const ctx = RequestContext.system('cli');
  const user = await db.withTransaction(ctx, async (tx) => {
    const agencies = db.repository(tx, AgencyEntity);
    const agency =
      (await agencies.createQueryBuilder('a').where('lower(a.name) = lower(:name)', { name: agencyName }).getOne()) ??
      (await agencies.save({ name: agencyName, kind: AgencyKind.CHILDRENS_SOCIAL_CARE }));
    const input = plainToInstance(CreateUserInput, {
      email: args.required('email'),
      password: args.required('password'),
      displayName: args.optional('name') ?? 'Administrator',
      agencyId: agency.id,
      roles: [Role.ADMIN],
    });
    await validateOrReject(input).catch((errors) => {
      throw new Error(
        errors.map((e: { property: string; constraints?: object }) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`).join('; '),
      );
    });
    return users.create(tx, input);
  });
  return `Administrator ${user.email} created in agency "${agencyName}". Sign in with the login mutation.`;
}
