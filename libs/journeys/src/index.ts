export * from './assessments/assessment.entity';
export * from './episode-transition.entity';
export * from './episode.entity';
export * from './intervention-level';
export * from './journeys.module';
export * from './episode.service';
export * from './dto/open-episode.input';
export * from './dto/close-episode.input';
