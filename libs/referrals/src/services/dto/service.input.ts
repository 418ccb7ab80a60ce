import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ServiceType } from '../service-type';

@InputType()
export class CreateServiceInput {
  @Field(() => ID, { description: 'The agency that runs the service.' })
  @IsUUID('all', { message: 'must be an agency id' })
  agencyId: string;

  @Field()
  @IsString()
  @Length(2, 200, { message: 'must be between 2 and 200 characters' })
  name: string;

  @Field(() => ServiceType)
  @IsEnum(ServiceType)
  type: ServiceType;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  eligibilityNotes?: string;

  @Field({ nullable: true, description: 'Default false.' })
  @IsOptional()
  @IsBoolean()
  acceptsSelfReferral?: boolean;
}

@InputType()
export class UpdateServiceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a service id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200, { message: 'must be between 2 and 200 characters' })
  name?: string;

  @Field({ nullable: true, description: 'An empty string clears the notes.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  eligibilityNotes?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  acceptsSelfReferral?: boolean;
}

@ArgsType()
export class ServicesArgs {
  @Field(() => ServiceType, { nullable: true })
  @IsOptional()
  @IsEnum(ServiceType)
  type?: ServiceType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an agency id' })
  agencyId?: string;

  @Field({ nullable: true, description: 'Include deactivated services; default false.' })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;
}
