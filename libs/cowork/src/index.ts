export * from './cowork-kind';
export * from './cowork.module';
export * from './cowork-arrangement.entity';
export * from './entries/cowork-entry.entity';
export * from './entries/cowork-follow-up.entity';
