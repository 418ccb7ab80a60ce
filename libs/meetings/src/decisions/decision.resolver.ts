import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { AgendaDecisionModel } from './agenda-decision.model';
import { DecisionService } from './decision.service';
import { RecordAgendaDecisionInput } from './dto/record-agenda-decision.input';

@Resolver(() => AgendaDecisionModel)
export class DecisionResolver {
  constructor(private readonly decisions: DecisionService) {}

  @Mutation(() => AgendaDecisionModel, {
    description:
      "Records a decision on an agenda item. STEP_UP, STEP_DOWN, CLOSE and OPEN_EPISODE change the child's journey, dated the day of the meeting and linked to it; if the journey refuses the change, nothing is recorded.",
  })
  @RequirePermission('record', 'Meeting')
  recordAgendaDecision(@Ctx() ctx: RequestContext, @Args('input') input: RecordAgendaDecisionInput) {
    return this.decisions.record(ctx, input);
  }
}
