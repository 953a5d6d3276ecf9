import fs from 'node:fs';
import { NotFoundError, UserInputError } from '../errors';
import { runCli, withDatabase } from './run';
import { REPORT_FORMATS, reportFormat } from '../reports/formats';
import { connectionReport, entityReport } from '../reports/load';

const USAGE = `Usage: npm run report -- <id> [--with <id>] [--as-of <date>] [--format md|html|csv|json] [--out <file>]

An entity report (what it is, its structure, members, leadership, initiatives, events, timeline), or
with --with a connection report (how the two are linked, with the evidence for every hop, and what
they share). Every statement is footnoted to its sources. Without --out the report goes to stdout.`;

interface ReportArgs {
  id: string;
  with?: string;
  'as-of'?: string;
  format?: string;
  out?: string;
}

function parse(argv: string[]): ReportArgs {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (!['with', 'as-of', 'format', 'out'].includes(name)) throw new UserInputError(`unknown option ${arg}`);
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UserInputError(`${arg} needs a value`);
      options[name] = value;
    } else positional.push(arg);
  }
  if (positional.length !== 1) throw new UserInputError('give exactly one entity id');
  return { id: positional[0]!, ...options };
}

async function main(argv: string[]) {
  if (argv.includes('--help') || argv.length === 0) {
    console.log(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  let args: ReportArgs;
  let format: keyof typeof REPORT_FORMATS;
  try {
    args = parse(argv);
    format = reportFormat(args.format ?? 'md');
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  return withDatabase(async ({ database }) => {
    const asOf = args['as-of'] ?? null;
    const report = await (args.with ? connectionReport(database, args.id, args.with, asOf) : entityReport(database, args.id, asOf)).catch((error: unknown) => {
      if (error instanceof UserInputError || error instanceof NotFoundError) return error;
      throw error;
    });
    if (report instanceof Error) {
      console.error(report.message);
      return 1;
    }
    const text = REPORT_FORMATS[format].render(report);
    if (args.out) {
      fs.writeFileSync(args.out, text);
      console.error(`Wrote ${args.out}`);
    } else process.stdout.write(text);
    return 0;
  });
}

runCli(main);
