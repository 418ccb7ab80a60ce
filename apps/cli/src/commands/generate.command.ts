import { INestApplicationContext } from '@nestjs/common';
import { Area, PartnershipGenerator } from '@waymark/demo';
import { isRealDate, RequestContext } from '@waymark/platform';
import { CommandArgs } from '../command-args';

const AREAS: Area[] = ['inner-city', 'post-industrial'];

/** `generate --families N --seed S [--area …] [--as-of YYYY-MM-DD]`: a synthetic partnership, then signals are up to you (evaluate-signals). */
export async function generate(app: INestApplicationContext, args: CommandArgs): Promise<string> {
  if (process.env.NODE_ENV === 'production') throw new Error('generate writes synthetic families and refuses to run with NODE_ENV=production.');
  const families = Number(args.required('families'));
  const seed = args.required('seed');
  const area = (args.optional('area') ?? 'inner-city') as Area;
  if (!AREAS.includes(area)) throw new Error(`--area must be one of ${AREAS.join(', ')}`);
  const asOf = args.optional('as-of');
  if (asOf && !isRealDate(asOf)) throw new Error('--as-of must be a date, YYYY-MM-DD');
  const summary = await app.get(PartnershipGenerator).generate(RequestContext.system('cli'), { families, seed, area, asOf });
  const rows = Object.entries(summary.rows)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `  ${table.padEnd(24)} ${n}`);
  return [
    `Generated ${summary.families} families (seed ${seed}, ${area}) in ${(summary.durationMs / 1000).toFixed(1)} s, ${summary.batches} batches:`,
    ...rows,
    'Signals are not evaluated yet: run `npm run cli -- evaluate-signals`.',
  ].join('\n');
}
