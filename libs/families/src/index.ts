export * from './families.module';
export * from './families/family.entity';
export * from './families/family-membership.entity';
export * from './people/person.entity';
