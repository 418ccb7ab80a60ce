import { INestApplicationContext } from '@nestjs/common';
import { AccessExplainer } from '@waymark/access';
import { CommandArgs } from '../command-args';

/** Why a user can (or cannot) see a person, and which of their details: ids and rule names only. */
export async function explainAccess(app: INestApplicationContext, args: CommandArgs): Promise<string> {
  const e = await app.get(AccessExplainer).explainPerson(args.required('user'), args.required('person'));
  const yesNo = (value: boolean) => (value ? 'yes' : 'no');
  return [
    `User ${e.user.id} (${e.user.roles.join(', ')}; agency ${e.user.agencyId})`,
    `  works for the victim: ${yesNo(e.side.worksForTheVictim)}; works with people causing harm: ${yesNo(e.side.worksWithPeopleCausingHarm)}`,
    `Person ${e.person.id} (families: ${e.person.familyIds.join(', ') || 'none'})`,
    `  may read: ${yesNo(e.mayRead)}`,
    ...(e.through.length ? e.through.map((t) => `  through ${t.fact}: ${t.holds}`) : ['  through: no relationship opens this person']),
    `  restricted fields shown: ${e.shownFields.join(', ') || 'none'}`,
    `  restricted fields hidden: ${e.hiddenFields.join(', ') || 'none'}`,
  ].join('\n');
}
