/**
 * Cities the graph has no entity for: "the session in Khujand", «заседание прошло в Алма-Ате», «в г. Хороге».
 * A capitalised word alone right after a preposition of place is read as a place to propose (the labels' "?"),
 * so that the rules that read a known city read it too. Not a month or a weekday (a date), not the first
 * word of a longer name (another capitalised word follows: a name of two words is the names' reading), not
 * an institution («в Совете», "in Parliament").
 */
import type { Span } from './sentences';
import type { Slot } from './template';

const CANDIDATE = /(?<=(?:^|[\s(])(?:in|at|In|At|в|во|В|Во|г\.)\s?)(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*)(?![\p{L}\d-]|['’]s|\s+\p{Lu}|\s*«|\s*")/gu;

/** Words that are no city: months, weekdays, languages, institutions. */
const NOT_A_CITY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|Russian|Parliament|Congress|Government|Brussels|Washington|Europe|Asia|Africa|America|Afghanistan|Ukraine|Syria|Iran|China|Turkey|Georgia|Azerbaijan|Moldova|Serbia|Genesis|Addition|Particular|General|Total|Time|Part|Practice|Fact|Future|Response|Return|Turn|Exchange|Contrast|Kind|Full|Force|Office|Power|Charge|Person|Public|Private|Brief|Short|Light|Line|Principle|Theory|Reality|Person|Order|Terms|Writing|Advance|Case|Effect|Favour|Favor|Spite|Support|Total|Accordance|Addition|Connection|Relation|Respect|Such|The|This|That|These|Those|Its|His|Her|Their|Our|Your|Which|What|Whose|Who|Some|Any|All|Both|Each|Every|One|Two|Three|Four|Five|Many|Most|Several|Late|Early|Mid|Recent|Last|Next|First|Second|Third)$|^(?:январ|феврал|март|апрел|ма[ейя]|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|совет|секретариат|комитет|комисси|правительств|госдум|дум|минобороны|министерств|мид|ассамбле|парламент|сенат|мажилис|генштаб|штаб|кремл|организаци|блок|союз|договор|рамк|ход|течени|связи|итог|соответстви|случа|целя|качеств|составе|адрес|рамках|интервью|заявлени|ответ|беседе|эфире|телеграм|стать|европ|азии|афганистан|украин|сири|иран|кита|турци|грузи|азербайджан|молдов|серби|сша|америк|вашингтон|брюссел)/iu;

export function newPlaces(paragraph: string, sentence: Span): Slot[] {
  const text = paragraph.slice(sentence.start, sentence.end);
  const slots: Slot[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const word = match[1]!;
    if (NOT_A_CITY.test(word)) continue;
    const start = sentence.start + match.index;
    slots.push({ kind: 'PLACE', start, end: start + word.length, text: word, newKind: 'PLACE' });
  }
  return slots;
}

/**
 * A meeting the graph lacks held in a city it lacks is one fact however often the article says so
 * ("the session in Almaty", later «заседание прошло в Алма-Ате»): the first, by the city's first letters
 * (its Russian case endings aside).
 */
export function oncePerNewPlace<T extends { type: string; from: { entityId?: string }; to: { entityId?: string; text: string } }>(proposals: T[]): T[] {
  const seen = new Set<string>();
  return proposals.filter((fact) => {
    if (fact.type !== 'HELD_IN' || fact.from.entityId || fact.to.entityId) return true;
    const key = fact.to.text.toLowerCase().slice(0, Math.max(4, fact.to.text.length - 2));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
