import { compile, type Rule } from '../../src/ingest/facts';
import { passes, triggerPieces } from '../../src/ingest/rule-trigger';

const SLOTS = new Set(['STATE', 'ORG', 'PERSON', 'DATE']);
const isMacro = (kinds: string, name: string | undefined) => (!name && (kinds === 'THE' || kinds === 'AUX')) || kinds.split('|').every((kind) => SLOTS.has(kind));

function rule(pattern: string): Rule {
  return { name: 'test.rule', language: 'en', type: 'MEMBER_OF', pattern, dating: 'start' };
}

describe('triggerPieces: the words of a rule without its macros', () => {
  it('keeps the words between slots, one piece for each stretch', () => {
    expect(triggerPieces('{STATE:from} {THE}joined {THE}{ORG:to} in {DATE:since}', isMacro)).toEqual([['joined ', ' in ']]);
  });

  it('widens a group that holds a slot, with its quantifier, to anything', () => {
    expect(triggerPieces('(?:{STATE}, )+and {STATE:from} signed', isMacro)).toEqual([['and ', ' signed']]);
    expect(triggerPieces('(?:as|like) {STATE:from}{0,2} left', isMacro)).toEqual([['(?:as|like) ', ' left']]);
  });

  it('drops lookarounds: they can only narrow what matches', () => {
    expect(triggerPieces('(?<!{STATE} )chaired by {PERSON:from}', isMacro)).toEqual([['chaired by ']]);
    expect(triggerPieces('hosted (?={ORG})', isMacro)).toEqual([['hosted ']]);
    expect(triggerPieces('(?<!not )(?:joined|entered)(?![a-z]) {ORG:to}', isMacro)).toEqual([['(?:joined|entered) ']]);
  });

  it('takes the space before {AUX} with it: compile() puts an aside there', () => {
    expect(triggerPieces('(?<from>⟦STATE#\\d+⟧) {AUX}taken no part in', isMacro)).toEqual([['(?<from>⟦STATE#\\d+⟧)', 'taken no part in']]);
  });

  it('gives each top-level alternative its own pieces', () => {
    expect(triggerPieces('{STATE:from} quit|withdrew from {ORG:to}', isMacro)).toEqual([[' quit'], ['withdrew from ']]);
  });

  it('has no trigger when an alternative holds none of the rule’s words', () => {
    expect(triggerPieces('^{STATE:from}\\.?$', isMacro)).toBeUndefined();
    expect(triggerPieces('{STATE:from}, {ORG:to}|joined', isMacro)).toBeUndefined();
  });

  it('leaves the regular expression’s own braces alone', () => {
    expect(triggerPieces('\\p{L}+ed {ORG:to}', isMacro)).toEqual([['\\p{L}+ed ']]);
  });
});

describe('passes: a sentence the rule can match holds every piece of an alternative', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['{STATE:from} {AUX}(?:joined|acceded to) {THE}{ORG:to}', ['⟦STATE#0⟧ formally acceded to the ⟦ORG#1⟧ in ⟦DATE#2⟧', '⟦STATE#0⟧, which had left, joined ⟦ORG#1⟧'], ['⟦STATE#0⟧ left ⟦ORG#1⟧', '⟦STATE#0⟧ hosted ⟦ORG#1⟧']],
    ['(?<from>⟦STATE#\\d+⟧) {AUX}(?:has )?taken no part in', ['⟦STATE#0⟧, which has taken no part in'], ['⟦STATE#0⟧ has taken part in']],
    ['(?<!not )chaired by {PERSON:from}|(?:opened|closed) by {PERSON:to}', ['the session, chaired by ⟦PERSON#0⟧', 'the ⟦ORG#1⟧ was opened by ⟦PERSON#0⟧'], ['⟦PERSON#0⟧ attended the ⟦ORG#1⟧', 'the session, not chaired by ⟦PERSON#0⟧']],
  ];
  it.each(cases)('%s', (pattern, matching, notMatching) => {
    const compiled = compile(rule(pattern));
    expect(compiled.trigger).toBeDefined();
    for (const text of matching) {
      compiled.regex.lastIndex = 0;
      expect(compiled.regex.test(text)).toBe(true);
      expect(passes(compiled.trigger!, text)).toBe(true);
    }
    for (const text of notMatching) {
      compiled.regex.lastIndex = 0;
      expect(compiled.regex.test(text)).toBe(false);
    }
    expect(notMatching.filter((text) => !passes(compiled.trigger!, text)).length).toBeGreaterThan(0);
  });
});
