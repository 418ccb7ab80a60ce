export * from './programme-kinds';
export * from './programmes.module';
export * from './sessions/programme-session.entity';
