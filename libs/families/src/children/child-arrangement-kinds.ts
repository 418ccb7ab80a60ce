import { registerEnumType } from '@nestjs/graphql';

/** How a child sees the person causing harm: contact is where post-separation risk often shows. */
export enum ContactArrangement {
  SUPERVISED = 'SUPERVISED',
  UNSUPERVISED = 'UNSUPERVISED',
  HANDOVER_ONLY = 'HANDOVER_ONLY',
  INDIRECT = 'INDIRECT',
}
registerEnumType(ContactArrangement, {
  name: 'ContactArrangement',
  valuesMap: {
    SUPERVISED: { description: 'Contact with a supervisor present throughout.' },
    UNSUPERVISED: { description: 'Contact with no one else present.' },
    HANDOVER_ONLY: { description: 'Supervised or arranged handovers; the parents meet at handover.' },
    INDIRECT: { description: 'Letters, calls or video only.' },
  },
});

/** How a kinship carer stands to the child's parents: which side of the family the child lives with. */
export enum KinshipCarerRelationship {
  MATERNAL_GRANDPARENT = 'MATERNAL_GRANDPARENT',
  PATERNAL_GRANDPARENT = 'PATERNAL_GRANDPARENT',
  MATERNAL_AUNT_OR_UNCLE = 'MATERNAL_AUNT_OR_UNCLE',
  PATERNAL_AUNT_OR_UNCLE = 'PATERNAL_AUNT_OR_UNCLE',
  ADULT_SIBLING = 'ADULT_SIBLING',
  OTHER_MATERNAL_RELATIVE = 'OTHER_MATERNAL_RELATIVE',
  OTHER_PATERNAL_RELATIVE = 'OTHER_PATERNAL_RELATIVE',
  FAMILY_FRIEND = 'FAMILY_FRIEND',
  OTHER = 'OTHER',
}
registerEnumType(KinshipCarerRelationship, { name: 'KinshipCarerRelationship', description: "How the carer stands to the child's parents." });
