import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { AgendaItemModel } from '../agenda/agenda-item.model';
import { RecordParticipationInput } from './dto/record-participation.input';
import { ParticipationService } from './participation.service';

@Resolver(() => AgendaItemModel)
export class ParticipationResolver {
  constructor(private readonly participation: ParticipationService) {}

  @Mutation(() => AgendaItemModel, {
    description:
      "Records how people in scope took part, the children's own views and interpreters, checked together; nothing is recorded if any entry is wrong.",
  })
  @RequirePermission('record', 'Meeting')
  recordParticipation(@Ctx() ctx: RequestContext, @Args('input') input: RecordParticipationInput) {
    return this.participation.record(ctx, input);
  }
}
