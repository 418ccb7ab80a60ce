export * from './safety-plan-kinds';
export * from './safety-plan.entity';
export * from './safety-plans.module';
