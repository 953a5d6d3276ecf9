import { buildGazetteer, extract } from '../../src/ingest/extract';
import { knownPostOwner, withKnownPosts } from '../../src/ingest/known-posts';
import type { GazetteerEntry } from '../../src/ingest/types';
import { cstoNames, describeFact, extractFrom } from '../support/ingest';

/** A known person's post carried by the gazetteer (round 13): sentences written for the test. */
const posts = (text: string) => extractFrom(text, '2026-12-10').proposals.map(describeFact).filter((fact) => fact.startsWith('HOLDS_POSITION '));

describe('ingest: withKnownPosts', () => {
  const entries: GazetteerEntry[] = [
    { id: 'ann-smith', kind: 'person', name: 'Ann Smith', aliases: [] },
    { id: 'ruritania', kind: 'STATE', name: 'Ruritania', aliases: [] },
    { id: 'elbonia', kind: 'STATE', name: 'Elbonia', aliases: [] },
  ];

  it('gives a person the posts with a role his HOLDS_POSITION relationships name, once each, and nothing to others', () => {
    const withPosts = withKnownPosts(entries, [
      { type: 'HOLDS_POSITION', from: 'ann-smith', to: 'ruritania', role: 'President' },
      { type: 'HOLDS_POSITION', from: 'ann-smith', to: 'ruritania', role: 'President' },
      { type: 'HOLDS_POSITION', from: 'ann-smith', to: 'elbonia' },
      { type: 'MEMBER_OF', from: 'ruritania', to: 'elbonia', role: 'President' },
    ]);
    expect(withPosts[0]!.posts).toEqual([{ role: 'President', of: 'ruritania' }]);
    expect(withPosts[1]!.posts).toBeUndefined();
    expect(entries[0]!.posts).toBeUndefined();
  });

  it('names the owner of a post only when the person holds that role of exactly one accepted owner', () => {
    const person: GazetteerEntry = { ...entries[0]!, posts: [{ role: 'President', of: 'ruritania' }, { role: 'Prime Minister', of: 'ruritania' }, { role: 'Prime Minister', of: 'elbonia' }] };
    expect(knownPostOwner(person, 'President', () => true)).toBe('ruritania');
    expect(knownPostOwner(person, 'Prime Minister', () => true)).toBeUndefined();
    expect(knownPostOwner(person, 'Prime Minister', (id) => id === 'elbonia')).toBe('elbonia');
    expect(knownPostOwner(person, 'Foreign Minister', () => true)).toBeUndefined();
    expect(knownPostOwner(undefined, 'President', () => true)).toBeUndefined();
  });

  it('is filled from the dataset files, as the benchmark and the tests read them', () => {
    expect(cstoNames.entries.find((entry) => entry.id === 'emomali-rahmon')?.posts).toContainEqual({ role: 'President', of: 'tajikistan' });
  });
});

describe('ingest: a bare title before a known person takes the state the graph knows', () => {
  it('reads "President X" whose state the sentence names only as an object, or not at all', () => {
    expect(posts('Troops were flown to Kyrgyzstan at the request of President Rahmon.')).toEqual(['HOLDS_POSITION emomali-rahmon → tajikistan [President]']);
    expect(posts('The talks went on late. President Tokayev told reporters the border was calm.')).toEqual(['HOLDS_POSITION kassym-jomart-tokayev → kazakhstan [President]']);
    expect(posts('Войска прибыли в Таджикистан по просьбе президента Токаева.')).toEqual(['HOLDS_POSITION kassym-jomart-tokayev → kazakhstan [President]']);
  });

  it('gives nothing where the title is not the known one, or is a former one', () => {
    expect(posts('The talks went on late. Prime Minister Tokayev told reporters the border was calm.')).toEqual([]);
    expect(posts('The talks went on late. Former President Tokayev told reporters the border was calm.')).toEqual([]);
  });

  it('is not used without posts on the entries: a gazetteer of names alone guesses from the sentence as before', () => {
    const namesOnly = buildGazetteer(cstoNames.entries.map(({ posts: _posts, ...entry }) => entry));
    const facts = extract('The talks went on late. President Tokayev told reporters the border was calm.', { gazetteer: namesOnly, published: '2026-12-10' }).proposals;
    expect(facts.filter((fact) => fact.type === 'HOLDS_POSITION')).toEqual([]);
  });
});
