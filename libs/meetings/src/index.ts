export * from './meetings.module';
export * from './actions/action-chase.module';
export * from './actions/chase-overdue-actions.job';
export * from './meeting-kinds';
export * from './meetings/meeting.entity';
export * from './agenda/agenda-item.entity';
export * from './actions/meeting-action.entity';
export * from './meeting-access.facts';
