export * from './families.module';
export * from './families/family.entity';
export * from './families/family-membership.entity';
export * from './people/person.entity';
export * from './families/family.model';
export * from './families/family.service';
export * from './people/person.service';
