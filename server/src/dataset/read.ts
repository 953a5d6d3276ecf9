import { parse as parseCsv } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';
import { findNodeAtLocation, parseTree, visit, type Node as JsonNode } from 'jsonc-parser';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { DatasetDocument, ImportIssue } from './types';

/** A file turned into data, with a way back from a path in that data to a line of the file. */
export interface ParsedFile {
  file: string;
  data: unknown;
  lineOf(pathInData: Array<string | number>): number | undefined;
}

export const DATASET_EXTENSIONS = ['.yaml', '.yml', '.json', '.csv'];

/** Lists the dataset files a path names: the file itself, or the dataset files of a folder (sorted). */
export function datasetFiles(target: string): string[] {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${target} does not exist`);
  if (stat.isFile()) return [target];
  return fs
    .readdirSync(target)
    .filter((name) => DATASET_EXTENSIONS.includes(path.extname(name).toLowerCase()) && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => path.join(target, name));
}

/**
 * Every value of the format is text, and an empty or null field means the same as no field (`until:`
 * with nothing after it is open-ended). JSON numbers and booleans become their text, as in YAML's
 * failsafe schema: a bare year such as 1992 is "1992".
 */
function datasetValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(datasetValues);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, field]) => field !== null)
        .map(([key, field]) => [key, datasetValues(field)]),
    );
  }
  return value;
}

/** Offset in a text → its 1-based line, by binary search over the offsets where lines start. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** The first key that appears twice in one object, with its line: JSON.parse would silently keep the last. */
function duplicateKey(text: string): { key: string; line: number } | null {
  const open: Array<Set<string>> = [];
  let found: { key: string; line: number } | null = null;
  visit(text, {
    onObjectBegin: () => {
      open.push(new Set());
      return !found;
    },
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (key, _offset, _length, startLine) => {
      const keys = open[open.length - 1]!;
      if (keys.has(key)) found ??= { key, line: startLine + 1 };
      keys.add(key);
    },
  });
  return found;
}

/**
 * JSON files are parsed by JSON.parse, about fifty times faster than the YAML parser on large files.
 * Line numbers are only needed for error messages, so the syntax tree that gives them is built on demand.
 */
export function parseJson(file: string, withBom: string): ParsedFile | ImportIssue {
  const text = withBom.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // V8 names the offending offset ("… in JSON at position 42"), or says the text ended too soon.
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : undefined;
    const line = offset === undefined ? undefined : lineFinder(text)(offset);
    const what = message.replace(/\s*(in JSON )?at position \d+.*$/s, '').trim();
    return { origin: { file, path: '', ...(line ? { line } : {}) }, message: `not valid JSON: ${what}` };
  }
  const duplicate = duplicateKey(text);
  if (duplicate) {
    return { origin: { file, path: '', line: duplicate.line }, message: `not valid JSON: the key "${duplicate.key}" appears twice in one object` };
  }
  let tree: JsonNode | undefined;
  let lineAt: ((offset: number) => number) | undefined;
  return {
    file,
    data: datasetValues(data),
    lineOf(pathInData) {
      tree ??= parseTree(text);
      lineAt ??= lineFinder(text);
      if (!tree) return undefined;
      // The deepest node that exists along the path: an error about a missing property points at its parent.
      for (let depth = pathInData.length; depth >= 0; depth--) {
        const node = findNodeAtLocation(tree, pathInData.slice(0, depth));
        if (node) return lineAt(node.parent?.type === 'property' ? node.parent.offset : node.offset);
      }
      return undefined;
    },
  };
}

/**
 * Native files: YAML, or JSON (by name). YAML scalars are read as text (the failsafe schema, plus null),
 * because every value of the format is text: a bare year such as 1992 stays "1992" rather than a number.
 */
export function parseNative(file: string, text: string): ParsedFile | ImportIssue {
  if (file.toLowerCase().endsWith('.json')) return parseJson(file, text);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: 'failsafe', customTags: ['null'] });
  const [error] = document.errors;
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    return { origin: { file, path: '', ...(line ? { line } : {}) }, message: `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0]}` };
  }
  return {
    file,
    data: datasetValues(document.toJS()),
    lineOf(pathInData) {
      // The deepest node that exists along the path: an error about a missing property points at its parent.
      for (let depth = pathInData.length; depth >= 0; depth--) {
        const node = document.getIn(pathInData.slice(0, depth), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

type CsvKind = 'sources' | 'entities' | 'relationships';

/** A CSV file's kind follows from its header: relationships have from/to, entities a kind, sources a title. */
export function csvKind(header: string[]): CsvKind | null {
  if (header.includes('from') && header.includes('to')) return 'relationships';
  if (header.includes('kind')) return 'entities';
  if (header.includes('title')) return 'sources';
  return null;
}

const split = (cell: string) =>
  cell
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);

/** "CSTO@en|ОДКБ@ru" → aliases; the language tag is optional. */
function aliases(cell: string) {
  return split(cell).map((part) => {
    const at = part.lastIndexOf('@');
    return at > 0 ? { name: part.slice(0, at), lang: part.slice(at + 1) } : { name: part };
  });
}

/** "wikidata:Q159|iso3166-1:RU" → identifiers. */
function identifiers(cell: string) {
  return split(cell).map((part) => {
    const colon = part.indexOf(':');
    return colon > 0 ? { scheme: part.slice(0, colon), value: part.slice(colon + 1) } : { scheme: '', value: part };
  });
}

/**
 * CSV rows become native records (so one schema and one set of checks serve both formats).
 * Empty cells are absent values. Citation columns (source, quote, locator, claimed_by) hold one citation;
 * several sources can be given as "a|b" and share the quote.
 */
function csvRecord(kind: CsvKind, row: Record<string, string>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(row)) {
    const value = raw.trim();
    if (value === '') continue;
    if (column === 'aliases') record.aliases = aliases(value);
    else if (column === 'identifiers') record.identifiers = identifiers(value);
    else if (column === 'attested') record.attested = value.split(';').map((day) => day.trim()).filter(Boolean);
    else if (!['source', 'quote', 'locator', 'claimed_by'].includes(column)) record[column] = value;
  }
  if (kind !== 'sources') {
    const sources = split(row.source ?? '');
    record.citations = sources.map((source) => ({
      source,
      ...(row.quote?.trim() ? { quote: row.quote.trim() } : {}),
      ...(row.locator?.trim() ? { locator: row.locator.trim() } : {}),
      ...(row.claimed_by?.trim() ? { claimedBy: row.claimed_by.trim() } : {}),
    }));
  }
  return record;
}

export function parseCsvFile(file: string, text: string): ParsedFile | ImportIssue {
  let rows: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    rows = parseCsv(text, { columns: true, info: true, bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (error) {
    const err = error as { message: string; lines?: number };
    return { origin: { file, path: '', ...(err.lines ? { line: err.lines } : {}) }, message: `not valid CSV: ${err.message}` };
  }
  const header = Object.keys(rows[0]?.record ?? {});
  const headerLine = text.split('\n', 1)[0] ?? '';
  const kind = csvKind(header.length ? header : headerLine.split(',').map((h) => h.trim()));
  if (!kind) {
    return {
      origin: { file, line: 1, path: '' },
      message: 'a CSV file needs a header naming its columns: relationships have from,type,to; entities id,kind,name; sources id,title',
    };
  }
  const document: DatasetDocument = { [kind]: rows.map(({ record }) => csvRecord(kind, record)) };
  return {
    file,
    data: document,
    // Path [kind, index, …] → the line of that row (info.lines is the row's last line).
    lineOf: (pathInData) => (typeof pathInData[1] === 'number' ? rows[pathInData[1]]?.info.lines : 1),
  };
}

export function readDatasetFile(file: string): ParsedFile | ImportIssue {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { origin: { file, path: '' }, message: `cannot be read: ${(error as Error).message}` };
  }
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return parseCsvFile(file, text);
  if (['.yaml', '.yml', '.json'].includes(extension)) return parseNative(file, text);
  return { origin: { file, path: '' }, message: `unknown file type "${extension}" (expected ${DATASET_EXTENSIONS.join(', ')})` };
}

/** Data that did not come from a file (a GraphQL input): errors name the input and the path in it. */
export function inMemoryFile(name: string, data: unknown): ParsedFile {
  return { file: name, data, lineOf: () => undefined };
}

export function isIssue(value: ParsedFile | ImportIssue): value is ImportIssue {
  return 'message' in value;
}
