import { resolve } from 'node:path';

export type NodeEnv = 'development' | 'test' | 'production';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface AppConfig {
  nodeEnv: NodeEnv;
  /** trustedProxyHops: how many reverse proxies in front of us append to X-Forwarded-For (0 = ignore the header). */
  http: { host: string; port: number; bodyLimit: string; trustedProxyHops: number };
  /** The built web console (`npm run console:build`), served on the API's port. */
  console: { dir: string };
  database: { url?: string; poolSize: number; pgliteDataDir: string; migrateOnStart: boolean };
  redis: { url?: string; queuePrefix: string };
  /**
   * attempts/backoffMs: a failing job's retry budget (exponential backoff; a database outage does not use it up).
   * redeliverAfterSeconds: a job handed over this long ago and still unprocessed is looked for in the queue and run again.
   * sweepSeconds: how often that is checked (and the queue compared with the outbox).
   */
  jobs: { attempts: number; backoffMs: number; redeliverAfterSeconds: number; sweepSeconds: number };
  auth: {
    jwtSecret: string;
    tokenTtlSeconds: number;
    maxFailuresPerAccount: number;
    maxFailuresPerAddress: number;
    throttleWindowSeconds: number;
  };
  /** Requests per client (the signed-in user, else the client address) per minute; beside the sign-in throttle. */
  rateLimit: { graphqlPerMinute: number; exportsPerMinute: number };
  breakGlass: { minutes: number; minReasonLength: number };
  graphql: { maxDepth: number; maxCost: number; maxAliases: number; defaultListSize: number };
  logLevel: LogLevel;
  shutdownTimeoutMs: number;
  /** Write recurring jobs' runs (any number of processes may: each run is written once). */
  schedulerEnabled: boolean;
  /** MARAC referral criteria (docs/domain.md §2.3): local partnerships set their own thresholds. */
  marac: { dashHighRiskScore: number; escalationIncidents: number; escalationWindowMonths: number; repeatWindowMonths: number };
  /** Report definitions local partnerships set: a re-referral is a CSC referral within this many months of the previous one. */
  reports: { reReferralWindowMonths: number };
  /** fullRunConnections: connections a full signal run spreads its definitions over (one per core is right). */
  signals: { fullRunConnections: number };
  /**
   * Email (SMTP_URL; unset: notifications stay in the app, as before). Every email only says there is
   * something to see, and links to consoleUrl (CONSOLE_URL, the console's public address).
   */
  mail: { smtpUrl?: string; from: string; consoleUrl: string };
  /** The demo partnership loaded once at API start (never in production). */
  demo: { load: boolean; evenIfNotEmpty: boolean; password: string; families: number };
}

/** Thrown when a setting is missing or malformed; the process stops with this message. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const DEVELOPMENT_JWT_SECRET = 'waymark-development-only-secret-do-not-use-in-production';

/** Reads and validates settings from the environment. Every problem is reported at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const production = nodeEnv === 'production';
  const databaseUrl = read.url('DATABASE_URL', ['postgres:', 'postgresql:']);
  // The built-in secret is only for the embedded, single-machine default: a real database needs a real secret.
  const jwtSecret = read.string('JWT_SECRET') ?? (production || databaseUrl ? undefined : DEVELOPMENT_JWT_SECRET);
  if (production && !databaseUrl) {
    problems.push('DATABASE_URL is required when NODE_ENV=production (the embedded database is for development only)');
  }
  if (!jwtSecret) {
    problems.push('JWT_SECRET is required when NODE_ENV=production or DATABASE_URL is set');
  } else if (jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters long');
  }

  const host = read.string('HOST') ?? '127.0.0.1';
  const port = read.integer('PORT', 3000, { min: 0, max: 65535 });
  const demoData = read.oneOf('DEMO_DATA', ['auto', 'on', 'off'] as const, 'auto');
  if (production && demoData === 'on')
    problems.push('DEMO_DATA=on is refused when NODE_ENV=production: demo accounts and synthetic families never belong in a live system');

  const config: AppConfig = {
    nodeEnv,
    http: {
      host,
      port,
      bodyLimit: read.matching('HTTP_BODY_LIMIT', /^\d+(kb|mb)$/i, '100kb', 'a size such as 100kb or 1mb'),
      trustedProxyHops: read.integer('TRUSTED_PROXY_HOPS', 0, { min: 0, max: 10 }),
    },
    console: { dir: resolve(read.string('CONSOLE_DIR') ?? './dist/console') },
    database: {
      url: databaseUrl,
      poolSize: read.integer('DATABASE_POOL_SIZE', 10, { min: 1, max: 200 }),
      pgliteDataDir: resolve(read.string('PGLITE_DATA_DIR') ?? './.data/pglite'),
      migrateOnStart: read.boolean('DATABASE_MIGRATE_ON_START', true),
    },
    redis: {
      url: read.url('REDIS_URL', ['redis:', 'rediss:']),
      queuePrefix: read.matching('QUEUE_PREFIX', /^[a-z0-9_-]{1,40}$/i, 'waymark', 'letters, digits, - or _'),
    },
    jobs: {
      attempts: read.integer('JOB_ATTEMPTS', 10, { min: 1, max: 100 }),
      backoffMs: read.integer('JOB_BACKOFF_MS', 1000, { min: 10, max: 600_000 }),
      redeliverAfterSeconds: read.integer('OUTBOX_REDELIVER_AFTER_SECONDS', 900, { min: 5, max: 86400 }),
      sweepSeconds: read.integer('OUTBOX_SWEEP_SECONDS', 60, { min: 1, max: 3600 }),
    },
    auth: {
      jwtSecret: jwtSecret ?? '',
      tokenTtlSeconds: read.integer('JWT_TTL_SECONDS', 1800, { min: 60, max: 86400 }),
      maxFailuresPerAccount: read.integer('LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, { min: 1, max: 100 }),
      maxFailuresPerAddress: read.integer('LOGIN_MAX_FAILURES_PER_ADDRESS', 20, { min: 1, max: 1000 }),
      throttleWindowSeconds: read.integer('LOGIN_THROTTLE_WINDOW_SECONDS', 900, { min: 10, max: 86400 }),
    },
    rateLimit: {
      graphqlPerMinute: read.integer('RATE_LIMIT_PER_MINUTE', 300, { min: 1, max: 1_000_000 }),
      exportsPerMinute: read.integer('EXPORT_RATE_LIMIT_PER_MINUTE', 10, { min: 1, max: 1_000_000 }),
    },
    breakGlass: {
      minutes: read.integer('BREAK_GLASS_MINUTES', 60, { min: 5, max: 1440 }),
      minReasonLength: 20,
    },
    graphql: {
      maxDepth: read.integer('GRAPHQL_MAX_DEPTH', 10, { min: 2, max: 50 }),
      maxCost: read.integer('GRAPHQL_MAX_COST', 5000, { min: 10, max: 1_000_000 }),
      maxAliases: read.integer('GRAPHQL_MAX_ALIASES', 15, { min: 0, max: 500 }),
      defaultListSize: 20,
    },
    logLevel: read.oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    shutdownTimeoutMs: read.integer('SHUTDOWN_TIMEOUT_MS', 10000, { min: 0, max: 600000 }),
    schedulerEnabled: read.boolean('SCHEDULER_ENABLED', true),
    marac: {
      dashHighRiskScore: read.integer('MARAC_DASH_HIGH_RISK_SCORE', 14, { min: 1, max: 24 }),
      escalationIncidents: read.integer('MARAC_ESCALATION_INCIDENTS', 3, { min: 1, max: 100 }),
      escalationWindowMonths: read.integer('MARAC_ESCALATION_WINDOW_MONTHS', 12, { min: 1, max: 120 }),
      repeatWindowMonths: read.integer('MARAC_REPEAT_WINDOW_MONTHS', 12, { min: 1, max: 120 }),
    },
    reports: {
      reReferralWindowMonths: read.integer('REPORT_REREFERRAL_WINDOW_MONTHS', 12, { min: 1, max: 60 }),
    },
    signals: {
      fullRunConnections: read.integer('SIGNALS_FULL_RUN_CONNECTIONS', 2, { min: 1, max: 16 }),
    },
    mail: {
      smtpUrl: read.url('SMTP_URL', ['smtp:', 'smtps:']),
      from: read.matching(
        'MAIL_FROM',
        /^[^\r\n<>]*<?[^\s@<>]+@[^\s@<>]+>?$/,
        'Waymark <no-reply@waymark.invalid>',
        'an email address, optionally with a name: Waymark <no-reply@example.org>',
      ),
      consoleUrl: (read.url('CONSOLE_URL', ['http:', 'https:']) ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(/\/+$/, ''),
    },
    demo: {
      // auto: load in development only; tests and production start empty.
      load: demoData === 'on' || (demoData === 'auto' && nodeEnv === 'development'),
      // auto leaves a database with accounts of its own alone; on loads the demo beside them.
      evenIfNotEmpty: demoData === 'on',
      password: read.string('DEMO_PASSWORD') ?? 'waymark-demo',
      families: read.integer('DEMO_FAMILIES', 300, { min: 10, max: 5000 }),
    },
  };

  if (problems.length) throw new ConfigError(problems);
  return config;
}

class EnvReader {
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly problems: string[],
  ) {}

  string(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  integer(name: string, fallback: number, range: { min: number; max: number }): number {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < range.min || value > range.max) {
      this.problems.push(`${name} must be a whole number from ${range.min} to ${range.max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.string(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw)) return true;
    if (['false', '0', 'no'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }

  matching(name: string, pattern: RegExp, fallback: string, description: string): string {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if (pattern.test(raw)) return raw;
    this.problems.push(`${name} must be ${description} (got "${raw}")`);
    return fallback;
  }

  url(name: string, protocols: string[]): string | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (protocols.includes(parsed.protocol)) return raw;
    } catch {
      // reported below
    }
    // Never echo the URL: it may hold a password.
    this.problems.push(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
    return undefined;
  }
}
