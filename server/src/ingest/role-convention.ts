/**
 * Which of HEADS and CHAIRS a person's lead of a body is, by the corpus's convention: the chairman of a
 * collegial body (a commission, council, assembly, committee, parliament) CHAIRS it, whatever verb the
 * text uses ("chaired by", "heads the commission", «которую возглавляет»); a Secretary-General, a chief or a
 * commander HEADS his body (the Secretariat, the Joint Staff, the forces). Decided by the body's kind, as
 * its head noun says, or by the title "Chairman", never by the entity.
 */
import type { ProposedFact } from './types';

/** The head noun of an English name: the last word before its first "of"/"for"/"on" ("Council of Foreign Ministers": Council). */
const englishHead = (name: string) => name.split(/ (?:of|for|on) /u)[0]!.trim().split(/\s+/u).pop() ?? '';
const COLLEGIAL_EN = /^(?:Commission|Council|Assembly|Committee|Parliament|Duma)$/iu;
/** A Russian name's head noun after its adjectives: «Межгосударственная комиссия по …», «Совет министров …». */
const COLLEGIAL_RU = /^(?:[а-яё-]+(?:ая|ый|ий|ой|ое|ую|ого|ей) )*(?:комисси|совет|ассамбле|комитет|парламент)[а-яё]*(?![а-яё])/iu;

/** Whether a body, by its name (the gazetteer's, else the text's words), is a collegial one that a chairman leads. */
export function isCollegialBody(name: string): boolean {
  const plain = name.replace(/^(?:the|its|a) /iu, '').trim();
  return COLLEGIAL_EN.test(englishHead(plain)) || COLLEGIAL_RU.test(plain);
}

/**
 * The proposals with a person's HEADS of a collegial body, or with the title Chairman, as CHAIRS (role
 * "chair", as the chairmanship rules give it); a repeat of a CHAIRS the sentence already gives is dropped.
 */
export function byRoleConvention(proposals: ProposedFact[], nameOf: (id: string) => string | undefined): ProposedFact[] {
  const out: ProposedFact[] = [];
  const seen = new Set<string>();
  const key = (fact: ProposedFact) => [fact.type, fact.from.entityId ?? fact.from.text, fact.to.entityId ?? fact.to.text, fact.since, fact.until, fact.status, fact.evidence.paragraph, fact.evidence.start].join('|');
  for (const fact of proposals) {
    const body = fact.to.entityId ? nameOf(fact.to.entityId) ?? fact.to.text : fact.to.text;
    const chairs = fact.type === 'HEADS' && (fact.role === 'Chairman' || isCollegialBody(body));
    const kept: ProposedFact = chairs ? { ...fact, type: 'CHAIRS', role: 'chair' } : fact;
    if (seen.has(key(kept))) continue;
    seen.add(key(kept));
    out.push(kept);
  }
  return out;
}
