import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { IncidentKind, IncidentRole } from '../incident-kinds';

@InputType()
export class IncidentPersonInput {
  @Field(() => ID, { description: 'A member of the family, current or past.' })
  @IsUUID('all', { message: 'must be a person id' })
  personId: string;

  @Field(() => IncidentRole)
  @IsEnum(IncidentRole)
  role: IncidentRole;
}

@InputType()
export class RecordIncidentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => LocalDate, { description: 'When it happened; not in the future.' })
  @IsLocalDate()
  occurredOn: string;

  @Field(() => ID, { description: 'The agency that reported it (the police force, for a notification).' })
  @IsUUID('all', { message: 'must be an agency id' })
  reportingAgencyId: string;

  @Field(() => IncidentKind)
  @IsEnum(IncidentKind)
  kind: IncidentKind;

  @Field({ description: 'A short description, at most 1000 characters.' })
  @IsString()
  @Length(1, 1000, { message: 'must describe the incident in at most 1000 characters' })
  description: string;

  @Field(() => [IncidentPersonInput], { description: 'Everyone involved, each once.' })
  @ArrayMinSize(1, { message: 'must name at least one person involved' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => IncidentPersonInput)
  people: IncidentPersonInput[];
}
