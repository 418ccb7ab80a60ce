export * from './demo.module';
export * from './family-history';
export * from './generator.service';
export * from './history-rules';
export * from './partnership';
export * from './prng';
export * from './demo-loader.service';
