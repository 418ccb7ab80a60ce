import { registerEnumType } from '@nestjs/graphql';

/** How one person stands to another: "Grace is MOTHER of Amara". */
export enum RelationshipType {
  MOTHER = 'MOTHER',
  FATHER = 'FATHER',
  STEP_PARENT = 'STEP_PARENT',
  PARTNER = 'PARTNER',
  EX_PARTNER = 'EX_PARTNER',
  CHILD = 'CHILD',
  SIBLING = 'SIBLING',
  GRANDPARENT = 'GRANDPARENT',
  KINSHIP_CARER = 'KINSHIP_CARER',
}
registerEnumType(RelationshipType, { name: 'RelationshipType', description: 'How `person` stands to `relatedPerson`.' });

/** A couple's status over time; separation and reconciliation are events, not a mutable flag. */
export enum CoupleStatus {
  TOGETHER = 'TOGETHER',
  SEPARATED = 'SEPARATED',
  RECONCILED = 'RECONCILED',
}
registerEnumType(CoupleStatus, { name: 'CoupleStatus' });

/** Adult relationships whose status history is tracked. */
export const COUPLE_TYPES = [RelationshipType.PARTNER, RelationshipType.EX_PARTNER];
