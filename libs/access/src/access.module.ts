import { createSecretKey } from 'node:crypto';
import { Module, OnModuleInit } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@waymark/notifications';
import { JobScheduler } from '@waymark/queue';
import { AppConfig, APP_CONFIG } from '@waymark/platform';
import { AbilityFactory } from './ability/ability.factory';
import { AccessGuard } from './ability/access.guard';
import { PermissionCatalogue } from './ability/permission-catalogue';
import { agencyPermissions } from './agencies/agency.permissions';
import { AgencyEntity } from './agencies/agency.entity';
import { AgencyResolver } from './agencies/agency.resolver';
import { AgencyService } from './agencies/agency.service';
import { AUDIT_CHAIN_CHECK_SCHEDULE, AuditChainCheckJob } from './audit-trail/audit-chain-check.job';
import { auditTrailPermissions } from './audit-trail/audit-trail.permissions';
import { AuditTrailResolver } from './audit-trail/audit-trail.resolver';
import { AuditTrailService } from './audit-trail/audit-trail.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { LoginAttemptEntity } from './auth/login-attempt.entity';
import { LoginThrottle } from './auth/login-throttle.service';
import { PasswordHasher } from './auth/password-hasher';
import { SignInThrottledJob } from './auth/sign-in-throttled.job';
import { SessionController } from './auth/session.controller';
import { TokenService } from './auth/token.service';
import { BreakGlassGrantEntity } from './break-glass/break-glass-grant.entity';
import { BreakGlassGrantedJob } from './break-glass/break-glass-granted.job';
import { BreakGlassSubjects } from './break-glass/break-glass-subjects';
import { breakGlassPermissions } from './break-glass/break-glass.permissions';
import { BreakGlassResolver } from './break-glass/break-glass.resolver';
import { BreakGlassService } from './break-glass/break-glass.service';
import { TeamEntity } from './teams/team.entity';
import { teamPermissions } from './teams/team.permissions';
import { TeamResolver } from './teams/team.resolver';
import { TeamService } from './teams/team.service';
import { UserEntity } from './users/user.entity';
import { AccessExplainer } from './policy/access-explainer.service';
import { loadUserAccessFacts } from './users/user-access.facts';
import { userPermissions } from './users/user.permissions';
import { UserResolver } from './users/user.resolver';
import { UserService } from './users/user.service';

/** Accounts, sign-in, abilities, break-glass and the audit trail's read side. */
@Module({
  imports: [
    TypeOrmModule.forFeature([AgencyEntity, TeamEntity, UserEntity, LoginAttemptEntity, BreakGlassGrantEntity]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A key object, made once: given a string, jsonwebtoken first tries it as a public key and
      // builds the secret key only after that throws, on every sign and verify.
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.auth.jwtSecret)) as unknown as Buffer }),
    }),
    NotificationsModule,
    DiscoveryModule,
  ],
  controllers: [SessionController],
  providers: [
    AccessExplainer,
    AbilityFactory,
    PermissionCatalogue,
    { provide: APP_GUARD, useClass: AccessGuard },
    AgencyService,
    AgencyResolver,
    TeamService,
    TeamResolver,
    UserService,
    UserResolver,
    PasswordHasher,
    TokenService,
    LoginThrottle,
    AuthService,
    AuthResolver,
    SignInThrottledJob,
    BreakGlassSubjects,
    BreakGlassService,
    BreakGlassResolver,
    BreakGlassGrantedJob,
    AuditTrailService,
    AuditTrailResolver,
    AuditChainCheckJob,
  ],
  exports: [AccessExplainer, AbilityFactory, PermissionCatalogue, BreakGlassSubjects, UserService, PasswordHasher, AgencyService, TokenService],
})
export class AccessModule implements OnModuleInit {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly breakGlass: BreakGlassService,
    private readonly scheduler: JobScheduler,
  ) {}

  onModuleInit(): void {
    for (const permissions of [agencyPermissions, teamPermissions, userPermissions, breakGlassPermissions, auditTrailPermissions]) {
      this.abilities.register(permissions);
    }
    this.abilities.registerFacts((actor, manager, facts) => this.breakGlass.loadActiveGrants(actor, manager, facts));
    this.abilities.registerFacts(loadUserAccessFacts);
    this.scheduler.register(AUDIT_CHAIN_CHECK_SCHEDULE);
  }
}
