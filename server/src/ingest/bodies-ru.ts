/**
 * Bodies a Russian text names without their organization ("Секретариат", "Объединённого штаба",
 * "Парламентской ассамблеи"): the body of that name of the article's main organization, found by writing
 * the organization's name after the phrase and asking the gazetteer ("Секретариат" + "ОДКБ").
 */
import { indexed } from './gazetteer';
import { findMentions, type Found } from './mentions';
import type { Gazetteer } from './types';

/** A capitalised word and up to two lower-case ones after it. */
const CAPITALISED_PHRASE = /(?<![\p{L}])\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}/gu;
const BODY_NOUN = /(?:секретариат|штаб|ассамбле|совет|комитет|комисси|сил)\p{Ll}*$/iu;

/**
 * `main`'s bodies named alone in a text (a paragraph or a sentence, offsets in it), where no mention
 * (`taken`) is already. The fact rules read them as the bodies. A capitalised bare body whose owner the
 * article names is already a mention (gazetteer.ts's withoutOwner); this finds the rest for the rules only.
 */
export function bodiesNamedAlone(paragraph: string, number: number, taken: Found[], main: string, gazetteer: Gazetteer): Found[] {
  const entry = indexed(gazetteer).entry(main);
  if (!entry) return [];
  const names = [entry.name, ...entry.aliases.map((alias) => alias.name)].filter((name) => /[а-яё]/i.test(name));
  const found: Found[] = [];
  for (const match of paragraph.matchAll(CAPITALISED_PHRASE)) {
    const words = match[0].split(' ');
    // The longest phrase from the capitalised word that, with the organization's name after it, is a body's name.
    for (let n = words.length; n > 0; n--) {
      const phrase = words.slice(0, n).join(' ');
      const [start, end] = [match.index, match.index + phrase.length];
      if (!BODY_NOUN.test(phrase) || taken.some((mention) => start < mention.end && end > mention.start)) continue;
      const body = names
        .map((name) => {
          const probe = `${phrase} ${name}`;
          return findMentions(probe, number, [{ start: 0, end: probe.length }], gazetteer).find(
            (candidate) => candidate.start === 0 && candidate.end === probe.length && candidate.variant.kind === 'ORGANIZATION' && candidate.entityId !== main,
          );
        })
        .find(Boolean);
      if (body) {
        found.push({ ...body, text: phrase, paragraph: number, start, end });
        break;
      }
    }
  }
  return found;
}
