export * from './notification.entity';
export * from './notification.model';
export * from './notification.service';
export * from './notifications.module';
