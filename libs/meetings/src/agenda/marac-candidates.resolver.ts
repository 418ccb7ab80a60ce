import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { abilityOf, allowed, applyAccessFilter } from '@waymark/access';
import { ReferralEntity, ReferralModel } from '@waymark/referrals';
import { Ctx, EntityLoader, IdArg, RequestContext, RequirePermission, TransactionalConnection } from '@waymark/platform';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingModel } from '../meetings/meeting.model';
import { AgendaItemEntity } from './agenda-item.entity';
import { AgendaItemModel } from './agenda-item.model';
import { MaracCandidatesService } from './marac-candidates.service';

/** Where meetings and referrals meet: the MARAC's candidate list, and the referrals behind and from each meeting. */
@Resolver(() => AgendaItemModel)
export class MaracReferralResolver {
  constructor(
    private readonly candidates: MaracCandidatesService,
    private readonly loader: EntityLoader,
  ) {}

  @Query(() => [ReferralModel], {
    description: 'For the coordinators running a MARAC: the MARAC referrals submitted since the previous MARAC and not yet listed, repeats first.',
  })
  @RequirePermission('update', 'Meeting', { refusal: 'The cases waiting for a MARAC are for the coordinators who build its agenda.' })
  maracAgendaCandidates(@Ctx() ctx: RequestContext, @IdArg('meetingId') meetingId: string) {
    return this.candidates.candidates(ctx, meetingId);
  }

  @ResolveField(() => ReferralModel, { nullable: true, description: 'On a MARAC: the referral the case was listed from; null if you may not see it.' })
  async maracReferral(@Ctx() ctx: RequestContext, @Parent() item: AgendaItemEntity) {
    if (!item.maracReferralId) return null;
    const referral = await this.loader.byId(ctx, ReferralEntity, item.maracReferralId);
    return (await allowed(ctx, 'read', 'Referral', referral)) ? referral : null;
  }
}

@Resolver(() => MeetingModel)
export class MeetingReferralsResolver {
  constructor(private readonly db: TransactionalConnection) {}

  @ResolveField(() => [ReferralModel], { description: 'Referrals agreed at this meeting that you may see.' })
  referralsAgreed(@Ctx() ctx: RequestContext, @Parent() meeting: MeetingEntity) {
    // One query for every meeting on the page, filtered in SQL by the referral rules.
    const loader = ctx.loader(
      'readable-referrals-by-meeting',
      () =>
        new DataLoader<string, ReferralEntity[]>(async (meetingIds) => {
          const query = this.db
            .repository(ctx, ReferralEntity)
            .createQueryBuilder('referral')
            .where('referral.meetingId IN (:...meetingIds)', { meetingIds: [...meetingIds] });
          applyAccessFilter(query, abilityOf(ctx), 'read', 'Referral');
          const rows = await query.orderBy('referral.referredOn', 'ASC').addOrderBy('referral.id', 'ASC').getMany();
          return meetingIds.map((id) => rows.filter((row) => row.meetingId === id));
        }),
    );
    return loader.load(meeting.id);
  }
}
