/**
 * A state named by the adjective of its people before the people or units it sends: "Belarusian units took part",
 * "the Kyrgyz side", «белорусские военные примут участие», «таджикские миротворцы». News prose names a state's
 * contingent this way as often as "units from Belarus"; the phrase stands for the state as a subject or an item of a
 * list, as "troops from X" does in the rules.
 */
import { STATE_ADJECTIVES } from './russian';

/** English demonyms by the state's English name. */
export const DEMONYMS: Record<string, string> = {
  russian: 'Russia', belarusian: 'Belarus', belarussian: 'Belarus', kazakh: 'Kazakhstan', kazakhstani: 'Kazakhstan',
  kyrgyz: 'Kyrgyzstan', tajik: 'Tajikistan', armenian: 'Armenia', uzbek: 'Uzbekistan', azerbaijani: 'Azerbaijan',
  georgian: 'Georgia', afghan: 'Afghanistan', serbian: 'Serbia', moldovan: 'Moldova',
};

const UNITS_EN =
  '(?:troops|units|soldiers|servicemen|peacekeepers|paratroopers|marines|sappers|commandos|contingents?|battalions?|compan(?:y|ies)|detachments?|platoons?|brigades?|crews?|personnel|military|delegations?|delegates|parliamentarians|lawmakers|side)';
/** One word may stand between: "Belarusian special units", "Kazakh peacekeeping battalion". */
const STATE_UNITS_EN = new RegExp(`(?<![\\p{L}-])(${Object.keys(DEMONYMS).join('|')})(?: [a-z-]+)? ${UNITS_EN}(?![\\p{L}])`, 'giu');

const UNITS_RU =
  '(?:военн(?:ые|ых|ым|ыми)|военнослужащ\\p{L}*|миротворц\\p{L}*|подразделени\\p{L}*|контингент\\p{L}*|десантник\\p{L}*|сап[её]р\\p{L}*|спецназовц\\p{L}*|бойц\\p{L}*|солдат\\p{L}*|делегаци\\p{L}*|депутат\\p{L}*|парламентари\\p{L}*)';
const ADJECTIVE_RU = '(?:ий|ый|ой|ая|ое|ие|ые|ого|ому|им|ым|ом|ую|ых|их|ими|ыми|ей)';
/** «белорусские военные», «таджикских миротворцев», «казахстанское миротворческое подразделение» (not «сторона»: russian.ts reads it). */
const STATE_UNITS_RU = new RegExp(`(?<![\\p{L}-])(${Object.keys(STATE_ADJECTIVES).join('|')})${ADJECTIVE_RU}(?: [а-яё-]+${ADJECTIVE_RU})? ${UNITS_RU}(?![\\p{L}])`, 'giu');

/** Each such phrase of a sentence: where it stands and the state's name (English or Russian, as the gazetteer knows it). */
export function stateUnits(text: string): Array<{ start: number; end: number; text: string; state: string }> {
  const found = [...text.matchAll(STATE_UNITS_EN)].map((match) => ({ match, state: DEMONYMS[match[1]!.toLowerCase()]! }));
  found.push(...[...text.matchAll(STATE_UNITS_RU)].map((match) => ({ match, state: STATE_ADJECTIVES[match[1]!.toLowerCase()]! })));
  return found.map(({ match, state }) => ({ start: match.index, end: match.index + match[0].length, text: match[0], state }));
}

/** Whether a slot's words are such a phrase (a state standing for its units, not for itself). */
export const isStateUnits = (text: string) => stateUnits(text).some((unit) => unit.start === 0 && unit.end === text.length);
