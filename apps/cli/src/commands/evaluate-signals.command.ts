import { INestApplicationContext } from '@nestjs/common';
import { isRealDate, RequestContext, today } from '@waymark/platform';
import { SignalEvaluator } from '@waymark/signals';
import { CommandArgs } from '../command-args';

/** The full evaluation the nightly job runs, on demand (optionally as of another date). */
export async function evaluateSignals(app: INestApplicationContext, args: CommandArgs): Promise<string> {
  const asOf = args.optional('as-of') ?? today();
  if (!isRealDate(asOf)) throw new Error('--as-of must be a date, YYYY-MM-DD');
  const summary = await app.get(SignalEvaluator).evaluate(RequestContext.system('cli'), { familyIds: null, asOf });
  return (
    `Risk signals evaluated for every family as of ${asOf} in ${summary.durationMs} ms on ${summary.connections} ${summary.connections === 1 ? 'connection' : 'connections'}: ` +
    `${summary.candidates} hold, ${summary.raised} newly raised, ${summary.reopened} re-opened, ${summary.resolved} resolved.`
  );
}
