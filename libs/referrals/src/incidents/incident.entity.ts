import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { IncidentKind, IncidentRole } from './incident-kinds';

/** A reported incident (a police domestic abuse notification, or another report). Never edited. */
@Entity('incident')
export class IncidentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ name: 'reporting_agency_id', type: 'uuid' })
  reportingAgencyId: string;

  @Column({ type: 'text' })
  kind: IncidentKind;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}

/** Who was involved in an incident, and how. */
@Entity('incident_person')
export class IncidentPersonEntity {
  @PrimaryColumn({ name: 'incident_id', type: 'uuid' })
  incidentId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  role: IncidentRole;
}
