import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import type { ExportedDataset } from '../../src/dataset/export';
import type { EntityRecord, RelationshipRecord } from '../../src/dataset/types';
import { ftmIds, ftmJsonLines, publicBodies, toFtm, type FtmEntity } from '../../src/interchange/ftm';
import { sourceUri, toPopolo } from '../../src/interchange/popolo';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/model/vocabulary';
import { fromDraft3, popoloValidator } from '../support/popolo';

const cite = (quote: string) => [{ source: 'src', quote, locator: 'p. 2' }];
const entity = (id: string, kind: string, extra: Partial<EntityRecord> = {}): EntityRecord => ({ id, kind, name: `Name of ${id}`, citations: cite(`about ${id}`), ...extra });
const rel = (from: string, type: string, to: string, extra: Partial<RelationshipRecord> = {}): RelationshipRecord => ({
  from,
  type,
  to,
  citations: cite(`${from} ${type} ${to}`),
  ...extra,
});

/** A small graph with one of each thing the mappings treat differently. */
const dataset: ExportedDataset = {
  sources: [
    { id: 'src', title: 'A source', publisher: 'A publisher', url: 'https://example.org/a', published: '2024-05', retrieved: '2025-01-02' },
    { id: 'offline', title: 'A printed page', publisher: 'Archive' },
  ],
  entities: [
    entity('alliance', 'organization', { aliases: [{ name: 'ALL', lang: 'en' }, { name: 'АЛЬ', lang: 'ru' }], start: '1992-05', description: 'An alliance.' }),
    entity('council', 'organization'),
    entity('club', 'organization'),
    entity('ruritania', 'state', { identifiers: [{ scheme: 'iso3166-1', value: 'RU' }, { scheme: 'wikidata', value: 'Q159' }] }),
    entity('ann', 'person'),
    entity('bob', 'person'),
    entity('plan', 'initiative'),
    entity('summit', 'event', { start: '2025-11-27', end: '2025-11-27' }),
    entity('capital', 'place'),
    entity('security', 'topic'),
  ],
  relationships: [
    rel('ruritania', 'MEMBER_OF', 'alliance', { since: '1992-05-15', until: '2012', status: 'founding member', citations: [{ source: 'offline', quote: 'a founder', claimedBy: 'Ruritania' }] }),
    rel('council', 'PART_OF', 'alliance'),
    rel('club', 'OBSERVER_OF', 'alliance', { since: '2013' }),
    rel('ann', 'HOLDS_POSITION', 'alliance', { role: 'Secretary-General', since: '2003', until: '2016', note: 'Two terms.' }),
    rel('bob', 'HOLDS_POSITION', 'alliance', { role: 'Secretary-General', since: '2017' }),
    rel('bob', 'HEADS', 'council', { role: 'Chairman' }),
    rel('ruritania', 'CHAIRS', 'alliance', { since: '2021', until: '2021', role: 'chair' }),
    rel('ann', 'CHAIRS', 'summit', { role: 'chair' }),
    rel('ruritania', 'COORDINATES', 'plan', { role: 'coordinator' }),
    rel('ann', 'SUCCEEDED_BY', 'bob', { since: '2017' }),
    rel('summit', 'HELD_IN', 'capital'),
    rel('plan', 'FOCUSES_ON', 'security'),
  ].map((r, i) => ({ ...r, id: `r${i}.${r.from}.${r.type.toLowerCase()}.${r.to}` })),
};

const ftm = toFtm(dataset);
const byId = new Map(ftm.map((item) => [item.id, item]));
const linkOf = (index: number): FtmEntity => byId.get(ftmIds.relationship(dataset.relationships[index]!.id!))!;

describe('FollowTheMoney mapping', () => {
  it('maps kinds to schemata: states and organizations made of states (or part of one) are PublicBody, topics are not entities', () => {
    const schemaOf = (id: string) => byId.get(ftmIds.entity(id))?.schema;
    expect(publicBodies(dataset)).toEqual(new Set(['alliance', 'council']));
    expect([schemaOf('alliance'), schemaOf('council'), schemaOf('club'), schemaOf('ruritania')]).toEqual(['PublicBody', 'PublicBody', 'Organization', 'PublicBody']);
    expect([schemaOf('ann'), schemaOf('plan'), schemaOf('summit'), schemaOf('capital'), schemaOf('security')]).toEqual(['Person', 'Project', 'Event', 'Address', undefined]);
  });

  it('keeps names, aliases, identifiers, dates and the description', () => {
    expect(byId.get(ftmIds.entity('alliance'))!.properties).toMatchObject({
      name: ['Name of alliance'],
      alias: ['ALL', 'АЛЬ'],
      incorporationDate: ['1992-05'],
      summary: ['An alliance.'],
    });
    expect(byId.get(ftmIds.entity('ruritania'))!.properties).toMatchObject({ wikidataId: ['Q159'], country: ['ru'] });
    expect(byId.get(ftmIds.entity('summit'))!.properties).toMatchObject({ startDate: ['2025-11-27'], endDate: ['2025-11-27'] });
    expect(byId.get(ftmIds.entity('capital'))!.properties).toMatchObject({ full: ['Name of capital'] });
  });

  it('makes memberships Membership, with partial dates, status, and provenance in sourceUrl, publisher and description', () => {
    const membership = linkOf(0);
    expect(membership.schema).toBe('Membership');
    expect(membership.properties).toMatchObject({
      member: [ftmIds.entity('ruritania')],
      organization: [ftmIds.entity('alliance')],
      startDate: ['1992-05-15'],
      endDate: ['2012'],
      status: ['founding member'],
      publisher: ['Archive'],
      recordId: [dataset.relationships[0]!.id],
      description: ['“a founder” — A printed page, Archive; claimed by Ruritania'],
    });
    expect(membership.properties.sourceUrl).toBeUndefined();
    expect(linkOf(2)).toMatchObject({ schema: 'Membership', properties: { role: ['observer'], startDate: ['2013'] } });
    expect(byId.get(ftmIds.entity('alliance'))!.properties).toMatchObject({
      sourceUrl: ['https://example.org/a'],
      publisher: ['A publisher'],
      retrievedAt: ['2025-01-02'],
      description: ['“about alliance” — A source, A publisher (2024-05), https://example.org/a; p. 2'],
    });
  });

  it('makes positions one Position per organization and role, each holder an Occupancy with its dates and note', () => {
    const [ann, bob] = [linkOf(3), linkOf(4)];
    expect(ann.schema).toBe('Occupancy');
    expect(ann.properties.post).toEqual(bob.properties.post);
    expect(ann.properties).toMatchObject({ holder: [ftmIds.entity('ann')], startDate: ['2003'], endDate: ['2016'], summary: ['Two terms.'] });
    const post = byId.get(ann.properties.post![0]!)!;
    expect(post).toEqual({ id: ftmIds.post('alliance.secretary-general'), schema: 'Position', properties: { name: ['Secretary-General, Name of alliance'], organization: [ftmIds.entity('alliance')] } });
    expect(ftm.filter((item) => item.schema === 'Position')).toHaveLength(1);
  });

  it('makes heads and chairs Directorship where the ends fit, and an UnknownLink saying how it reads where they do not', () => {
    expect(linkOf(5)).toMatchObject({ schema: 'Directorship', properties: { director: [ftmIds.entity('bob')], organization: [ftmIds.entity('council')], role: ['head', 'Chairman'] } });
    expect(linkOf(6)).toMatchObject({ schema: 'Directorship', properties: { director: [ftmIds.entity('ruritania')], role: ['chair'], startDate: ['2021'] } });
    // An event is not an FtM Organization: the chair of a summit is a link.
    expect(linkOf(7)).toMatchObject({ schema: 'UnknownLink', properties: { subject: [ftmIds.entity('ann')], object: [ftmIds.entity('summit')], role: ['chairs', 'chair'] } });
    expect(linkOf(1)).toMatchObject({ schema: 'UnknownLink', properties: { role: ['is part of'] } });
    expect(linkOf(10)).toMatchObject({ schema: 'UnknownLink', properties: { role: ['was held in'] } });
  });

  it('makes coordination a ProjectParticipant, succession a Succession, and a link to a topic a keyword', () => {
    expect(linkOf(8)).toMatchObject({ schema: 'ProjectParticipant', properties: { participant: [ftmIds.entity('ruritania')], project: [ftmIds.entity('plan')], role: ['coordinator'] } });
    expect(linkOf(9)).toMatchObject({ schema: 'Succession', properties: { predecessor: [ftmIds.entity('ann')], successor: [ftmIds.entity('bob')] } });
    expect(linkOf(11)).toBeUndefined();
    expect(byId.get(ftmIds.entity('plan'))!.properties.keywords).toEqual(['Name of security']);
  });

  it('gives stable ids FtM accepts, hashing what it would not', () => {
    expect(ftmIds.entity('csto')).toBe('orgraph-entity-csto');
    expect(ftmIds.relationship('uzbekistan.member-of.csto.2006-06-23')).toBe('orgraph-rel-uzbekistan.member-of.csto.2006-06-23');
    const long = ftmIds.relationship('x'.repeat(300));
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long).toBe(ftmIds.relationship('x'.repeat(300)));
    expect(long).not.toBe(ftmIds.relationship('x'.repeat(301)));
    expect(ftmIds.entity('a b')).toMatch(/^orgraph-entity-a-b-[0-9a-f]{16}$/);
    expect(new Set(ftm.map((item) => item.id)).size).toBe(ftm.length);
  });

  it('writes JSON lines, one entity a line', () => {
    const lines = ftmJsonLines(ftm).trimEnd().split('\n');
    expect(lines).toHaveLength(ftm.length);
    expect(JSON.parse(lines[0]!)).toEqual(ftm[0]);
  });
});

describe('Popolo mapping', () => {
  const popolo = toPopolo(dataset);
  const validate = popoloValidator();

  it('lists organizations (states classified "state") with their parent, and persons', () => {
    expect(popolo.organizations.map((o) => [o.id, o.classification, o.parent_id])).toEqual([
      ['alliance', 'organization', undefined],
      ['council', 'organization', 'alliance'],
      ['club', 'organization', undefined],
      ['ruritania', 'state', undefined],
    ]);
    expect(popolo.organizations[0]).toMatchObject({ other_names: [{ name: 'ALL', lang: 'en' }, { name: 'АЛЬ', lang: 'ru' }], founding_date: '1992-05', description: 'An alliance.' });
    expect(popolo.organizations[3]!.identifiers).toEqual([{ identifier: 'RU', scheme: 'iso3166-1' }, { identifier: 'Q159', scheme: 'wikidata' }]);
    expect(popolo.persons.map((p) => p.id)).toEqual(['ann', 'bob']);
  });

  it('makes memberships of members, observers, office-holders, heads and chairs, with partial dates and sources', () => {
    const byRelationship = new Map(popolo.memberships.map((m) => [m.id, m]));
    const of = (index: number) => byRelationship.get(dataset.relationships[index]!.id!);
    expect(of(0)).toEqual({
      id: dataset.relationships[0]!.id,
      label: 'Name of ruritania is a member of Name of alliance (founding member)',
      member: { '@type': 'Organization', id: 'ruritania' },
      organization_id: 'alliance',
      start_date: '1992-05-15',
      end_date: '2012',
      sources: [{ url: sourceUri('offline'), note: '“a founder” — A printed page, Archive; claimed by Ruritania' }],
    });
    expect(of(2)).toMatchObject({ role: 'observer', member: { id: 'club' } });
    expect(of(3)).toMatchObject({ person_id: 'ann', organization_id: 'alliance', post_id: 'alliance.secretary-general', role: 'Secretary-General' });
    expect(of(5)).toMatchObject({ person_id: 'bob', organization_id: 'council', role: 'Chairman' });
    expect(of(6)).toMatchObject({ member: { id: 'ruritania' }, role: 'chair' });
    // Not memberships: the chair of an event, part-of, coordination, succession.
    for (const index of [1, 7, 8, 9, 10, 11]) expect(of(index)).toBeUndefined();
    expect(popolo.posts).toEqual([{ id: 'alliance.secretary-general', label: 'Secretary-General, Name of alliance', role: 'Secretary-General', organization_id: 'alliance' }]);
  });

  it('is valid against the Popolo schemas, which do catch a bad date and a source without a URL', () => {
    const groups = [
      ['organization', popolo.organizations],
      ['person', popolo.persons],
      ['post', popolo.posts],
      ['membership', popolo.memberships],
    ] as const;
    for (const [schema, records] of groups) for (const record of records) expect(validate(schema, record)).toEqual([]);
    expect(validate('membership', { ...popolo.memberships[0], start_date: '15 May 1992' })[0]).toMatchObject({ instancePath: '/start_date', keyword: 'pattern' });
    expect(validate('person', { ...popolo.persons[0], sources: [{ note: 'no url' }] })[0]).toMatchObject({ instancePath: '/sources/0', keyword: 'required' });
  });

  it('reads the draft-03 schemas by moving each required flag into its parent', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'server/src/interchange/popolo-schemas/link.json'), 'utf8'));
    const converted = fromDraft3(schema);
    expect(converted).toMatchObject({ $id: 'http://www.popoloproject.com/schemas/link.json#', required: ['url'] });
    expect(converted).not.toHaveProperty('$schema');
    expect((converted.properties as Record<string, object>).url).not.toHaveProperty('required');
  });
});

describe('the exchange section of the README', () => {
  it('says what becomes of every relationship type of the vocabulary', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const start = readme.indexOf('## Exchange: FtM and Popolo');
    expect(start).toBeGreaterThan(0);
    const body = readme.slice(start, readme.indexOf('\n## ', start + 1));
    for (const type of RELATIONSHIP_TYPE_NAMES) expect(body).toContain(`\`${type}\``);
  });
});
