import { registerEnumType } from '@nestjs/graphql';

export enum ProposalStatus {
  WAITING = 'WAITING',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}
registerEnumType(ProposalStatus, {
  name: 'EpisodeChangeProposalStatus',
  valuesMap: {
    WAITING: { description: "Waiting on a manager of the family's agency." },
    APPROVED: { description: 'Approved: the closure or step down was made.' },
    RETURNED: { description: 'Returned to the practitioner with a reason; the episode did not change.' },
  },
});
