import { LoggerService } from '@nestjs/common';
import { LogLevel } from '../config/app-config';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
/** Nest's start-up chatter (one line per module and route) is debug detail, not operational news. */
const NEST_BOOTSTRAP_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule', 'NestApplication']);

/**
 * One JSON object per line on stdout. Callers pass identifiers (request id, user id, record ids),
 * never names, emails, addresses or free text about people.
 */
export class JsonLogger implements LoggerService {
  constructor(private readonly level: LogLevel = 'info') {}

  log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    this.write(typeof context === 'string' && NEST_BOOTSTRAP_CONTEXTS.has(context) ? 'debug' : 'info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  /** Structured event with fields, the preferred form inside Waymark. */
  event(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
    if (ORDER[level] < ORDER[this.level]) return;
    process.stdout.write(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }) + '\n');
  }

  private write(level: LogLevel, message: unknown, rest: unknown[]): void {
    // Nest passes the context (class name) last; an Error's stack may come before it.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const stack = rest.find((r) => typeof r === 'string' && r.includes('\n    at '));
    if (message instanceof Error) {
      this.event(level, 'log', { context, message: message.message, stack: message.stack });
    } else if (typeof message === 'object' && message !== null) {
      this.event(level, 'log', { context, ...(message as Record<string, unknown>) });
    } else {
      this.event(level, 'log', { context, message: String(message), ...(stack ? { stack } : {}) });
    }
  }
}
