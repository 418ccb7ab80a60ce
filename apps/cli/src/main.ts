import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, JsonLogger, loadConfig } from '@waymark/platform';
import { CliModule } from './cli.module';
import { CommandArgs } from './command-args';
import { createAdmin } from './commands/create-admin.command';
import { explainAccess } from './commands/explain-access.command';
import { verifyAudit } from './commands/verify-audit.command';
import { evaluateSignals } from './commands/evaluate-signals.command';
import { generate } from './commands/generate.command';

class CliLogger extends JsonLogger {
  override error(message: unknown, ...rest: unknown[]): void {
    if (rest[rest.length - 1] !== 'ExceptionHandler') super.error(message, ...rest);
  }
}

type Command = (app: INestApplicationContext, args: CommandArgs) => Promise<string>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  migrate: { run: async () => 'Migrations are up to date.', usage: 'migrate' },
  'create-admin': { run: createAdmin, usage: 'create-admin --email <email> --password <password> [--name <name>] [--agency <agency name>]' },
  'verify-audit': { run: verifyAudit, usage: 'verify-audit' },
  'evaluate-signals': { run: evaluateSignals, usage: 'evaluate-signals [--as-of YYYY-MM-DD]' },
  'explain-access': { run: explainAccess, usage: 'explain-access --user <email> --person <person id>' },
  generate: { run: generate, usage: 'generate --families <N> --seed <S> [--area inner-city|post-industrial] [--as-of YYYY-MM-DD]' },
};

function usage(): string {
  return `Usage: npm run cli -- <command>\n${Object.values(COMMANDS)
    .map((c) => `  ${c.usage}`)
    .join('\n')}\n`;
}

async function main(): Promise<void> {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(usage());
    process.exit(64);
  }
  const args = new CommandArgs(rest);
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    ...process.env,
    SCHEDULER_ENABLED: 'false',
    ...(name === 'migrate' ? { DATABASE_MIGRATE_ON_START: 'true' } : {}),
  });
  // A failure to start is reported once, as a sentence, by the catch below: Nest's own report of it
  // (a JSON line with a stack trace) is not for the person at the terminal.
  const app = await NestFactory.createApplicationContext(CliModule.register(config), { logger: new CliLogger(config.logLevel), abortOnError: false });
  try {
    process.stdout.write(`${await command.run(app, args)}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
