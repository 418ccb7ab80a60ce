import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { FamilyEntity } from '../families/family.entity';
import { FamilyModel } from '../families/family.model';
import { ChildContactModel } from './child-contact.model';
import { ChildContactService } from './child-contact.service';
import { EndChildContactInput, RecordChildContactInput } from './dto/record-child-contact.input';

/** Recording contact arrangements is part of working with the family: it needs 'update' on the family. */
@Resolver(() => ChildContactModel)
export class ChildContactResolver {
  constructor(private readonly contacts: ChildContactService) {}

  @Mutation(() => ChildContactModel, { description: 'Records contact between a child and a person causing harm in the family.' })
  @RequirePermission('update', 'Family')
  recordChildContact(@Ctx() ctx: RequestContext, @Args('input') input: RecordChildContactInput) {
    return this.contacts.record(ctx, input);
  }

  @Mutation(() => ChildContactModel, { description: 'Records that a contact arrangement ended.' })
  @RequirePermission('update', 'Family')
  endChildContact(@Ctx() ctx: RequestContext, @Args('input') input: EndChildContactInput) {
    return this.contacts.end(ctx, input);
  }
}

/** Adds `Family.childContacts`: seen by whoever can see the family. */
@Resolver(() => FamilyModel)
export class FamilyChildContactsResolver {
  constructor(private readonly contacts: ChildContactService) {}

  @ResolveField(() => [ChildContactModel], { description: 'Contact arrangements between children and people causing harm, oldest first.' })
  childContacts(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.contacts.forFamily(ctx, family.id);
  }
}
