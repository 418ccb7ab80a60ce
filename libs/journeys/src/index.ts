export * from './assessments/assessment.entity';
export * from './episode-transition.entity';
export * from './episode.entity';
export * from './intervention-level';
export * from './journeys.module';
