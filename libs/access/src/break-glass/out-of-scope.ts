import { RequestContext } from '@waymark/platform';
import { sideOf } from '../policy/victim-side.policy';

/**
 * What a caller refused a record outside their involvement is told: how to get it in an emergency
 * (break-glass) and, for those working with people causing harm, to whom they turn first and what a
 * grant will never show them.
 * `record` names it in a sentence: 'this person', 'this family'.
 */
export function outOfScopeRefusal(ctx: RequestContext, record: string): string {
  if (sideOf(ctx).worksWithPeopleCausingHarm) {
    return (
      `You have no involvement with ${record} through a referral to your service. ` +
      "For what you need to know about risk to the family, ask the MARAC coordinator or the family's case holder. " +
      "If the risk cannot wait, request break-glass access to the family: the victim's address, contact details and safety plan stay hidden from you whatever it opens."
    );
  }
  return `You have no involvement with ${record}. If you need it urgently, request break-glass access with your reason; your manager is told.`;
}
