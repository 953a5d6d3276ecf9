import path from 'node:path';
import { repoRoot } from '../../src/config';
import type { ExportedDataset } from '../../src/dataset/export';
import { parseFiles } from '../../src/dataset/import';
import { DatasetError } from '../../src/dataset/types';
import { validateFiles } from '../../src/dataset/validate';
import { ftmJsonLines, toFtm } from '../../src/interchange/ftm';
import { ftmDate, looksLikeFtm, readFtmLines } from '../../src/interchange/ftm-read';
import { ftmRecords, type FtmRecords } from '../../src/interchange/ftm-records';

const asDataset = (records: FtmRecords): ExportedDataset => ({
  sources: records.sources,
  entities: records.entities.map((item) => item.record),
  relationships: records.relationships.map((item) => item.record),
});
const FILE = { name: 'test.ftm.json', title: 'FollowTheMoney file test.ftm.json' };
const read = (text: string) => ftmRecords(FILE, readFtmLines(FILE.name, text), []);
const lines = (...entities: object[]) => entities.map((entity) => JSON.stringify(entity)).join('\n');
const refusal = (text: string): string => {
  try {
    readFtmLines(FILE.name, text);
  } catch (error) {
    if (error instanceof DatasetError) return error.message;
    throw error;
  }
  throw new Error('not refused');
};

describe('FtM back into records', () => {
  it('reads the export of the CSTO dataset back into records that export to the same FtM', () => {
    const { files } = parseFiles([path.join(repoRoot, 'data', 'csto')]);
    const { dataset } = validateFiles(files);
    const original: ExportedDataset = {
      sources: dataset.sources.map((item) => item.record),
      entities: dataset.entities.map((item) => item.record),
      relationships: dataset.relationships.map((item) => item.record),
    };
    const text = ftmJsonLines(toFtm(original));
    const records = read(text);
    expect(ftmJsonLines(toFtm(asDataset(records)))).toBe(text);
    // States are told from organizations, and relationship types survive FtM's coarser schemata.
    const kinds = new Map(records.entities.map(({ record }) => [record.id, record.kind]));
    for (const entity of original.entities.filter((e) => e.kind !== 'topic')) expect([entity.id, kinds.get(entity.id)]).toEqual([entity.id, entity.kind]);
    const types = new Map(records.relationships.map(({ record }) => [record.id, record.type]));
    const topics = new Set(original.entities.filter((e) => e.kind === 'topic').map((e) => e.id));
    for (const r of original.relationships.filter((r) => !topics.has(r.from) && !topics.has(r.to))) expect([r.id, types.get(r.id!)]).toEqual([r.id, r.type]);
  });

  it('recovers sources and citations from description lines: publisher, date, URL, retrieval, locator and claimant', () => {
    const dataset: ExportedDataset = {
      sources: [
        { id: 'a', title: 'Report, part one', publisher: 'Wire, Ltd', published: '2024-05', url: 'https://example.org/a', retrieved: '2025-01-02' },
        { id: 'b', title: 'A printed page' },
      ],
      entities: [
        { id: 'alliance', kind: 'organization', name: 'Alliance', citations: [{ source: 'a', quote: 'an alliance', locator: 'p. 2' }] },
        { id: 'ruritania', kind: 'state', name: 'Ruritania', identifiers: [{ scheme: 'iso3166-1', value: 'RU' }], citations: [{ source: 'b' }] },
      ],
      relationships: [
        {
          id: 'ruritania.member-of.alliance',
          from: 'ruritania',
          type: 'MEMBER_OF',
          to: 'alliance',
          since: '1992',
          attested: ['2001-03'],
          citations: [
            { source: 'a', quote: 'a member; since 1992', locator: 'p. 3', claimedBy: 'Ruritania' },
            { source: 'b', quote: 'member' },
          ],
        },
      ],
    };
    const text = ftmJsonLines(toFtm(dataset));
    const records = read(text);
    expect(records.sources).toEqual([
      { id: '2024-05-wire-ltd-report-part-one', title: 'Report, part one', publisher: 'Wire, Ltd', published: '2024-05', url: 'https://example.org/a', retrieved: '2025-01-02' },
      { id: 'a-printed-page', title: 'A printed page' },
    ]);
    expect(records.relationships[0]!.record).toEqual({
      ...dataset.relationships[0],
      citations: [
        { source: '2024-05-wire-ltd-report-part-one', quote: 'a member; since 1992', locator: 'p. 3', claimedBy: 'Ruritania' },
        { source: 'a-printed-page', quote: 'member' },
      ],
    });
    expect(records.relationships[0]!.referenced).toBe(true);
    expect(ftmJsonLines(toFtm(asDataset(records)))).toBe(text);
  });

  it('reads FtM written elsewhere: its ids kept as identifiers, sourceUrl as the evidence, the file itself where there is none', () => {
    const records = read(
      lines(
        { id: 'NK-Abc', schema: 'Company', properties: { name: ['Acme Holdings'], sourceUrl: ['https://registry.example/acme'], publisher: ['Registry'], incorporationDate: ['2001-02-03T10:00:00Z'] } },
        { id: 'p1', schema: 'Person', properties: { name: ['Jane Roe'] } },
        { id: 'd1', schema: 'Directorship', properties: { director: ['p1'], organization: ['NK-Abc'], role: ['Director'] } },
      ),
    );
    expect(records.entities.map(({ record }) => record)).toEqual([
      { id: 'nk-abc', kind: 'organization', name: 'Acme Holdings', start: '2001-02-03', identifiers: [{ scheme: 'ftm', value: 'NK-Abc' }], citations: [{ source: records.sources[0]!.id }] },
      { id: 'p1', kind: 'person', name: 'Jane Roe', identifiers: [{ scheme: 'ftm', value: 'p1' }], citations: [{ source: records.fileSource.id, quote: records.paragraphs[1], locator: 'paragraph 2' }] },
    ]);
    expect(records.sources).toEqual([{ id: records.sources[0]!.id, title: 'https://registry.example/acme', url: 'https://registry.example/acme', publisher: 'Registry' }, records.fileSource]);
    expect(records.relationships.map(({ record, referenced, paragraph }) => [record.type, record.from, record.to, record.role, referenced, paragraph])).toEqual([['HEADS', 'p1', 'nk-abc', 'Director', false, 3]]);
    expect(records.paragraphs[2]).toBe('Directorship d1. director: Jane Roe (p1); organization: Acme Holdings (NK-Abc); role: Director');
  });

  it('refuses references to missing entities or of the wrong schema, repeated ids and links it cannot read, with their lines', () => {
    const message = refusal(
      lines(
        { id: 'o1', schema: 'Organization', properties: { name: ['Org'] } },
        { id: 'o1', schema: 'Organization', properties: { name: ['Again'] } },
        { id: 'x1', schema: 'Occupancy', properties: { holder: ['o1'], post: ['nowhere'] } },
        { id: 'x2', schema: 'ProjectParticipant', properties: { participant: ['o1'] } },
        { id: 'Bad id!', schema: 'Person', properties: { name: ['X'] } },
      ),
    );
    expect(message).toContain('test.ftm.json:2 (id): "o1" is already the id of line 1');
    expect(message).toContain('test.ftm.json:3 (properties.holder): names "o1", a Organization (line 1); Occupancy.holder takes a Person');
    expect(message).toContain('test.ftm.json:3 (properties.post): names "nowhere", which no line of the file holds');
    expect(message).toContain('test.ftm.json:4 (properties.project): Orgraph needs "project" of a ProjectParticipant');
    expect(message).toContain('test.ftm.json:5 (id): "Bad id!" is not an FtM entity id');
    expect(() => read(lines({ id: 'a', schema: 'Thing', properties: {} }))).toThrow(/FtM schema "Thing" has no counterpart/);
    expect(() => read(lines({ id: 'a', schema: 'Person', properties: { name: ['A'] } }, { id: 'b', schema: 'Person', properties: { name: ['B'] } }, { id: 'l', schema: 'UnknownLink', properties: { subject: ['a'], object: ['b'], role: ['knows'] } }))).toThrow(
      /test\.ftm\.json:3 \(properties\.role\): UnknownLink role "knows" is not how an Orgraph relationship reads/,
    );
  });

  it('reads FtM dates at their precision, and tells FtM lines from a native JSON dataset', () => {
    expect(['2019', '2019-11', '2019-11-05', '2019-11-05T12:00:00', '2019-11-05T12:00:00+03:00'].map(ftmDate)).toEqual(['2019', '2019-11', '2019-11-05', '2019-11-05', '2019-11-05']);
    expect(ftmDate('05/11/2019')).toEqual({ error: expect.stringContaining('not an FtM date') });
    expect(ftmDate('2019-02-30')).toEqual({ error: expect.any(String) });
    expect(looksLikeFtm('{"id":"a","schema":"Person","properties":{"name":["A"]}}\n')).toBe(true);
    expect(looksLikeFtm('{\n  "entities": []\n}\n')).toBe(false);
    expect(looksLikeFtm('{"entities": []}')).toBe(false);
  });
});
