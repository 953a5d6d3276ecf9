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
  '(?:troops|units|soldiers|servicemen|peacekeepers|paratroopers|marines|sappers|commandos|contingents?|battalions?|compan(?:y|ies)|detachments?|platoons?|brigades?|divisions?|regiments?|crews?|personnel|military|delegations?|delegates|parliamentarians|lawmakers|side)';
const DEMONYM_EN = `(?:${Object.keys(DEMONYMS).join('|')})`;
/**
 * One word may stand between: "Belarusian special units", "Kazakh peacekeeping battalion". Several states may share the
 * noun: "Russian, Kazakh and Tajik units" (group 1 is the list).
 */
const STATE_UNITS_EN = new RegExp(`(?<![\\p{L}-])(${DEMONYM_EN}(?:(?:, |,? and )${DEMONYM_EN})*)(?: [a-z-]+)? ${UNITS_EN}(?![\\p{L}])`, 'giu');

/** A phrase (a regular expression's source) followed by states' units named by demonyms: "alongside Russian and Kazakh units". */
export const stateUnitsAfter = (phrase: string) => new RegExp(`${phrase}${STATE_UNITS_EN.source}`, 'iu');

const UNITS_RU =
  '(?:военн(?:ые|ых|ым|ыми)|военнослужащ\\p{L}*|миротворц\\p{L}*|подразделени\\p{L}*|контингент\\p{L}*|батальон\\p{L}*|бригад\\p{L}*|дивизи\\p{L}*|десантник\\p{L}*|сап[её]р\\p{L}*|спецназовц\\p{L}*|бойц\\p{L}*|солдат\\p{L}*|делегаци\\p{L}*|депутат\\p{L}*|парламентари\\p{L}*)';
const ADJECTIVE_RU = '(?:ий|ый|ой|ая|ое|ие|ые|ого|ому|им|ым|ом|ую|ых|их|ими|ыми|ей)';
/** «белорусские военные», «таджикских миротворцев», «казахстанское миротворческое подразделение» (not «сторона»: russian.ts reads it). */
const STATE_ADJECTIVE_RU = `(?:${Object.keys(STATE_ADJECTIVES).join('|')})${ADJECTIVE_RU}`;
/** …and «российские, казахстанские и таджикские подразделения», several states sharing the noun (group 1 is the list). */
const STATE_UNITS_RU = new RegExp(`(?<![\\p{L}-])(${STATE_ADJECTIVE_RU}(?:(?:, |,? и )${STATE_ADJECTIVE_RU})*)(?: \\d+-(?:я|й|ая|ой|ую))?(?: [а-яё-]+${ADJECTIVE_RU}){0,2} ${UNITS_RU}(?![\\p{L}])`, 'giu');
const ADJECTIVE_STEM_RU = new RegExp(`^(${Object.keys(STATE_ADJECTIVES).join('|')})${ADJECTIVE_RU}$`, 'iu');

/** Each such phrase of a sentence: where it stands and the state's name (English or Russian, as the gazetteer knows it). */
export function stateUnits(text: string): Array<{ start: number; end: number; text: string; state: string }> {
  const found: Array<{ start: number; end: number; text: string; state: string }> = [];
  for (const [regex, state] of [
    [STATE_UNITS_EN, (word: string) => DEMONYMS[word.toLowerCase()]],
    [STATE_UNITS_RU, (word: string) => STATE_ADJECTIVES[ADJECTIVE_STEM_RU.exec(word)?.[1]?.toLowerCase() ?? '']],
  ] as const) {
    for (const match of text.matchAll(regex)) {
      // Each state of a shared noun's list is an item of its own; the last one holds the noun, as a single state's phrase does.
      const words = [...match[1]!.matchAll(/[\p{L}-]+/gu)].filter((word) => !/^(?:and|и)$/iu.test(word[0]));
      words.forEach((word, i) => {
        const start = match.index + word.index;
        const end = i === words.length - 1 ? match.index + match[0].length : start + word[0].length;
        const name = state(word[0]);
        if (name) found.push({ start, end, text: text.slice(start, end), state: name });
      });
    }
  }
  return found;
}

/** Whether a slot's words are such a phrase (a state standing for its units, not for itself). */
export const isStateUnits = (text: string) => stateUnits(text).some((unit) => unit.start === 0 && unit.end === text.length);
