import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';

@InputType()
export class StartCoworkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => ID, { description: 'An active user holding the DVA_SPECIALIST role; not yourself.' })
  @IsUUID('all', { message: 'must be a user id' })
  specialistUserId: string;

  @Field(() => LocalDate, { description: 'When the co-work began; not in the future, not before their previous co-work with this family ended.' })
  @IsLocalDate()
  startedOn: string;

  @Field({ description: 'Why the specialist is brought in. Victim-side detail: shown only to those working for the victim.' })
  @IsString()
  @Length(1, 2000, { message: 'must say why, in at most 2000 characters' })
  reason: string;
}

@InputType()
export class EndCoworkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a co-work arrangement id' })
  arrangementId: string;

  @Field(() => LocalDate, { description: 'Not in the future, not before it started or before its last co-work entry.' })
  @IsLocalDate()
  endedOn: string;
}
