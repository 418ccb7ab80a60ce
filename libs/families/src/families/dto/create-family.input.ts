import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

@InputType()
export class CreateFamilyInput {
  @Field({ description: 'How practitioners refer to the family.' })
  @IsString()
  @Length(2, 200, { message: 'must be between 2 and 200 characters' })
  name: string;
}
