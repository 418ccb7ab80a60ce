import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDefined, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsLocalDate, PageArgs } from '@waymark/platform';

/** At least one criterion; every one given must match. */
@InputType()
export class PersonSearchInput {
  @Field({
    nullable: true,
    description:
      'A whole name, a given name, a family name or another name (alias), compared as the duplicate check compares them: accents, case, spaces and punctuation ignored. ' +
      'Other names match only people whose other names your role may see.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'must be 200 characters or fewer' })
  @Matches(/[\p{L}\p{N}]/u, { message: 'must contain at least one letter' })
  name?: string;

  // A string checked by class-validator rather than the LocalDate scalar, so that a wrong date is
  // reported against this field (extensions.fields) like every other input problem.
  @Field({ nullable: true, description: "The exact date of birth (or expected date of birth), 'YYYY-MM-DD'." })
  @IsOptional()
  @IsLocalDate()
  dateOfBirth?: string;

  @Field({ nullable: true, description: 'The outward part of the postcode, e.g. "M14". Matches only people whose postcode area your role may see.' })
  @IsOptional()
  @Matches(/^\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s*$/, { message: 'must be the first part of a postcode, such as M14 or SW1A' })
  postcodeArea?: string;
}

@ArgsType()
export class PersonSearchArgs extends PageArgs {
  @Field(() => PersonSearchInput)
  @IsDefined()
  @ValidateNested()
  @Type(() => PersonSearchInput)
  input: PersonSearchInput;
}
