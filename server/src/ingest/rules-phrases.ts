/**
 * Fact rules for facts a phrase beside the verb states, both ends named in the sentence (round 14): a post
 * in apposition ("X, a former prime minister of Kazakhstan"), a body placed in its city, a membership's
 * or an observer's status as a noun phrase, a chairmanship as a noun. Macros: see compile() in facts.ts.
 * They run after the rules of rules-en.ts and rules-ru.ts, which read the same facts from their verbs.
 */
import type { Rule } from './facts';

const en = (rule: Omit<Rule, 'language'>): Rule => ({ ...rule, language: 'en' });
const ru = (rule: Omit<Rule, 'language'>): Rule => ({ ...rule, language: 'ru' });

/** An age in apposition before a description: "X, 64, a former …". */
const AGE = '(?: \\d{2},)?';
/** A service of a state, named or in lower case: "Russia's Airborne Troops", "Kazakhstan's border service". */
const STATE_SERVICE = "'s (?:⟦NAME#\\d+⟧|[A-Za-z-]+(?: [A-Za-z-]+){0,2}?)(?=[,;.)]| (?:who|and|from|in|since|until|between)(?![\\p{L}])| ⟦DATE#|$)";

export const ENGLISH_PHRASE_RULES: Rule[] = [
  // "X, a former prime minister of Kazakhstan", "X, 58, then chief of the CSTO Joint Staff": a post in apposition with an
  // article or "then" (en.post.apposition reads "X, the current …"); a past post, so no date of the sentence is its.
  en({ name: 'en.post.apposition-described', type: 'POST', dating: 'none',
    pattern: `{PERSON|NAME:from},${AGE} (?:an? |at the time |then |(?:the )?then-)(?:former |one-time |onetime |long-time |longtime )?{ROLE} of {THE}{ORG|STATE:to}(?!'s)` }),
  // "X, a former commander of Russia's airborne troops": a post in a state's service is held in that state.
  en({ name: 'en.post.state-service', type: 'HOLDS_POSITION', dating: 'none',
    pattern: `{PERSON|NAME:from},${AGE} (?:an? |the |at the time |then |(?:the )?then-)(?:former |one-time |onetime )?(?<role>commander|chief|head|director) of {STATE:to}${STATE_SERVICE}` }),
  // "X, who commanded Russia's Airborne Troops from 2016 to 2022, …": the verb of the post, dated.
  en({ name: 'en.post.commanded-service', type: 'HOLDS_POSITION', dating: 'post', role: 'Commander',
    pattern: `{PERSON|NAME:from},? (?:who |and )?(?:had )?(?:commanded|once commanded|went on to command) {STATE:to}${STATE_SERVICE}` }),
];

export const RUSSIAN_PHRASE_RULES: Rule[] = [
  // «X, бывший секретарь Совбеза России, …», «X, экс-премьер Казахстана»: a past post in apposition (ru.post.apposition reads the present one).
  ru({ name: 'ru.post.apposition-former', type: 'POST', dating: 'none',
    pattern: `{PERSON|NAME:from}, (?:бывш\\p{L}* |тогдашн\\p{L}* |экс-)(?:{RUROLE}) {ORG|STATE:to}(?=[,;)]| [—-]|$)` }),
];
