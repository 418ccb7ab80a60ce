import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every sign-in attempt, kept for throttling and for the security record. */
@Entity('login_attempt')
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'email_normalized', type: 'text' })
  emailNormalized: string;

  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress: string | null;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @Column({ name: 'attempted_at', type: 'timestamptz', default: () => 'now()' })
  attemptedAt: Date;
}
