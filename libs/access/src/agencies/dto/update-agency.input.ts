import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { AgencyKind } from '../agency-kind';

@InputType()
export class UpdateAgencyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an agency id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200, { message: 'must be between 2 and 200 characters' })
  name?: string;

  @Field(() => AgencyKind, { nullable: true })
  @IsOptional()
  @IsEnum(AgencyKind)
  kind?: AgencyKind;
}
