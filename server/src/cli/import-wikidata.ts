import { WikidataClient } from '../interchange/wikidata/client';
import { wikidataConfig } from '../interchange/wikidata/config';
import { importFromWikidata, type WikidataImportModel } from '../interchange/wikidata/import';
import { WIKIDATA_PARTS, type WikidataPart } from '../interchange/wikidata/queries';
import { applyMigrations } from '../neo4j/migrations';
import { cliAuthor } from '../releases/commit';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run import:wikidata -- <QID> [--with members,officeholders,parts,events] [--dry-run] [--json]

Reads a Wikidata organization (labels and aliases in English and Russian, inception, dissolution,
headquarters, parts, chairperson) and, with --with, its members (P463), office-holders (P39), parts
(P361) and events (P664) into the review queue: each statement becomes a proposal, cited to the
document its reference names, unreferenced ones marked. Review them in the explorer (Review).
--dry-run prints the proposals and writes nothing. WIKIDATA_SPARQL_URL and WIKIDATA_ENTITY_DATA_URL
choose the services (the public Wikidata by default).`;

function parseArgs(argv: string[]): { qid?: string; include: WikidataPart[]; dryRun: boolean; json: boolean; help: boolean; problems: string[] } {
  const problems: string[] = [];
  const include: WikidataPart[] = [];
  let qid: string | undefined;
  let dryRun = false;
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--json') json = true;
    else if (arg === '--help') help = true;
    else if (arg === '--with' && argv[i + 1] !== undefined) {
      for (const part of argv[++i]!.split(',').map((p) => p.trim()).filter(Boolean)) {
        if ((WIKIDATA_PARTS as readonly string[]).includes(part)) include.push(part as WikidataPart);
        else problems.push(`--with: "${part}" is not one of ${WIKIDATA_PARTS.join(', ')}`);
      }
    } else if (arg.startsWith('--')) problems.push(`unknown option or missing value: ${arg}`);
    else if (qid) problems.push(`one QID at a time (got ${qid} and ${arg})`);
    else qid = arg;
  }
  return { ...(qid ? { qid } : {}), include, dryRun, json, help, problems };
}

function report(result: WikidataImportModel): string {
  const lines = [`${result.label} (${result.qid}) at revision ${result.revision}: ${result.proposals.length} proposals from ${result.requests} requests${result.dryRun ? ' (dry run: nothing written)' : ''}`];
  for (const match of result.matches) lines.push(`  ${match.qid} -> ${match.entityId} (${match.by === 'IDENTIFIER' ? 'by identifier' : match.by === 'NAME' ? 'by name: confirm when reviewing' : 'new entity'})`);
  for (const p of result.proposals) {
    const dates = [p.since, p.until].some(Boolean) ? ` ${p.since ?? '…'} – ${p.until ?? ''}` : '';
    lines.push(`  [${p.relation}${p.unreferenced ? ', unreferenced' : ''}${p.state !== 'OPEN' ? `, ${p.state.toLowerCase()}` : ''}] ${p.fromId ?? p.fromNew?.id} ${p.type} ${p.toId ?? p.toNew?.id}${p.role ? ` (${p.role})` : ''}${dates}  ${p.origin}`);
  }
  return lines.join('\n');
}

async function main(argv: string[]) {
  const args = parseArgs(argv);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (!args.qid || args.problems.length > 0) {
    console.error(`${[...args.problems, ...(!args.qid ? ['give the QID of the organization (such as Q7159)'] : [])].join('; ')}\n\n${USAGE}`);
    return 2;
  }
  const client = new WikidataClient(wikidataConfig());
  return withDatabase(async ({ database }) => {
    await applyMigrations(database);
    const result = await importFromWikidata(database, client, args.qid!, { include: args.include, dryRun: args.dryRun, author: cliAuthor() });
    console.log(args.json ? JSON.stringify(result, null, 2) : report(result));
    return 0;
  });
}

runCli(main);
