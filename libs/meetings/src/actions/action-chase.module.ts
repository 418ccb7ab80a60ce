import { Module, OnModuleInit } from '@nestjs/common';
import { NotificationsModule } from '@waymark/notifications';
import { JobScheduler } from '@waymark/queue';
import { CHASE_OVERDUE_ACTIONS_SCHEDULE, ChaseOverdueActionsJob } from './chase-overdue-actions.job';

/** The daily chase of overdue actions: the job and its schedule, without GraphQL, so apps/worker runs it too. */
@Module({
  imports: [NotificationsModule],
  providers: [ChaseOverdueActionsJob],
})
export class ActionChaseModule implements OnModuleInit {
  constructor(private readonly scheduler: JobScheduler) {}

  onModuleInit(): void {
    this.scheduler.register(CHASE_OVERDUE_ACTIONS_SCHEDULE);
  }
}
