import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@waymark/platform';
import { PackBlock, PackInput, PackSection } from '../pack-document';
import { actionsTable } from './actions-table';

/** The action plan: every action agreed at this meeting, with its owner and due date. */
@Injectable()
export class ActionPlanSection implements PackSection {
  readonly kind = 'minutes' as const;
  readonly order = 30;
  readonly title = 'Action plan';

  constructor(private readonly db: TransactionalConnection) {}

  async build({ ctx, meeting, reader }: PackInput): Promise<{ blocks: PackBlock[] }> {
    return { blocks: [await actionsTable(reader, this.db.manager(ctx), `a.meeting_id = $1`, [meeting.id], { withMeeting: false })] };
  }
}
