import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum MemberKind {
  ADULT = 'ADULT',
  CHILD = 'CHILD',
}

/** A person's dated membership of a family: people move in and out; history is kept. */
@Entity('family_membership')
export class FamilyMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  kind: MemberKind;

  @Column({ name: 'joined_on', type: 'date' })
  joinedOn: string;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;
}
