/**
 * A body standing for its session: "X put it at the Council of Foreign Ministers in Moscow on 10 November", "on the
 * sidelines of the Committee of Secretaries of Security Councils in Dushanbe", «выступил на Совете министров обороны в
 * Душанбе». News prose names a sitting by the body that sat, with its city; the graph has the body but not the sitting
 * (the labels' "?"), which was held in that city. The official who speaks there, named by his state's title ("Kazakh
 * Foreign Minister X", «министр обороны Киргизии X»), was at it for his state. Pure.
 *
 * Only bodies that sit (a council, a committee, an assembly, a commission): "at the CSTO in Moscow" is no sitting.
 */
import type { Template } from './template';

/** "at / during / on the sidelines of the ⟦body⟧ (⟦acronym⟧), on ⟦day⟧, in ⟦city⟧", «на (полях) ⟦body⟧ в ⟦city⟧». */
const AT_BODY =
  /(?<![\p{L}])(?:at|during|on the (?:sidelines|margins) of|на(?: полях)?|в ходе)(?: the)? ⟦ORG#(\d+)⟧(?: \(⟦ORG#\d+⟧\))?(?:,? (?:on |in |в |во )?⟦DATE#\d+⟧)?,? (?:in|в|во) ⟦PLACE#(\d+)⟧(?:,? (?:on |в |во )?⟦DATE#\d+⟧)?/giu;
/** A body that sits, by its name as written: English in any case, Russian in the prepositional after «на» («Совете», «ассамблее»). */
const SITTING_EN = /(?<![\p{L}])(?:council|committee|assembly|commission)(?![\p{L}])/iu;
const SITTING_RU = /(?<![\p{L}])(?:совете|комитете|ассамблее|комиссии|совета|комитета|ассамблеи)(?![\p{L}])/iu;

/**
 * The official who opens the clause, titled by his state: "Kazakh Foreign Minister X", "the foreign minister of Belarus, X,",
 * «Министр обороны Киргизии X»: the state's and the person's slots. Nothing but the title between the start and the name.
 */
const TITLED_OFFICIAL = /^(?:[,;:—] )?(?:the )?(?:⟦STATE#(\d+)⟧(?:'s|’s)? )?(?:[\p{L}-]+,? ){1,4}?(?:of ⟦STATE#(\d+)⟧,? |⟦STATE#(\d+)⟧ )?⟦(?:PERSON|NAME)#(\d+)⟧,?/u;

export interface BodySession {
  /** The slot of the body and of its city, and where the phrase is. */
  body: number;
  place: number;
  start: number;
  end: number;
}

/** The sessions a template names by their body and city. */
export function bodySessions(template: Template): BodySession[] {
  return [...template.text.matchAll(AT_BODY)]
    .filter((match) => {
      const body = template.slots[Number(match[1])];
      return body?.entityId && (SITTING_EN.test(body.text) || SITTING_RU.test(body.text));
    })
    .map((match) => ({ body: Number(match[1]), place: Number(match[2]), start: match.index, end: match.index + match[0].length }));
}

/** The state and the person of an official titled by his state who opens a stretch (a clause before the session's phrase). */
export function titledOfficial(template: Template, stretch: { start: number; end: number }): { state: number; person: number } | undefined {
  const match = TITLED_OFFICIAL.exec(template.text.slice(stretch.start, stretch.end));
  const state = match && (match[1] ?? match[2] ?? match[3]);
  if (!match || state === undefined) return undefined;
  // The title words are lower-case or a title's capitals, not another name's: "Kazakh Foreign Minister", «министр обороны».
  const words = match[0].replace(/⟦\w+#\d+⟧/gu, ' ');
  if (/(?<![\p{L}])(?:said|told|and|и|with|с|by)(?![\p{L}])/iu.test(words)) return undefined;
  return { state: Number(state), person: Number(match[4]) };
}
