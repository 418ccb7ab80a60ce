import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ServiceType } from '../service-type';

export const MAX_SERVICE_CAPACITY = 100_000;

/** Places at once: a whole number, 0 (full, taking nobody new) or more. */
const IsCapacity = () =>
  applyDecorators(
    IsOptional(),
    IsInt({ message: 'must be a whole number of places' }),
    Min(0, { message: 'must be 0 or more' }),
    Max(MAX_SERVICE_CAPACITY, { message: `must be at most ${MAX_SERVICE_CAPACITY}` }),
  );

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

  @Field(() => Int, { nullable: true, description: 'How many people it can work with at once; leave out when not stated.' })
  @IsCapacity()
  capacity?: number;

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

  @Field(() => Int, { nullable: true, description: 'How many people it can work with at once; null clears it (not stated).' })
  @IsCapacity()
  capacity?: number | null;
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
