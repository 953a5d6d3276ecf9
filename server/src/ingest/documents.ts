/**
 * Documents a meeting adopts, named by a common noun (the labels' "?"): "a declaration on Afghanistan", "the
 * alliance's plan of joint exercises for 2027", «бюджет на 2027 год», «план консультаций». Read only after a
 * verb of adopting (discourse.ts), so "statement" and "plan" there are documents, not words said or intentions.
 */

const L = 'a-zA-Zа-яА-ЯёЁ';

/**
 * The nouns, English and Russian (a stem for Russian). Not a draft, which is approved to be submitted. "Adopted a decision" is a
 * document; «принято решение» is Russian for "it was decided", so «решение» is not one.
 */
export const DOCUMENT_NOUNS =
  `declarations?|budgets?|communiqu[ée]s?|agreements?|protocols?|memorand(?:um|a)|resolutions?|road ?maps?|plans?|statements?|appeals?|regulations?|calendar|strateg(?:y|ies)|concepts?|programmes?|programs?|model laws?|recommendations|decisions?|` +
  `декларац[${L}]*|бюджет[${L}]*|коммюнике|соглашени[${L}]*|протокол[${L}]*|меморандум[${L}]*|резолюци[${L}]*|дорожн[${L}]* карт[${L}]*|план(?:а|у|ом|е|ы|ов)?|заявлени[${L}]*|обращени[${L}]*|положени[${L}]*|стратеги[${L}]*|концепци[${L}]*|программ[${L}]*|календар[${L}]*|модельн[${L}]* закон[${L}]*|рекомендаци[${L}]*|перечень|перечн[${L}]*`;

const NOUN = new RegExp(`(?<![${L}])(?:${DOCUMENT_NOUNS})(?![${L}])`, 'iu');

/**
 * A piece of a list after the verb that is one document: an article or possessive, a slot before it ("the
 * ⟦ORG#2⟧ budget", "the ⟦DATE#3⟧ budget", "the alliance's plan"), up to two adjectives, then the noun.
 */
const DOCUMENT_PIECE = new RegExp(
  `^(?:(?:among them|including|in particular|в том числе) )?(?:(?:a|an|the|its|their|two|three|several) )?(?:⟦\\w+#\\d+⟧(?:'s)? |[\\p{L}-]+'s )?(?:(?:new|joint|final|annual|collective|military|common|[\\p{Ll}-]+(?:ая|ое|ый|ий|ую|ые|ой|ых|ого|его)) ){0,2}(?:${DOCUMENT_NOUNS})(?![${L}])`,
  'iu',
);

/**
 * Whether a piece of a list is one document without a name. An English noun capitalised is a title ("the
 * Military Cooperation Plan"): the graph's document or a new named one, not a common noun.
 */
export function isDocument(piece: string): boolean {
  const match = DOCUMENT_PIECE.exec(piece);
  if (!match) return false;
  const noun = NOUN.exec(match[0].split(' ').pop()!)?.[0] ?? '';
  return !/^[A-Z]/.test(noun);
}

/** The document a stretch of words opens with («Бюджет на 2027 год лидеры …» → «Бюджет»), if it opens with one. */
export function leadingDocument(text: string): string | undefined {
  const match = DOCUMENT_PIECE.exec(text);
  return match && isDocument(match[0]) ? match[0] : undefined;
}

/**
 * Which document an unnamed end is, for telling two apart: the kind its noun says, by its first letters
 * ("the declaration" and «декларацию» of one article are one; a budget and a statement are two).
 */
export function documentKind(text: string): string {
  const noun = NOUN.exec(text)?.[0];
  return (noun ?? text).toLowerCase().slice(0, 5);
}

/** Whether a stretch of words names a document: the words after a verb of adopting, up to a meeting noun. */
export const namesDocument = (text: string) => NOUN.test(text);
