import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs on its embedded defaults with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      http: { port: 3000, host: '127.0.0.1', bodyLimit: '100kb' },
      database: { url: undefined, migrateOnStart: true },
      redis: { url: undefined },
      auth: { tokenTtlSeconds: 1800, maxFailuresPerAccount: 5 },
      breakGlass: { minutes: 60, minReasonLength: 20 },
      marac: { dashHighRiskScore: 14, escalationIncidents: 3, escalationWindowMonths: 12, repeatWindowMonths: 12 },
    });
    expect(config.database.pgliteDataDir).toMatch(/\.data\/pglite$/);
  });

  it('reports every problem at once, naming each setting', () => {
    try {
      loadConfig({ PORT: '70000', LOG_LEVEL: 'loud', DATABASE_MIGRATE_ON_START: 'maybe', GRAPHQL_MAX_DEPTH: '1' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        'PORT must be a whole number from 0 to 65535 (got "70000")',
        'DATABASE_MIGRATE_ON_START must be true or false (got "maybe")',
        'GRAPHQL_MAX_DEPTH must be a whole number from 2 to 50 (got "1")',
        'LOG_LEVEL must be one of debug, info, warn, error (got "loud")',
      ]);
    }
  });

  it('reads MARAC thresholds, refusing a DASH score the checklist cannot reach', () => {
    expect(loadConfig({ MARAC_DASH_HIGH_RISK_SCORE: '12', MARAC_ESCALATION_INCIDENTS: '4' }).marac).toEqual({
      dashHighRiskScore: 12,
      escalationIncidents: 4,
      escalationWindowMonths: 12,
      repeatWindowMonths: 12,
    });
    expect(() => loadConfig({ MARAC_DASH_HIGH_RISK_SCORE: '25' })).toThrow('MARAC_DASH_HIGH_RISK_SCORE must be a whole number from 1 to 24 (got "25")');
  });

  it('spreads a full signal run over two connections unless told otherwise, and never over none', () => {
    expect(loadConfig({}).signals).toEqual({ fullRunConnections: 2 });
    expect(loadConfig({ SIGNALS_FULL_RUN_CONNECTIONS: '4' }).signals).toEqual({ fullRunConnections: 4 });
    expect(() => loadConfig({ SIGNALS_FULL_RUN_CONNECTIONS: '0' })).toThrow('SIGNALS_FULL_RUN_CONNECTIONS must be a whole number from 1 to 16 (got "0")');
  });

  it('limits each client to 300 GraphQL requests and 10 exports a minute unless told otherwise, and never to none', () => {
    expect(loadConfig({}).rateLimit).toEqual({ graphqlPerMinute: 300, exportsPerMinute: 10 });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '600', EXPORT_RATE_LIMIT_PER_MINUTE: '30' }).rateLimit).toEqual({ graphqlPerMinute: 600, exportsPerMinute: 30 });
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '0' })).toThrow('RATE_LIMIT_PER_MINUTE must be a whole number from 1 to 1000000 (got "0")');
    expect(() => loadConfig({ EXPORT_RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow('EXPORT_RATE_LIMIT_PER_MINUTE must be a whole number');
  });

  it('gives jobs a retry budget and a redelivery interval, within bounds', () => {
    expect(loadConfig({}).jobs).toEqual({ attempts: 10, backoffMs: 1000, redeliverAfterSeconds: 900, sweepSeconds: 60 });
    expect(loadConfig({ JOB_ATTEMPTS: '3', JOB_BACKOFF_MS: '250', OUTBOX_REDELIVER_AFTER_SECONDS: '120', OUTBOX_SWEEP_SECONDS: '10' }).jobs).toEqual({
      attempts: 3,
      backoffMs: 250,
      redeliverAfterSeconds: 120,
      sweepSeconds: 10,
    });
    expect(() => loadConfig({ JOB_ATTEMPTS: '0' })).toThrow('JOB_ATTEMPTS must be a whole number from 1 to 100 (got "0")');
    expect(() => loadConfig({ OUTBOX_REDELIVER_AFTER_SECONDS: '1' })).toThrow(
      'OUTBOX_REDELIVER_AFTER_SECONDS must be a whole number from 5 to 86400 (got "1")',
    );
  });

  it('accepts a complete production configuration', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://waymark@db:5432/waymark',
      REDIS_URL: 'redis://cache:6379',
      JWT_SECRET: 'x'.repeat(48),
    });
    expect(config.nodeEnv).toBe('production');
    expect(config.redis.url).toBe('redis://cache:6379');
  });

  it('sends no email unless SMTP_URL is set, and refuses an SMTP address that does not parse, naming the setting (never echoing it)', () => {
    expect(loadConfig({}).mail).toEqual({ smtpUrl: undefined, from: 'Waymark <no-reply@waymark.invalid>', consoleUrl: 'http://127.0.0.1:3000' });
    expect(loadConfig({ SMTP_URL: 'smtps://user:secret@mail.example.org:465', CONSOLE_URL: 'https://waymark.example.org/' }).mail).toMatchObject({
      smtpUrl: 'smtps://user:secret@mail.example.org:465',
      consoleUrl: 'https://waymark.example.org',
    });
    for (const SMTP_URL of ['mail.example.org:25', 'http://mail.example.org', 'smtp://user:pa ss@']) {
      expect(() => loadConfig({ SMTP_URL })).toThrow('SMTP_URL must be a URL starting with smtp:// or smtps://');
    }
    expect(() => loadConfig({ CONSOLE_URL: 'waymark.example.org' })).toThrow('CONSOLE_URL must be a URL starting with http:// or https://');
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow('MAIL_FROM must be an email address');
  });
});
