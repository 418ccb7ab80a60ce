import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A threshold a signal reads, as set by an administrator (seeded with the defaults of docs/domain.md §4.14). */
@Entity('signal_setting')
export class SignalSettingEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer' })
  value: number;

  @Column({ name: 'updated_by_user_id', type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
