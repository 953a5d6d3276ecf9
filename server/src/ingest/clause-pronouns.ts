/**
 * A personal pronoun opening the second clause of a sentence: "The Secretary-General is X, a Kyrgyz diplomat; he replaced Y",
 * «Генсеком стал X, а он сменил …». PRONOUN in facts.ts reads only the pronoun that opens a sentence; after a semicolon or a
 * coordinating conjunction the pronoun is the same kind of subject, and the person it takes up is named earlier in that very
 * sentence. Only where the sentence names one person before it: "X met Y; he said …" leaves "he" open. The Russian object
 * pronoun of «X руководил секретариатом, пока его не сменил Y» is read the same way: without it the sentence's only other
 * reading takes X as the one who came after Y.
 */
import type { Found } from './mentions';
import type { Span } from './sentences';
import type { Slot } from './template';

/**
 * The pronoun after a clause boundary, a verb or an adverb after it (not "he" inside a quotation or a list of names);
 * or the object of «пока его не сменил».
 */
const CLAUSE_PRONOUN = /(?:; |, (?:and|but|while|whereas) |, (?:а|и|но|однако) )(he|she|он|она)(?= \p{Ll})|, пока (его|её)(?= не (?:сменил|заменил))/gu;

export function clausePronounSubjects(paragraph: string, mentions: Found[], sentence: Span): Slot[] {
  const text = paragraph.slice(sentence.start, sentence.end);
  const slots: Slot[] = [];
  for (const match of text.matchAll(CLAUSE_PRONOUN)) {
    const pronoun = match[1] ?? match[2]!;
    const start = sentence.start + match.index + match[0].length - pronoun.length;
    const people = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= start && mention.variant.kind === 'PERSON');
    if (new Set(people.map((mention) => mention.entityId)).size !== 1) continue;
    slots.push({ kind: 'PERSON', start, end: start + pronoun.length, text: pronoun, entityId: people[0]!.entityId });
  }
  return slots;
}
