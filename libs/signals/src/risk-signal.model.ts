import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserModel } from '@waymark/access';
import { FamilyModel, PersonModel } from '@waymark/families';
import { ConnectionType, LocalDate } from '@waymark/platform';
import { SignalKind, SignalResolution, SignalSeverity, SignalState } from './signal-kinds';

@ObjectType('SignalEvidence', { description: 'A reference to a record that raised the signal.' })
export class SignalEvidenceModel {
  @Field({
    description:
      "The kind of record: 'EpisodeTransition', 'Episode', 'CoupleStatusEvent', 'FamilyMembership', 'ChildContact', 'KinshipPlacement', 'PersonRelationship'.",
  })
  type: string;

  @Field(() => ID)
  id: string;

  @Field(() => LocalDate, { nullable: true })
  date: string | null;

  @Field({ description: 'What the record shows, in codes (no names or notes).' })
  label: string;
}

@ObjectType('SignalAcknowledgement')
export class SignalAcknowledgementModel {
  @Field(() => UserModel, { nullable: true })
  by: UserModel | null;

  @Field()
  at: Date;

  @Field({ description: 'What is being done about it.' })
  note: string;
}

@ObjectType('RiskSignal', { description: "A pattern in a family's records that needs a practitioner to look (docs/domain.md §4.1)." })
export class RiskSignalModel {
  @Field(() => ID)
  id: string;

  @Field(() => SignalKind)
  kind: SignalKind;

  @Field(() => SignalSeverity)
  severity: SignalSeverity;

  @Field(() => SignalState)
  state: SignalState;

  @Field(() => FamilyModel)
  family?: FamilyModel;

  @Field(() => [PersonModel], { nullable: 'items', description: 'The people it concerns; null for anyone you may not see.' })
  people?: Array<PersonModel | null>;

  @Field(() => [SignalEvidenceModel])
  evidence: SignalEvidenceModel[];

  @Field({ description: 'Why it was raised, in a sentence a practitioner would write.' })
  explanation?: string;

  @Field()
  firstRaisedAt: Date;

  @Field({ description: 'When it was last raised (re-opened), or first raised.' })
  lastRaisedAt: Date;

  @Field({ description: 'When the signal was last evaluated: by the nightly run or after a change to its family.' })
  lastEvaluatedAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => SignalResolution, { nullable: true })
  resolution: SignalResolution | null;

  @Field(() => SignalAcknowledgementModel, { nullable: true })
  acknowledgement?: SignalAcknowledgementModel | null;
}

@ObjectType()
export class RiskSignalConnection extends ConnectionType(RiskSignalModel) {}
