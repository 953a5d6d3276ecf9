/**
 * Russian inflection, enough to find a name in any case: a name's word is stored as its stem, and a word
 * of the text matches when it is that stem plus one of the noun or adjective endings below. No
 * dictionary: stems of fewer than three letters are not cut, and a text word is cut only at an ending
 * of this table.
 */

const ENDINGS = [
  // Nouns, all declensions and numbers.
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
  'ом', 'ем', 'ём', 'ой', 'ей', 'ою', 'ею', 'ью', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ов', 'ев', 'ей',
  'ия', 'ии', 'ие', 'ий', 'ию', 'ией', 'ием', 'иям', 'иях', 'иями', 'ье', 'ья', 'ьи', 'ью', 'ьем', 'ьём',
  // Adjectives and participles.
  'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ых', 'их',
  'ую', 'юю', 'ыми', 'ими',
];

const ENDING_SET = new Set(ENDINGS);
/**
 * Names are written in the nominative: their words end in a vowel, -й or -ь, or a consonant (kept).
 * Cutting -ов or -ом from a name's word would cut surnames (Жапаров) and lose their other cases.
 */
const NOMINATIVE_ENDINGS = new Set(['а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й', 'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие']);
const LONGEST = Math.max(...ENDINGS.map((ending) => ending.length));
const MIN_STEM = 3;

/**
 * The stem a name's word is stored as: the word without its longest ending, if enough is left; but nouns
 * in -ия/-ие/-ий lose one letter only (Грузия → грузи, so that the noun груз does not match), and
 * adjectives in -кий/-ний/… and plural ones in -кие/-чие/… two (миротворческие → миротворческ).
 */
export function nameStem(word: string): string {
  if (word.length - 2 >= MIN_STEM && /[кгхнц]ий$|[кгхжшчщ]ие$/.test(word)) return word.slice(0, -2);
  if (word.length - 1 >= MIN_STEM && /и[яеюй]$/.test(word)) return word.slice(0, -1);
  for (let length = Math.min(2, word.length - MIN_STEM); length > 0; length--) {
    if (NOMINATIVE_ENDINGS.has(word.slice(word.length - length))) return word.slice(0, word.length - length);
  }
  return word;
}

/** Every stem a word of the text may have: itself, and itself without each ending of the table. */
export function stemCandidates(word: string): string[] {
  const candidates = [word];
  for (let length = 1; length <= Math.min(LONGEST, word.length - MIN_STEM); length++) {
    if (ENDING_SET.has(word.slice(word.length - length))) candidates.push(word.slice(0, word.length - length));
  }
  return candidates;
}

/** Adjectives of nationality, by the state's Russian name: «таджикская сторона» is Tajikistan. */
export const STATE_ADJECTIVES: Record<string, string> = {
  российск: 'Россия', белорусск: 'Белоруссия', казахстанск: 'Казахстан', казахск: 'Казахстан', киргизск: 'Киргизия', кыргызск: 'Киргизия',
  таджикск: 'Таджикистан', армянск: 'Армения', узбекск: 'Узбекистан', узбекистанск: 'Узбекистан', азербайджанск: 'Азербайджан', грузинск: 'Грузия',
  сербск: 'Сербия', афганск: 'Афганистан',
};

/**
 * «таджикская сторона», «армянской стороны», «глава белорусского государства»: a state as diplomatic prose names it (the side of one
 * state, never the plural «стороны» of a meeting; the state in the singular).
 */
const STATE_SIDE = new RegExp(
  `(?<![\\p{L}])(${Object.keys(STATE_ADJECTIVES).join('|')})(?:(?:ая|ой|ую|ою) сторон(?:а|ы|е|у|ой|ою)|(?:ое|ого|ому|ым|ом) государств(?:о|а|у|ом|е))(?![\\p{L}])`,
  'giu',
);

/** Each «X-ская сторона» of a text: where it stands and the Russian name of its state. */
export function stateSides(text: string): Array<{ start: number; end: number; text: string; state: string }> {
  return [...text.matchAll(STATE_SIDE)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0], state: STATE_ADJECTIVES[match[1]!.toLowerCase()]! }));
}

/** «таджикского председательства», «российское председательство»: a state's chairmanship named by its adjective. */
const STATE_CHAIRMANSHIP = new RegExp(`(?<![\\p{L}])(${Object.keys(STATE_ADJECTIVES).join('|')})(?:ое|ого|ому|ым|ом)(?= председательств)`, 'giu');
/** Each state adjective before «председательство» in a text: where it stands and the Russian name of its state. */
export function chairmanshipAdjectives(text: string): Array<{ start: number; end: number; text: string; state: string }> {
  return [...text.matchAll(STATE_CHAIRMANSHIP)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0], state: STATE_ADJECTIVES[match[1]!.toLowerCase()]! }));
}

/**
 * Adjectives of cities, by the city's Russian name: «бишкекский саммит» is the summit held in Bishkek. Formed
 * irregularly (Душанбе → душанбинский, Астана → астанинский), so listed; a city the gazetteer lacks is skipped.
 */
const CITY_ADJECTIVES: Record<string, string> = {
  бишкекск: 'Бишкек', минск: 'Минск', московск: 'Москва', душанбинск: 'Душанбе', астанинск: 'Астана', ереванск: 'Ереван',
  ташкентск: 'Ташкент', сочинск: 'Сочи', кишинёвск: 'Кишинёв', кишиневск: 'Кишинёв', петербургск: 'Санкт-Петербург',
  'санкт-петербургск': 'Санкт-Петербург', алматинск: 'Алматы', бакинск: 'Баку', тбилисск: 'Тбилиси', ашхабадск: 'Ашхабад',
  казанск: 'Казань', самаркандск: 'Самарканд', 'чолпон-атинск': 'Чолпон-Ата',
};
const ADJECTIVE_ENDING = '(?:ий|ый|ой|ая|ое|ие|ые|ого|ому|им|ым|ом|ую|ых|ими|ыми|ей)';
/** The nouns of a meeting the adjective must stand before: «минская сессия», not «Московская декларация» or «московский метрополитен». */
const MEETING_AFTER = '(?:[а-яё-]+(?:ой|ом|ую|ая|ий|ый|ого|ому|ее|ое|ем) )?(?:саммит|сесси|заседани|встреч|совещани|форум|конференци|переговор)';
const CITY_ADJECTIVE = new RegExp(
  `(?<![\\p{L}-])(${Object.keys(CITY_ADJECTIVES).join('|')})${ADJECTIVE_ENDING}(?= ${MEETING_AFTER})`,
  'giu',
);

/** Each city adjective before a meeting's noun in a text («на бишкекском саммите»): where it stands and the Russian name of its city. */
export function cityAdjectives(text: string): Array<{ start: number; end: number; text: string; city: string }> {
  return [...text.matchAll(CITY_ADJECTIVE)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0], city: CITY_ADJECTIVES[match[1]!.toLowerCase()]! }));
}

/**
 * Whether a mention of a person is in an oblique case: its last word is the surname of one of the person's Russian names with
 * an ending added or changed («Тасмагамбетова», «Бордюжу», «Зася» against «Тасмагамбетов», «Бордюжа», «Зась»). Russian marks the
 * object by case, not by place: «Тасмагамбетова сменил Масадыков» names the successor last. Undefined when no name tells.
 */
export function obliqueMention(mention: string, nominatives: string[]): boolean | undefined {
  const word = mention.trim().split(/\s+/).pop()!.toLowerCase();
  for (const name of nominatives) {
    const surname = name.trim().split(/\s+/).pop()!.toLowerCase();
    if (word === surname) return false;
    const stem = surname.replace(/[аяьй]$/u, '');
    if (stem.length >= MIN_STEM && word.startsWith(stem) && word.length - stem.length <= 3) return true;
  }
  return undefined;
}
