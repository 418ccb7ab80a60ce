import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType, LocalDate } from '@waymark/platform';
import { TimelineKind } from './timeline-kind';

@ObjectType('TimelineEntry', { description: "One event in a family's chronology." })
export class TimelineEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => TimelineKind)
  kind: TimelineKind;

  @Field(() => LocalDate, { description: 'When it happened.' })
  date: string;

  @Field(() => Date, { nullable: true, description: 'When it was recorded, where known.' })
  recordedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who recorded or decided it, where known.' })
  actorUserId: string | null;

  @Field(() => [ID])
  personIds: string[];

  @Field({ description: 'A sentence a practitioner would write.' })
  summary: string;
}

@ObjectType()
export class TimelineEntryConnection extends ConnectionType(TimelineEntryModel) {}
