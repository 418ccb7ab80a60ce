import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A household or family group, held by a lead agency. */
@Entity('family')
export class FamilyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** How practitioners refer to the family, e.g. "Okafor-Brown family". */
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
