import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { FamilyEntity } from '../families/family.entity';
import { FamilyModel } from '../families/family.model';
import { RecordPractitionerContactInput } from './dto/record-practitioner-contact.input';
import { PractitionerContactModel } from './practitioner-contact.model';
import { PractitionerContactService } from './practitioner-contact.service';

/** Recording contact is part of working with the family: it needs 'update' on the family. */
@Resolver(() => PractitionerContactModel)
export class PractitionerContactResolver {
  constructor(private readonly contacts: PractitionerContactService) {}

  @Mutation(() => PractitionerContactModel, {
    description: "Records a practitioner's own contact with a person causing harm (a home visit, a session): when he was seen, it counts as engagement.",
  })
  @RequirePermission('update', 'Family')
  recordPractitionerContact(@Ctx() ctx: RequestContext, @Args('input') input: RecordPractitionerContactInput) {
    return this.contacts.record(ctx, input);
  }
}

/** Adds `Family.practitionerContacts`: seen by whoever can see the family. */
@Resolver(() => FamilyModel)
export class FamilyPractitionerContactsResolver {
  constructor(private readonly contacts: PractitionerContactService) {}

  @ResolveField(() => [PractitionerContactModel], { description: "Practitioners' own contacts with people causing harm in the family, oldest first." })
  practitionerContacts(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.contacts.forFamily(ctx, family.id);
  }
}
