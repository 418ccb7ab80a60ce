export * from './signals.module';
export * from './signal-kinds';
export * from './signal-definition';
export * from './definitions';
export * from './engine/signal-evaluator.service';
export * from './engine/evaluate-signals.jobs';
export * from './risk-signal.entity';
export * from './settings/signal-settings';
