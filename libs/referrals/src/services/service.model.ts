import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ServiceType } from './service-type';

@ObjectType('Service', { description: 'A service an agency offers, which referrals are made to.' })
export class ServiceModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The agency that runs it and receives its referrals.' })
  agencyId: string;

  @Field()
  name: string;

  @Field(() => ServiceType)
  type: ServiceType;

  @Field(() => String, { nullable: true, description: 'Who the service is for, in the provider’s words.' })
  eligibilityNotes: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people it can work with at once, as the provider states it; null when not stated.' })
  capacity: number | null;

  @Field()
  acceptsSelfReferral: boolean;

  @Field({ description: 'False once deactivated: it takes no new referrals.' })
  active: boolean;

  @Field()
  createdAt: Date;
}
