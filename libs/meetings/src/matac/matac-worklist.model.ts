import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';

@ObjectType('MatacWorklistEntry', { description: 'A person causing harm, ranked by the recency, frequency and gravity (RFG) of what is recorded against him.' })
export class MatacWorklistEntryModel {
  @Field(() => Int, { description: '1 for the highest score.' })
  rank: number;

  @Field(() => ID)
  personId: string;

  @Field({ description: "The person causing harm's name (never a victim's)." })
  name: string;

  @Field(() => ID, { description: 'The family of his latest incident or harm: where listing him puts the agenda item.' })
  familyId: string;

  @Field(() => Float)
  score: number;

  @Field(() => Int, { description: 'Window months minus whole months since the latest event.' })
  recency: number;

  @Field(() => Int, { description: 'Incidents and harm relationships recorded in the window.' })
  frequency: number;

  @Field(() => Int, { description: 'The gravity of each, summed.' })
  gravity: number;

  @Field(() => Int, { description: 'Distinct people he harmed in the window (counted, never named).' })
  victims: number;

  @Field(() => LocalDate)
  latestOn: string;

  @Field({ description: 'How the score was reached, in words.' })
  explanation: string;
}

@ObjectType('MatacWorklist', { description: 'The MATAC worklist with the weights and window it was ranked by.' })
export class MatacWorklistModel {
  @Field(() => Int)
  windowMonths: number;

  @Field(() => Float)
  recencyWeight: number;

  @Field(() => Float)
  frequencyWeight: number;

  @Field(() => Float)
  gravityWeight: number;

  @Field({ description: 'How scores are reached, in words.' })
  method: string;

  @Field(() => [MatacWorklistEntryModel])
  entries: MatacWorklistEntryModel[];
}
