export * from './timeline-kind';
export * from './timeline.module';
