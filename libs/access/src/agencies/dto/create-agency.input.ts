import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, Length } from 'class-validator';
import { AgencyKind } from '../agency-kind';

@InputType()
export class CreateAgencyInput {
  @Field()
  @IsString()
  @Length(2, 200, { message: 'must be between 2 and 200 characters' })
  name: string;

  @Field(() => AgencyKind)
  @IsEnum(AgencyKind)
  kind: AgencyKind;
}
