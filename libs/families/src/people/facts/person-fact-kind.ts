import { registerEnumType } from '@nestjs/graphql';

/** The facts about a person that signals and reports read on a given day, so their history is kept. */
export enum PersonFactKind {
  INTERPRETER_NEEDED = 'INTERPRETER_NEEDED',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
}
registerEnumType(PersonFactKind, { name: 'PersonFactKind' });
