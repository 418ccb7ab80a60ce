import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RelationshipType } from './relationship-kinds';

/** A typed relationship between two members of a family. */
@Entity('person_relationship')
export class PersonRelationshipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'related_person_id', type: 'uuid' })
  relatedPersonId: string;

  @Column({ type: 'text' })
  type: RelationshipType;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
