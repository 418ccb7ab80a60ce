import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@waymark/platform';
import { PackBlock, PackInput, PackSection } from '../pack-document';
import { actionsTable } from './actions-table';

/**
 * Actions agreed at earlier meetings about the families on this agenda, so agencies come ready to say
 * what they did. (The action review itself, marking each, is recorded at the meeting.)
 */
@Injectable()
export class PreviousActionsSection implements PackSection {
  readonly kind = 'pack' as const;
  readonly order = 40;
  readonly title = 'Actions from previous meetings';

  constructor(private readonly db: TransactionalConnection) {}

  async build({ ctx, meeting, reader, items }: PackInput): Promise<{ blocks: PackBlock[] }> {
    if (!items.length) return { blocks: [{ kind: 'paragraph', text: 'None.' }] };
    const table = await actionsTable(
      reader,
      this.db.manager(ctx),
      `a.family_id = ANY($1::uuid[]) AND m.id <> $2 AND m.starts_at < $3 AND m.status <> 'CANCELLED'`,
      [items.map((i) => i.familyId), meeting.id, meeting.startsAt],
      { withMeeting: true },
    );
    return { blocks: [table] };
  }
}
