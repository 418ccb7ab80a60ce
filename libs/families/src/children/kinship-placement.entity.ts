import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { KinshipCarerRelationship } from './child-arrangement-kinds';

/** A child living with a relative or friend (kinship care), from a date until it ends. */
@Entity('kinship_placement')
export class KinshipPlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ name: 'carer_id', type: 'uuid' })
  carerId: string;

  @Column({ name: 'carer_relationship', type: 'text' })
  carerRelationship: KinshipCarerRelationship;

  @Column({ name: 'placed_on', type: 'date' })
  placedOn: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
