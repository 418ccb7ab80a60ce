import { Field, ID, ObjectType } from '@nestjs/graphql';
import { HiddenFieldsField, RestrictedField, UserModel } from '@waymark/access';
import { LocalDate } from '@waymark/platform';
import { ClosureReason, ClosureSubReason, InterventionLevel, TransitionKind } from '../intervention-level';
import { ProposalStatus } from './proposal-status';

@ObjectType('RiskCheckSignal', { description: 'A risk signal the closure or step down would raise, in words for the reader.' })
export class RiskCheckSignalModel {
  @Field(() => String, { description: 'A RiskSignalKind: POST_SEPARATION_CLOSURE, REVOLVING_DOOR, …' })
  kind: string;

  @Field(() => String, { description: 'LOW, MEDIUM or HIGH.' })
  severity: string;

  @Field({ description: 'The whole finding as one sentence, as the signal would read once raised.' })
  explanation: string;

  @Field(() => [String], { description: 'Each condition on its own: the separation and how soon, the DASH, the missing referral, …' })
  conditions: string[];
}

@ObjectType('RiskCheck', {
  description:
    'The pre-closure risk check: every signal condition the change would raise, computed by the signal rules on the record as it would stand. Live while the proposal waits; once decided, as it stood at the decision.',
})
export class RiskCheckModel {
  @Field(() => LocalDate, { description: 'The date it was computed as of.' })
  asOf: string;

  @Field({ description: 'Identifies what was found; approveEpisodeChange names it, so an approval is given on the check the manager read.' })
  digest: string;

  @Field(() => [RiskCheckSignalModel], { description: 'Empty: the change would raise nothing.' })
  signals: RiskCheckSignalModel[];
}

@ObjectType('EpisodeChangeProposal', {
  description: "A closure or step down proposed by a practitioner, for a manager of the family's agency to approve or return.",
})
export class EpisodeChangeProposalModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  episodeId: string;

  @Field(() => ID)
  familyId: string;

  @Field(() => TransitionKind, { description: 'CLOSE or STEP_DOWN.' })
  kind: TransitionKind;

  @Field(() => InterventionLevel)
  fromLevel: InterventionLevel;

  @Field(() => InterventionLevel, { description: 'NONE for a closure.' })
  toLevel: InterventionLevel;

  @Field(() => LocalDate, { description: 'The date the change takes effect once approved.' })
  occurredOn: string;

  @Field(() => ClosureReason, { nullable: true })
  closureReason: ClosureReason | null;

  @Field(() => ClosureSubReason, { nullable: true })
  closureSubReason: ClosureSubReason | null;

  @HiddenFieldsField('EpisodeChangeProposal')
  hiddenFields?: string[];

  @RestrictedField('EpisodeChangeProposal', () => String, {
    description: "The practitioner's reason. Null for anyone working with people causing harm: it can speak of the victim's safety.",
  })
  reason: string | null;

  @Field(() => ID, { nullable: true })
  decisionMeetingId: string | null;

  @Field(() => UserModel, { nullable: true })
  proposedBy?: UserModel | null;

  @Field()
  proposedAt: Date;

  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field(() => UserModel, { nullable: true, description: 'The manager who approved or returned it.' })
  decidedBy?: UserModel | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @RestrictedField('EpisodeChangeProposal', () => String, {
    description: "The manager's note on approval, or the reason it was returned. Null for anyone working with people causing harm, as reason.",
  })
  decisionNote: string | null;

  @Field(() => ID, { nullable: true, description: 'The transition made on approval.' })
  transitionId: string | null;
}
