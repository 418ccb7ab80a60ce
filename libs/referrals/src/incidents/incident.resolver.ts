import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FamilyEntity, FamilyModel, PersonModel, PersonService } from '@waymark/families';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { RecordIncidentInput } from './dto/record-incident.input';
import { IncidentEntity, IncidentPersonEntity } from './incident.entity';
import { IncidentModel, IncidentPersonModel } from './incident.model';
import { IncidentService } from './incident.service';

@Resolver(() => IncidentModel)
export class IncidentResolver {
  constructor(private readonly incidents: IncidentService) {}

  @Mutation(() => IncidentModel, { description: 'Records a police domestic abuse notification or other reported incident, with the people involved.' })
  @RequirePermission('create', 'Incident')
  recordIncident(@Ctx() ctx: RequestContext, @Args('input') input: RecordIncidentInput) {
    return this.incidents.record(ctx, input);
  }

  @ResolveField(() => [IncidentPersonModel])
  people(@Ctx() ctx: RequestContext, @Parent() incident: IncidentEntity) {
    return this.incidents.involved(ctx, incident.id);
  }
}

@Resolver(() => IncidentPersonModel)
export class IncidentPersonResolver {
  constructor(private readonly people: PersonService) {}

  @ResolveField(() => PersonModel, { nullable: true })
  person(@Ctx() ctx: RequestContext, @Parent() involved: IncidentPersonEntity) {
    return this.people.load(ctx, involved.personId);
  }
}

/** Adds `Family.incidents`: the family's incidents the caller may see. */
@Resolver(() => FamilyModel)
export class FamilyIncidentsResolver {
  constructor(private readonly incidentService: IncidentService) {}

  @ResolveField(() => [IncidentModel], { description: 'Reported incidents, oldest first.' })
  incidents(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.incidentService.forFamily(ctx, family.id);
  }
}
