import { Injectable } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';
import { SubjectType } from '@waymark/platform';
import { EntityManager } from 'typeorm';

/** The kinds of record break-glass can open. Domain modules register how to find each. */
export enum BreakGlassSubjectType {
  FAMILY = 'FAMILY',
  PERSON = 'PERSON',
}
registerEnumType(BreakGlassSubjectType, { name: 'BreakGlassSubjectType' });

export interface BreakGlassSubject {
  /** The CASL subject type the grant opens, e.g. 'Family'. */
  abilitySubject: SubjectType;
  exists(manager: EntityManager, id: string): Promise<boolean>;
}

@Injectable()
export class BreakGlassSubjects {
  private readonly subjects = new Map<BreakGlassSubjectType, BreakGlassSubject>();

  register(type: BreakGlassSubjectType, subject: BreakGlassSubject): void {
    this.subjects.set(type, subject);
  }

  get(type: BreakGlassSubjectType): BreakGlassSubject | undefined {
    return this.subjects.get(type);
  }
}
