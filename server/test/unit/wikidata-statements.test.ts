import fs from 'node:fs';
import path from 'node:path';
import type { EntityDataDocument, Item } from '../../src/interchange/wikidata/formats';
import { claimsOf, entityOf, partialDateOf, roleOf } from '../../src/interchange/wikidata/statements';
import { FIXTURES } from '../support/wikidata-server';

const items = new Map<string, Item>(
  fs.readdirSync(path.join(FIXTURES, 'entities')).map((file) => {
    const document = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'entities', file), 'utf8')) as EntityDataDocument;
    const item = Object.values(document.entities)[0]!;
    return [item.id, item];
  }),
);

describe('Wikidata statements as claims', () => {
  it('keeps a date at its precision: 9 a year, 10 a month, 11 a day; coarser ones are not dates here', () => {
    const at = (time: string, precision: number) => partialDateOf({ time, precision });
    expect(at('+1994-00-00T00:00:00Z', 9)).toBe('1994');
    expect(at('+1992-05-00T00:00:00Z', 10)).toBe('1992-05');
    expect(at('+1992-05-15T00:00:00Z', 11)).toBe('1992-05-15');
    expect(at('+1900-00-00T00:00:00Z', 7)).toBeNull();
    expect(at('-0500-00-00T00:00:00Z', 9)).toBeNull();
    expect(at('+1992-02-30T00:00:00Z', 11)).toBeNull();
  });

  const csto = claimsOf('Q7159', items, ['Q90000101']);
  const bySubject = (subject: string, type?: string) => csto.filter((claim) => claim.subject === subject && (!type || claim.type === type));

  it('reads memberships from the members (P463) with their qualifiers, origin and references', () => {
    const [russia] = bySubject('Q159');
    expect(russia).toMatchObject({
      type: 'MEMBER_OF',
      from: 'Q159',
      to: 'Q7159',
      since: '1992-05-15',
      origin: `wikidata:${russia!.statementId}@2245002001`,
      unreferenced: false,
      references: [{ url: 'https://en.odkb-csto.org/25years/', statedIn: 'Q90000001', retrieved: '2026-10-01' }],
      quote: 'Russia (Q159): member of (P463) Collective Security Treaty Organization (Q7159); start time (P580) 1992-05-15',
    });
    expect(russia!.statementId).toMatch(/^Q159\$[0-9A-F-]{36}$/);
    expect(bySubject('Q232')[0]).toMatchObject({ since: '1992-05', unreferenced: true, references: [] });
    expect(bySubject('Q863')[0]).toMatchObject({ since: '1994' });
    expect(bySubject('Q184')[0]).toMatchObject({ since: '1993-12-31', unreferenced: true });
    expect(bySubject('Q265').map((claim) => [claim.since, claim.until])).toEqual([
      ['1992-05-15', '1999'],
      ['2006-06-23', '2012-12-20'],
    ]);
    // Memberships of other organizations on the same items are not this organization's.
    expect(csto.some((claim) => claim.to === 'Q485207' || claim.from === 'Q485207')).toBe(false);
  });

  it("reads the organization's own statements: headquarters, has part (a state as member), subsidiary, chairperson", () => {
    const own = bySubject('Q7159').map((claim) => [claim.property, claim.type, claim.from, claim.to, claim.unreferenced]);
    expect(own).toEqual([
      ['P159', 'HEADQUARTERED_IN', 'Q7159', 'Q649', false],
      ['P527', 'MEMBER_OF', 'Q813', 'Q7159', true],
      ['P355', 'PART_OF', 'Q90000201', 'Q7159', true],
      ['P488', 'HEADS', 'Q90000303', 'Q7159', false],
    ]);
  });

  it('reads office-holders through P39 of the organization’s office, the role named without the organization', () => {
    const holders = csto.filter((claim) => claim.type === 'HOLDS_POSITION');
    expect(holders.map((claim) => [claim.from, claim.role, claim.since, claim.until])).toEqual([
      ['Q90000301', 'Secretary General', '2003-04-28', '2016-12-31'],
      ['Q90000302', 'Secretary General', '2020-01-01', '2022-12-31'],
      ['Q90000303', 'Secretary General', '2023-01-01', '2025-12-31'],
      ['Q90000304', 'Secretary General', '2017-05-02', '2018-11'],
    ]);
    expect(roleOf(items.get('Q90000102'), items.get('Q485207')!)).toBe('Secretary-General');
  });

  it('leaves deprecated statements out', () => {
    const iran = claimsOf('Q485207', items, ['Q90000102']).filter((claim) => claim.subject === 'Q794');
    expect(iran.map((claim) => claim.since)).toEqual(['2023-07-04']);
  });

  it('describes an entity with its labels and aliases in English and Russian, inception and dissolution', () => {
    expect(entityOf(items.get('Q90000202')!)).toEqual({
      qid: 'Q90000202',
      kind: 'ORGANIZATION',
      name: 'Collective Rapid Deployment Forces of the Central Asian region',
      aliases: [
        { name: 'CRDF', lang: 'en' },
        { name: 'Коллективные силы быстрого развёртывания Центральноазиатского региона', lang: 'ru' },
        { name: 'КСБР ЦАР', lang: 'ru' },
      ],
      start: '2001-05-25',
      end: '2009',
      revision: 2245001005,
    });
    expect(entityOf(items.get('Q668')!)).toMatchObject({ kind: 'STATE', name: 'India', aliases: [{ name: 'Индия', lang: 'ru' }] });
    expect(entityOf(items.get('Q90000401')!).kind).toBe('PERSON');
    expect(entityOf(items.get('Q956')!).kind).toBe('PLACE');
  });
});
