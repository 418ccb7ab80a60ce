import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserModel } from '@waymark/access';
import { FamilyEntity, FamilyModel } from '@waymark/families';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { RecordPerpetratorRiskViewInput } from '../dto/record-programme-session.input';
import { PerpetratorRiskViewEntity } from './perpetrator-risk-view.entity';
import { PerpetratorRiskViewModel } from './perpetrator-risk-view.model';
import { PerpetratorRiskViewService } from './perpetrator-risk-view.service';

@Resolver(() => PerpetratorRiskViewModel)
export class PerpetratorRiskViewResolver {
  constructor(private readonly views: PerpetratorRiskViewService) {}

  @Mutation(() => PerpetratorRiskViewModel, {
    description:
      "Records your view of the risk the person causing harm poses to the family, on an accepted referral to your agency; the family's case holder sees it.",
  })
  @RequirePermission('record', 'PerpetratorRiskView')
  recordPerpetratorRiskView(@Ctx() ctx: RequestContext, @Args('input') input: RecordPerpetratorRiskViewInput) {
    return this.views.record(ctx, input);
  }

  @ResolveField(() => UserModel)
  recordedBy(@Ctx() ctx: RequestContext, @Parent() view: PerpetratorRiskViewEntity) {
    return this.views.user(ctx, view.recordedByUserId);
  }
}

/** Adds `Family.perpetratorRiskViews`: for the family's case holders. */
@Resolver(() => FamilyModel)
export class FamilyPerpetratorRiskViewsResolver {
  constructor(private readonly views: PerpetratorRiskViewService) {}

  @ResolveField(() => [PerpetratorRiskViewModel], { description: "Perpetrator workers' views of the risk to this family, oldest first." })
  perpetratorRiskViews(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.views.forFamily(ctx, family.id);
  }
}
