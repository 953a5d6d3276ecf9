import path from 'node:path';
import { parseFiles } from '../../src/dataset/import';
import { formatIssue } from '../../src/dataset/types';
import { validateFiles, relationshipId } from '../../src/dataset/validate';
import { folderWith } from '../support/files';

/** The problems a dataset has before any database is asked, as "file:line (path): message". */
function problems(files: Record<string, string>): string[] {
  const folder = folderWith(files);
  const parsed = parseFiles([folder]);
  const issues = [...parsed.issues, ...validateFiles(parsed.files).issues];
  return issues.map((issue) => formatIssue(issue).replace(folder + path.sep, ''));
}

const SOURCE = 'sources:\n  - { id: s1, title: A source }\n';

describe('dataset validation (before anything is written)', () => {
  it('accepts a well-formed dataset in YAML, with bare years read as text', () => {
    expect(
      problems({
        'a.yaml':
          SOURCE +
          'entities:\n  - id: org\n    kind: organization\n    name: Org\n    start: 1992\n    citations: [{ source: s1 }]\n' +
          'relationships:\n  - { from: org, type: PART_OF, to: org, since: 1992, until:, citations: [{ source: s1, quote: q }] }\n',
      }),
    ).toEqual([]);
  });

  it('names the file and line of malformed YAML and JSON', () => {
    expect(problems({ 'bad.yaml': 'entities:\n  - id: x\n   kind: [\n' })).toEqual([expect.stringMatching(/^bad\.yaml:\d+: not valid YAML: /)]);
    expect(problems({ 'bad.json': '{"entities": [ {"id": "x",, } ]}' })).toEqual([expect.stringMatching(/^bad\.json:1: not valid JSON: /)]);
  });

  it('reads JSON with the same rules as YAML: numbers as text, nulls as absent, errors at their line', () => {
    const json = (entity: string) =>
      '\uFEFF{\n  "sources": [{ "id": "s1", "title": "A source" }],\n  "entities": [\n' + entity + '\n  ]\n}\n';
    expect(problems({ 'a.json': json('    { "id": "org", "kind": "organization", "name": "Org", "start": 1992, "end": null, "citations": [{ "source": "s1" }] }') })).toEqual([]);
    expect(problems({ 'a.json': json('    {\n      "id": "a",\n      "kind": "country",\n      "name": "A",\n      "citations": [{ "source": "s1" }]\n    }') })).toEqual([
      expect.stringMatching(/^a\.json:6 \(entities\[0\]\.kind\): "country" is not a known entity kind/),
    ]);
    expect(problems({ 'a.json': json('    {\n      "id": "a",\n      "kind": "state",\n      "citations": [{ "source": "s1" }]\n    }') })).toEqual([
      'a.json:4 (entities[0]): missing required field "name"',
    ]);
  });

  it('refuses malformed JSON at its line, and a key given twice in one object', () => {
    expect(problems({ 'bad.json': '{\n  "entities": [\n    {"id": "x",, }\n  ]\n}' })).toEqual([expect.stringMatching(/^bad\.json:3: not valid JSON: /)]);
    expect(problems({ 'dup.json': '{\n  "entities": [\n    { "id": "x",\n      "id": "y" }\n  ]\n}' })).toEqual([
      'dup.json:4: not valid JSON: the key "id" appears twice in one object',
    ]);
  });

  it('reports an unknown kind, an unknown relationship type and a missing field with their place', () => {
    const found = problems({
      'a.yaml':
        SOURCE +
        'entities:\n  - { id: a, kind: country, name: A, citations: [{ source: s1 }] }\n  - { id: b, kind: state, citations: [{ source: s1 }] }\n' +
        'relationships:\n  - { from: a, type: ALLY_OF, to: b, citations: [{ source: s1 }] }\n',
    });
    expect(found).toEqual([
      expect.stringMatching(/^a\.yaml:4 \(entities\[0\]\.kind\): "country" is not a known entity kind; expected one of organization, state/),
      'a.yaml:5 (entities[1]): missing required field "name"',
      expect.stringMatching(/^a\.yaml:7 \(relationships\[0\]\.type\): "ALLY_OF" is not a known relationship type; expected one of MEMBER_OF/),
    ]);
  });

  it('refuses facts without evidence', () => {
    expect(
      problems({
        'a.yaml': 'entities:\n  - { id: a, kind: state, name: A, citations: [] }\n  - { id: b, kind: state, name: B }\n',
      }),
    ).toEqual(['a.yaml:2 (entities[0].citations): needs at least one citation (every fact has its evidence)', 'a.yaml:3 (entities[1]): missing required field "citations"']);
  });

  it('refuses dates that are not partial ISO dates, do not exist, or end before they start', () => {
    expect(
      problems({
        'a.yaml':
          SOURCE +
          'relationships:\n' +
          '  - { from: a, type: MEMBER_OF, to: b, since: 15 May 1992, citations: [{ source: s1 }] }\n' +
          '  - { from: a, type: MEMBER_OF, to: b, since: 2023-02-30, citations: [{ source: s1 }] }\n' +
          '  - { from: a, type: MEMBER_OF, to: b, since: 2012-12-19, until: 2012-06-28, citations: [{ source: s1 }] }\n',
      }),
    ).toEqual([
      'a.yaml:4 (relationships[0].since): "15 May 1992" is not a partial ISO date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
      'a.yaml:5 (relationships[1].since): "2023-02-30" has day 30, but 2023-02 has 28 days',
      'a.yaml:6 (relationships[2]): until 2012-06-28 is before since 2012-12-19',
    ]);
  });

  it('takes attested dates (held then, term unknown) and refuses bad ones or ones outside the period', () => {
    const relationship = (fields: string) =>
      SOURCE + `entities:\n  - { id: org, kind: organization, name: Org, citations: [{ source: s1 }] }\nrelationships:\n  - { from: org, type: PART_OF, to: org, ${fields}, citations: [{ source: s1 }] }\n`;
    expect(problems({ 'a.yaml': relationship('attested: [2024-02, 2019]') })).toEqual([]);
    expect(problems({ 'a.yaml': relationship('attested: [Feb 2024]') })).toEqual([
      expect.stringMatching(/^a\.yaml:\d+ \(relationships\[0\]\.attested\[0\]\): "Feb 2024" is not a partial ISO date/),
    ]);
    expect(problems({ 'a.yaml': relationship('attested: [2023-02-30]') })).toEqual([expect.stringContaining('(relationships[0].attested[0]): "2023-02-30" has day 30')]);
    expect(problems({ 'a.yaml': relationship('since: 2003, until: 2016, attested: [2010, 2020]') })).toEqual([
      expect.stringContaining('(relationships[0].attested[1]): attested 2020 is after until 2016'),
    ]);
    expect(problems({ 'a.yaml': relationship('since: 2003, attested: [2001]') })).toEqual([expect.stringContaining('attested 2001 is before since 2003')]);
    expect(problems({ 'a.yaml': relationship('attested: []') })).toEqual([expect.stringContaining('(relationships[0].attested): must have at least 1 item')]);
  });

  it('refuses an id used twice, across files, pointing at the first', () => {
    expect(
      problems({
        'a.yaml': SOURCE + 'entities:\n  - { id: dup, kind: state, name: A, citations: [{ source: s1 }] }\n',
        'b.yaml': 'entities:\n  - { id: dup, kind: state, name: B, citations: [{ source: s1 }] }\n',
      }),
    ).toEqual([expect.stringMatching(/^b\.yaml:2 \(entities\[0\]\): duplicate entity id "dup" \(first defined at .*a\.yaml:4\)$/)]);
  });

  it('reads CSV files by their header and reports the line of a bad row', () => {
    expect(
      problems({
        'entities.csv': 'id,kind,name,aliases,identifiers,source,quote\nru,state,Russia,Россия@ru|Russian Federation,iso3166-1:RU,s1,a quote\nxx,nation,X,,,s1,\n',
        'sources.csv': 'id,title\ns1,A source\n',
      }),
    ).toEqual([expect.stringMatching(/^entities\.csv:3 \(entities\[1\]\.kind\): "nation" is not a known entity kind/)]);
  });

  it('says so when a CSV file has no recognisable header', () => {
    expect(problems({ 'x.csv': 'a,b\n1,2\n' })).toEqual([expect.stringMatching(/^x\.csv:1: a CSV file needs a header/)]);
  });

  it('derives stable relationship ids from the endpoints, type and start', () => {
    expect(relationshipId({ from: 'uzbekistan', type: 'MEMBER_OF', to: 'csto', since: '2006-06-23', citations: [] })).toBe(
      'uzbekistan.member-of.csto.2006-06-23',
    );
    expect(relationshipId({ from: 'icmec', type: 'PART_OF', to: 'csto', citations: [] })).toBe('icmec.part-of.csto');
    expect(relationshipId({ id: 'given', from: 'a', type: 'PART_OF', to: 'b', citations: [] })).toBe('given');
  });
});
