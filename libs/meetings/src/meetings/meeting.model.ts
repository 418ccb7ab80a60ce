import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@waymark/platform';
import { MeetingStatus, MeetingType } from '../meeting-kinds';

@ObjectType('MeetingAgency', { description: 'An agency invited to a meeting, and whether it attended.' })
export class MeetingAgencyModel {
  @Field(() => ID)
  agencyId: string;

  @Field(() => Boolean, { nullable: true, description: 'Null until attendance is recorded.' })
  attended: boolean | null;

  @Field(() => String, { nullable: true, description: 'Who represented the agency, when it attended.' })
  representativeName: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Sent apologies: whether it sent its information all the same. Null if it attended or this is not recorded.',
  })
  informationSent: boolean | null;
}

@ObjectType('Meeting', { description: 'A multi-agency meeting: MARAC, a child protection conference, a strategy meeting, …' })
export class MeetingModel {
  @Field(() => ID)
  id: string;

  @Field(() => MeetingType)
  type: MeetingType;

  @Field()
  title: string;

  @Field()
  startsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where it takes place.' })
  venue: string | null;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field(() => String, { nullable: true })
  cancellationReason: string | null;

  @Field(() => ID)
  organisingAgencyId: string;

  @Field(() => ID)
  chairUserId: string;

  @Field(() => ID, { description: 'The coordinator who scheduled it.' })
  coordinatorUserId: string;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class MeetingConnection extends ConnectionType(MeetingModel) {}
