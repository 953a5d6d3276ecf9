/**
 * States taking part in a collective force by what they put into it (round 21). Reference prose on the CSTO's forces
 * describes them by their make-up rather than by a verb of taking part: a state "contributes an airborne division",
 * «выделяет батальон»; the force is "made up of Russian, Kazakh and Tajik battalions", «сформированы из российских …
 * батальонов»; a state's units are named as the force's own ("the Kazakh contingent of the CRRF", «киргизскому
 * контингенту КСОР»). Each gives the state's PARTICIPATES_IN the force (labels.json: batches 35, 54, 58).
 *
 * The force is the organization the sentence names before the phrase, else the one the sentence before named last
 * (toFallback 'priorOrg': the heading or subject of the paragraph), and it must be a force (toName): a state that
 * "contributes" to a budget or a body is no participant of it. Demonyms are slots of their own (state-units.ts), so a
 * list of them is a list of states; fromText keeps those rules to demonyms, where the bare name would be another reading.
 */
import { en, ru, type Rule } from './facts';
import { FORCES_NAME } from './forces-exercises';
import { STATE_ADJECTIVES } from './russian';
import { DEMONYMS } from './state-units';

/** What a state puts into a force: a formation or its people, after an article, a count or «по» («по батальону»). */
const FORMATION_EN = '(?:divisions?|brigades?|battalions?|regiments?|compan(?:y|ies)|detachments?|units?|contingents?|troops|personnel|elements?|squadrons?)';
const FORMATION_RU = '(?:батальон\\p{L}*|бригад\\p{L}*|дивизи\\p{L}*|полк\\p{L}*|рот(?:у|ы|а)|подразделени\\p{L}*|контингент\\p{L}*|военнослужащ\\p{L}*|миротворц\\p{L}*)';
/** A slot that is a demonym's phrase ("Russian battalions", «российских батальонов»), not the state's own name. */
const DEMONYM_SLOT = new RegExp(`^(?:${Object.keys(DEMONYMS).join('|')}|${Object.keys(STATE_ADJECTIVES).join('|')})`, 'iu');

/** The make-up of a force: "made up of", "drawn from", «сформированы из», «основу составляют». */
const MADE_OF_EN = '(?:made up of|composed of|consists? of|consisting of|formed (?:from|of)|drawn from|built (?:around|from|on)|comprising|comprises|comprise)';
const MADE_OF_RU = '(?:сформирован\\p{L}* (?:на основе|из)|состо(?:ят|ит|ял\\p{L}*) из|составлен\\p{L}* из|укомплектован\\p{L}*|(?:основу|ядро) (?:которых |которого |их |его )?(?:составляют|составили|составляли|образуют)|в (?:их |его |её )?состав (?:которых |которого )?(?:входят|вошли|входили))';

export const FORCE_CONTRIBUTION_RULES: Rule[] = [
  // "Russia contributes an airborne division and an air-assault brigade", "Kazakhstan provides a brigade to the CRRF".
  en({ name: 'en.participates.contributes-formation', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'priorOrg', toName: FORCES_NAME,
    pattern: `{STATE:from} {AUX}(?:each |also |jointly |still )?(?<!not |never )(?:contributes|contributed|contribute|provides|provided|provide|assigns|assigned|assign|earmarks|earmarked|supplies|supplied|fields|fielded|commits|committed) (?:(?:a|an|one|two|three|its|their|the|[\\d,]+) )?(?:(?!(?:to|and|but)\\b)[a-z-]+,? ){0,4}?${FORMATION_EN}(?![\\p{L}])(?: (?:each|apiece))?(?: to {THE}{ORG:to})?` }),
  // «Киргизия и Таджикистан выделяют по батальону», «Казахстан выделил в состав КСОР бригаду».
  ru({ name: 'ru.participates.contributes-formation', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'priorOrg', toName: FORCES_NAME,
    pattern: `{STATE:from} (?:(?:также|тоже|ежегодно|по-прежнему) )?(?<!не )(?:выделя\\p{L}*|выделил\\p{L}*|выделит|предоставля\\p{L}*|предоставил\\p{L}*) (?:в (?:их |его |её )?состав {ORG:to} )?(?:(?:по|свою|свои|одну|один|два|две|[\\d\\s]+) )?(?:[а-яё-]+ ){0,3}?${FORMATION_RU}(?![\\p{L}])` }),
  // "The CRDF, made up of Russian, Kazakh, Kyrgyz and Tajik battalions", "A smaller formation … made up of Russian … battalions".
  en({ name: 'en.participates.force-made-of-demonyms', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'priorOrg', toName: FORCES_NAME, fromText: DEMONYM_SLOT,
    pattern: `(?<![\\p{L}])${MADE_OF_EN} (?:the )?{STATE:from}` }),
  // «сформированы из российских, казахстанских, киргизских и таджикских батальонов», «Их основу составляют российские … дивизия».
  ru({ name: 'ru.participates.force-made-of-demonyms', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'priorOrg', toName: FORCES_NAME, fromText: DEMONYM_SLOT,
    pattern: `(?<![\\p{L}])${MADE_OF_RU} {STATE:from}` }),
  // "the Kazakh and Kyrgyz contingents of the CRRF", "the CRRF's Belarusian brigade", «киргизскому и таджикскому контингентам КСОР».
  en({ name: 'en.participates.demonym-units-of-force', type: 'PARTICIPATES_IN', dating: 'span', toName: FORCES_NAME, fromText: DEMONYM_SLOT,
    pattern: `{STATE:from} (?:of|in|within|assigned to) {THE}{ORG:to}` }),
  en({ name: 'en.participates.force-s-demonym-units', type: 'PARTICIPATES_IN', dating: 'span', toName: FORCES_NAME, fromText: DEMONYM_SLOT,
    pattern: `{ORG:to}['’]s {STATE:from}` }),
  ru({ name: 'ru.participates.demonym-units-of-force', type: 'PARTICIPATES_IN', dating: 'span', toName: FORCES_NAME, fromText: DEMONYM_SLOT,
    pattern: `{STATE:from} (?:(?:в составе|из состава) )?{ORG:to}` }),
];
