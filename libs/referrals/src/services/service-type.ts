import { codeWords } from '@waymark/platform';
import { registerEnumType } from '@nestjs/graphql';

/** What a service offers; a referral's purpose is its service's type (docs/domain.md §3.11). */
export enum ServiceType {
  PERPETRATOR_PROGRAMME = 'PERPETRATOR_PROGRAMME',
  ADULT_MENTAL_HEALTH = 'ADULT_MENTAL_HEALTH',
  CAMHS = 'CAMHS',
  SUBSTANCE_MISUSE = 'SUBSTANCE_MISUSE',
  IDVA = 'IDVA',
  CHILDREN_DVA_SUPPORT = 'CHILDREN_DVA_SUPPORT',
  HOUSING = 'HOUSING',
  FAMILY_GROUP_CONFERENCE = 'FAMILY_GROUP_CONFERENCE',
  EARLY_HELP = 'EARLY_HELP',
  CHILDRENS_SOCIAL_CARE = 'CHILDRENS_SOCIAL_CARE',
  MARAC = 'MARAC',
  OTHER = 'OTHER',
}
registerEnumType(ServiceType, {
  name: 'ServiceType',
  description: 'PERPETRATOR_PROGRAMME is a behaviour-change programme for people causing harm; MARAC is the risk conference a MARAC referral goes to.',
});

/** How the timeline and messages name a service type: 'perpetrator programme'. */
export function serviceTypeWords(type: string): string {
  if (type === ServiceType.CAMHS || type === ServiceType.IDVA || type === ServiceType.MARAC) return type;
  if (type === ServiceType.CHILDREN_DVA_SUPPORT) return "children's DVA support";
  if (type === ServiceType.CHILDRENS_SOCIAL_CARE) return "children's social care";
  return codeWords(type);
}
