import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsLocalDate, LocalDate, PageArgs } from '@waymark/platform';
import { ActionStatus } from '../../meeting-kinds';

@InputType()
export class AgreeActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an agenda item id' })
  agendaItemId: string;

  @Field({ description: 'What is to be done.' })
  @IsString()
  @Length(3, 2000, { message: 'must be 3 to 2000 characters' })
  description: string;

  @Field(() => ID, { description: 'The agency responsible: one invited to the meeting, or the organising agency.' })
  @IsUUID('all', { message: 'must be an agency id' })
  owningAgencyId: string;

  @Field(() => ID, { nullable: true, description: 'The owner, a user of the owning agency. Give this or externalOwnerName.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  ownerUserId?: string;

  @Field({ nullable: true, description: 'The owner when they have no account (e.g. "Duty GP, Northside Practice"); the coordinator is asked to chase them.' })
  @IsOptional()
  @IsString()
  @Length(2, 200, { message: 'must be 2 to 200 characters' })
  externalOwnerName?: string;

  @Field(() => ID, { description: "The person in the item's scope whose need or behaviour the action addresses." })
  @IsUUID('all', { message: 'must be a person id' })
  subjectPersonId: string;

  @Field(() => LocalDate, { description: 'Not before the meeting.' })
  @IsLocalDate()
  dueOn: string;
}

@InputType()
export class CloseActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an action id' })
  actionId: string;

  @Field({ description: 'What was done, or why the action is no longer needed.' })
  @IsString()
  @Length(3, 2000, { message: 'must be 3 to 2000 characters' })
  note: string;

  @Field(() => LocalDate, { nullable: true, description: 'When; today if not given. Not in the future, not before the meeting.' })
  @IsOptional()
  @IsLocalDate()
  completedOn?: string;
}

@ArgsType()
export class MyActionsArgs extends PageArgs {
  @Field(() => ActionStatus, { nullable: true, description: 'Only actions with this status.' })
  @IsOptional()
  @IsEnum(ActionStatus)
  status?: ActionStatus;
}

@ArgsType()
export class OverdueActionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only actions owned by this agency.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an agency id' })
  agencyId?: string;
}

@ArgsType()
export class AgencyActionsArgs extends PageArgs {
  @Field(() => ActionStatus, { nullable: true, description: 'Only actions with this status.' })
  @IsOptional()
  @IsEnum(ActionStatus)
  status?: ActionStatus;
}
