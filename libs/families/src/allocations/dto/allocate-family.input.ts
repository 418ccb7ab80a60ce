import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@InputType()
export class AllocateFamilyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => ID, { nullable: true, description: 'The practitioner; give this, a team, or both.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  userId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;
}
