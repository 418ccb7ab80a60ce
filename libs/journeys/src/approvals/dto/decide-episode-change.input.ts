import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class ApproveEpisodeChangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a proposal id' })
  proposalId: string;

  @Field({ description: 'Why the manager approves, with the risk check in mind.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'enter a note saying why you approve it' })
  @MaxLength(2000)
  note: string;

  @Field({ description: 'The digest of the risk check the manager read (RiskCheck.digest); if the risk has changed since, nothing is approved.' })
  @Matches(/^[0-9a-f]{16}$/, { message: 'must be the digest of the risk check you read' })
  riskCheckDigest: string;
}

@InputType()
export class ReturnEpisodeChangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a proposal id' })
  proposalId: string;

  @Field({ description: 'What the practitioner should do or consider before proposing again.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'enter the reason you are returning it' })
  @MaxLength(2000)
  reason: string;
}
