import { DatasetError, type ImportIssue } from '../dataset/types';
import { isPartialDateError, parsePartialDate } from '../model/partial-date';
import type { FtmEntity } from './ftm';
import { FTM_DATE_PROPERTIES, FTM_SCHEMATA, ORGRAPH_NEEDS, OTHER_FTM_SCHEMATA } from './ftm-schema';

/** One FtM entity of a JSON-lines file, with the line it was read from (1-based). */
export interface FtmLine {
  line: number;
  entity: FtmEntity;
}

/** An FtM date is a year, a month or a day, perhaps with a time (dropped: Orgraph's dates are days at most). */
export function ftmDate(value: string): string | { error: string } {
  const match = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!match) return { error: `"${value}" is not an FtM date (YYYY, YYYY-MM or YYYY-MM-DD)` };
  const parsed = parsePartialDate(match[1]!);
  return isPartialDateError(parsed) ? { error: `"${value}": ${parsed.error}` } : match[1]!;
}

/** Whether a text is FtM JSON lines: its first line is an object with an id, a schema and properties. */
export function looksLikeFtm(text: string): boolean {
  const first = text.split('\n').find((line) => line.trim() !== '');
  if (!first) return false;
  try {
    const data = JSON.parse(first) as Record<string, unknown>;
    return typeof data === 'object' && data !== null && typeof data.schema === 'string' && typeof data.properties === 'object' && 'id' in data;
  } catch {
    return false;
  }
}

function checkShape(data: unknown, at: (path: string, message: string) => void): FtmEntity | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return at('', 'is not a JSON object'), null;
  const { id, schema, properties } = data as Record<string, unknown>;
  if (typeof id !== 'string' || !/^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/.test(id) || id.length > 200) return at('id', `${JSON.stringify(id)} is not an FtM entity id`), null;
  if (typeof schema !== 'string') return at('schema', 'is missing'), null;
  if (!FTM_SCHEMATA[schema]) {
    const known = OTHER_FTM_SCHEMATA.includes(schema);
    at('schema', known ? `FtM schema "${schema}" has no counterpart in Orgraph (it reads ${Object.keys(FTM_SCHEMATA).join(', ')})` : `"${schema}" is not an FtM schema`);
    return null;
  }
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return at('properties', 'is not an object'), null;
  let valid = true;
  for (const [name, values] of Object.entries(properties)) {
    if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) {
      at(`properties.${name}`, 'is not a list of text');
      valid = false;
    }
  }
  return valid ? { id, schema, properties: properties as Record<string, string[]> } : null;
}

/**
 * Reads FtM JSON lines and checks each entity: a schema Orgraph reads, its required properties
 * present, dates that are dates, and every reference naming an entity of the file with a schema the
 * property allows. Every problem is reported with its line; any problem refuses the whole file.
 */
export function readFtmLines(file: string, text: string): FtmLine[] {
  const issues: ImportIssue[] = [];
  const lines: FtmLine[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const at = (path: string, message: string) => issues.push({ origin: { file, line, path }, message });
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (error) {
      return at('', `is not JSON: ${(error as Error).message}`);
    }
    const entity = checkShape(data, at);
    if (!entity) return;
    const present = (name: string) => entity.properties[name]?.some((value) => value.trim() !== '');
    for (const name of FTM_SCHEMATA[entity.schema]!.required) if (!present(name)) at(`properties.${name}`, `${entity.schema} requires "${name}"`);
    for (const name of ORGRAPH_NEEDS[entity.schema] ?? []) if (!present(name)) at(`properties.${name}`, `Orgraph needs "${name}" of a ${entity.schema}`);
    for (const name of FTM_DATE_PROPERTIES) {
      (entity.properties[name] ?? []).forEach((value, i) => {
        const date = ftmDate(value);
        if (typeof date !== 'string') at(`properties.${name}[${i}]`, date.error);
      });
    }
    lines.push({ line, entity });
  });

  const byId = new Map<string, FtmLine>();
  for (const item of lines) {
    const earlier = byId.get(item.entity.id);
    if (earlier) issues.push({ origin: { file, line: item.line, path: 'id' }, message: `"${item.entity.id}" is already the id of line ${earlier.line}` });
    else byId.set(item.entity.id, item);
  }
  for (const { line, entity } of lines) {
    for (const [name, range] of Object.entries(FTM_SCHEMATA[entity.schema]!.references)) {
      for (const id of entity.properties[name] ?? []) {
        const target = byId.get(id);
        const at = { file, line, path: `properties.${name}` };
        if (!target) issues.push({ origin: at, message: `names "${id}", which no line of the file holds` });
        else if (!FTM_SCHEMATA[target.entity.schema]!.names.includes(range)) {
          issues.push({ origin: at, message: `names "${id}", a ${target.entity.schema} (line ${target.line}); ${entity.schema}.${name} takes a ${range}` });
        }
      }
    }
  }
  if (lines.length === 0 && issues.length === 0) issues.push({ origin: { file, path: '' }, message: 'holds no FtM entities' });
  if (issues.length > 0) throw new DatasetError(issues);
  return lines;
}
