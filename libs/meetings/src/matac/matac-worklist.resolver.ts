import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { AgendaItemModel } from '../agenda/agenda-item.model';
import { ListOnMatacInput, MatacWorklistArgs } from './dto/matac-worklist.args';
import { MatacWorklistModel } from './matac-worklist.model';
import { MatacWorklistService } from './matac-worklist.service';

@Resolver(() => MatacWorklistModel)
export class MatacWorklistResolver {
  constructor(private readonly worklist: MatacWorklistService) {}

  @Query(() => MatacWorklistModel, {
    description: 'People causing harm ranked by the recency, frequency and gravity of what is recorded against them, for choosing whom to bring to a MATAC.',
  })
  @RequirePermission('read', 'MatacWorklist', { refusal: 'The MATAC worklist is for MARAC coordinators and managers.' })
  matacWorklist(@Ctx() ctx: RequestContext, @Args() args: MatacWorklistArgs) {
    return this.worklist.worklist(ctx, args);
  }

  @Mutation(() => AgendaItemModel, {
    description: 'Lists a person from the MATAC worklist on a MATAC agenda, in one step (coordinators of the organising agency).',
  })
  @RequirePermission('update', 'Meeting')
  listOnMatac(@Ctx() ctx: RequestContext, @Args('input') input: ListOnMatacInput) {
    return this.worklist.listOnMatac(ctx, input);
  }
}
