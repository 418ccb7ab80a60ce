import { registerEnumType } from '@nestjs/graphql';

/** docs/domain.md §3.5: the forms of abuse a harm relationship can involve; one relationship may involve several. */
export enum AbuseForm {
  PHYSICAL = 'PHYSICAL',
  COERCIVE_CONTROL = 'COERCIVE_CONTROL',
  NON_FATAL_STRANGULATION = 'NON_FATAL_STRANGULATION',
  SEXUAL = 'SEXUAL',
  STALKING_HARASSMENT = 'STALKING_HARASSMENT',
  ECONOMIC = 'ECONOMIC',
  HONOUR_BASED = 'HONOUR_BASED',
  CHILD_TO_PARENT = 'CHILD_TO_PARENT',
  SIBLING = 'SIBLING',
  INTERGENERATIONAL = 'INTERGENERATIONAL',
}
registerEnumType(AbuseForm, { name: 'AbuseForm' });

/** Uncertainty is recorded, not hidden: a suspicion nobody has disclosed is a valid state. */
export enum HarmDisclosure {
  DISCLOSED = 'DISCLOSED',
  SUSPECTED_NOT_DISCLOSED = 'SUSPECTED_NOT_DISCLOSED',
}
registerEnumType(HarmDisclosure, {
  name: 'HarmDisclosure',
  description: 'DISCLOSED: someone has told a practitioner. SUSPECTED_NOT_DISCLOSED: practitioners suspect it; nobody has disclosed it.',
});

/** Johnson's typology of intimate partner violence, plus separation-instigated violence. Optional. */
export enum HarmTypology {
  COERCIVE_CONTROLLING_VIOLENCE = 'COERCIVE_CONTROLLING_VIOLENCE',
  VIOLENT_RESISTANCE = 'VIOLENT_RESISTANCE',
  SITUATIONAL_COUPLE_VIOLENCE = 'SITUATIONAL_COUPLE_VIOLENCE',
  SEPARATION_INSTIGATED_VIOLENCE = 'SEPARATION_INSTIGATED_VIOLENCE',
}
registerEnumType(HarmTypology, { name: 'HarmTypology' });
