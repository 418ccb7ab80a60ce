import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { PractitionerContactKind, PractitionerContactOutcome } from '../practitioner-contact-kinds';

@InputType()
export class RecordPractitionerContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => ID, { description: 'Someone recorded as causing harm in this family (a harm relationship, a DASH or an incident).' })
  @IsUUID('all', { message: 'must be a person id' })
  personCausingHarmId: string;

  @Field(() => PractitionerContactKind)
  @IsEnum(PractitionerContactKind)
  kind: PractitionerContactKind;

  @Field(() => PractitionerContactOutcome)
  @IsEnum(PractitionerContactOutcome)
  outcome: PractitionerContactOutcome;

  @Field(() => LocalDate, { description: 'When it happened; not in the future.' })
  @IsLocalDate()
  occurredOn: string;
}
