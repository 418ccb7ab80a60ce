export * from './email-message';
export * from './mail.module';
