/**
 * Where a meeting or the bloc's one operation was held, where the text names the meeting only by the act of
 * meeting, hosting or deploying and the other held-in rules (rules-en.ts, rules-ru.ts, rules-where.ts) find no
 * meeting noun to hang the place on: "Its only collective deployment, in Kazakhstan in January 2022, …",
 * «Единственная операция миротворцев прошла в Казахстане», "It met twice this year: in Minsk in April and in
 * Astana on October 22", "Russia hosted the Collective Security Council in Moscow", «Последний раз в Бишкеке он
 * собирался в июне прошлого года». The occasion has no entity (the labels' "?"): the words that name it are the end.
 */
import { en, ru, type Rule } from './facts';
import { MEETERS_RU } from './rules-where';

/** A date between the verb and the place, or after the place. */
const DATE_EN = '(?:(?:in|on|of|since) )?⟦DATE#\\d+⟧';
const DATE_RU = '(?:в |во )?⟦DATE#\\d+⟧(?: (?:года|году))?';

/** How often a body met: "twice", "three times", "several times" (a count is what makes a list of places its meetings). */
const TIMES_EN = '(?:twice|two times|three times|four times|five times|several times|[a-z]+ times)';
/**
 * A body by its common noun, or "it" for the one named before: "The commission met …", "when it met in Minsk"; or a body of a body, "the
 * Council of the Parliamentary Assembly" (en.held-in.body-met reads a body named alone).
 */
const BODY_NOUN_EN = '(?:council|commission|committee|assembly|body|board|ministers|secretaries|leaders)';
const SUBJECT_EN = `(?:(?<![\\p{L}])(?:[Ii]t|[Tt]hey)|(?:[Tt]he|[Ii]ts|[Tt]heir) ${BODY_NOUN_EN}(?: of (?:the )?⟦ORG#\\d+⟧)?|⟦ORG#\\d+⟧ of (?:the )?⟦ORG#\\d+⟧)`;
const MET_EN = '(?:met|meets|meet|will meet|convened|convenes|gathered|sat)';
/** Not a meeting only proposed or doubted: "it may meet in Minsk", "it has never met in Yerevan". */
const NOT_PROPOSED_EN = "(?<!(?:not|never|n't|may|might|could|should|would) )";

/** Those who meet at a meeting of the bloc, by what they are (not "officials", who also speak for a capital). */
const MEETERS_PLACED_EN = '(?:(?:the )?(?:leaders|heads of state|presidents|(?:foreign|defen[cs]e) ministers|(?:defen[cs]e|army|security) chiefs|security council secretaries))';
/** Verbs that hold a meeting named after them ("In Minsk, the ministers held their regular meeting"): en.held-in.place-first reads those. */
const NAMED_MEETING_VERB_EN = '(?:held|convened|opened|staged)';
/** Verbs of saying, fearing and planning in the past: what people said in a city is no meeting of theirs. */
const SAID_EN = '(?:warned|argued|claimed|stressed|noted|insisted|added|stated|declared|recalled|complained|feared|hoped|expected|planned|wanted|denied|reported|suggested|proposed|offered)';

/** A body that meets, by the words of its name: what a state or a city hosts is its meeting. */
const MEETING_BODY = /(?:council|committee|commission|assembly|совет|комитет|комисси|ассамбле)/iu;
const NOT_MEETING_BODY = new RegExp(`^(?!.*${MEETING_BODY.source})`, 'isu');

/** Hosting a body: its meeting ("hosted the Collective Security Council"). */
const HOSTED_BODY_EN = "(?<![\\p{L}])(?:hosted|hosts|will host|is hosting|has hosted) (?:the |a )?(?:(?:next|last|annual|this year's|last year's) )?⟦ORG#\\d+⟧";

/** An operation or a deployment named as the only, first or one of its kind: "its only collective deployment", "its one operation". */
const OPERATION_EN = '(?:(?:only|one|sole|single|first|lone)(?: [a-z-]+){0,2} (?:deployment|operation|mission|intervention))';
/** Sent or invoked once: "deployed only once: to Kazakhstan", "has been invoked only once, in Kazakhstan", "deployed for the first and only time … in Kazakhstan". */
const ONCE_EN = '(?:(?:deployed|invoked|used|activated|sent in|called in)(?: (?:only|just))? once|(?:deployed|invoked|used|activated) for the (?:first and only|only|one) time)';

/** An operation or a mission by its noun, with the words that qualify it (whose, of whom): «миротворческая операция», «операция миротворцев ОДКБ». */
const OPERATION_RU = '(?:(?:[а-яё-]+ ){0,3}(?:операци|мисси)\\p{L}*(?: (?:миротворцев|сил|войск))?(?: ⟦ORG#\\d+⟧)?)';
/** Held, of an operation: «прошла», «проходила», «состоялась», «была проведена». */
const OPERATION_HELD_RU = '(?<!не )(?:прош(?:ла|ли)|проходил(?:а|и)|состоял(?:ась|ись)|проводил(?:ась|ись)|(?:был[аи] )?проведен[аы])';

export const ENGLISH_VENUE_RULES: Rule[] = [
  // "Its only collective deployment, in Kazakhstan in January 2022, lasted …", "its one operation, in Kazakhstan": the operation, there.
  en({ name: 'en.held-in.operation-apposition', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?<from>${OPERATION_EN})(?: [a-z]+){0,3}, (?:in|to) {STATE|PLACE:to}` }),
  // "The Collective Peacekeeping Forces have deployed only once: to Kazakhstan in January 2022", "invoked only once, in Kazakhstan".
  en({ name: 'en.held-in.operation-once', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?<from>${ONCE_EN})(?: ${DATE_EN})?[:,—–]? (?:in|to|into) {STATE|PLACE:to}` }),
  // "It met twice this year: in Minsk in April and in Astana on October 22": each place is a meeting of its own, dated by its own date.
  en({ name: 'en.held-in.met-times', type: 'HELD_IN', dating: 'span',
    pattern: `${NOT_PROPOSED_EN}(?<from>${MET_EN} ${TIMES_EN})(?: ${DATE_EN})?[:,—–]? (?:in|at) {PLACE:to}` }),
  en({ name: 'en.held-in.met-times-next', type: 'HELD_IN', dating: 'span',
    pattern: `(?<=${NOT_PROPOSED_EN}${MET_EN} ${TIMES_EN}(?: ${DATE_EN})?[:,—–]? (?:in|at) ⟦PLACE#\\d+⟧(?:,? ${DATE_EN})*)(?<from>(?:,| and|, and) (?:in|at)) {PLACE:to}` }),
  // "when it met in Minsk in June", "The council of the CSTO Parliamentary Assembly will meet in Astana next April": a body named by a
  // pronoun or a common noun, not by its name (en.held-in.body-met reads that).
  en({ name: 'en.held-in.it-met', type: 'HELD_IN', dating: 'span',
    pattern: `(?<from>${SUBJECT_EN}(?: (?:last|first|again|previously|most recently|also))? ${NOT_PROPOSED_EN}${MET_EN})(?: ${DATE_EN})? in {PLACE:to}` }),
  // "Russia hosted the Collective Security Council in Moscow on November 11", "It hosted the Council of Foreign Ministers in Saint
  // Petersburg in June and the Council of Defence Ministers in Sochi": a body hosted is its meeting, held there.
  en({ name: 'en.held-in.hosted-body', type: 'HELD_IN', dating: 'span', fromText: MEETING_BODY,
    pattern: `(?<from>${HOSTED_BODY_EN})(?: ${DATE_EN})? (?:in|at) {PLACE:to}` }),
  en({ name: 'en.held-in.hosted-body-next', type: 'HELD_IN', dating: 'span', fromText: MEETING_BODY,
    pattern: `(?<=${HOSTED_BODY_EN}(?: ${DATE_EN})? (?:in|at) ⟦PLACE#\\d+⟧(?: (?:[a-z]+ )?${DATE_EN})?,? )and (?<from>(?:the |a )?⟦ORG#\\d+⟧(?: ${DATE_EN})? (?:in|at) {PLACE:to})` }),
  // The state that hosted it HOSTS the meeting (labels.json: "a state that 'hosted the Collective Security Council in Moscow' HOSTS the session").
  en({ name: 'en.hosts.body-in-place', type: 'HOSTS', dating: 'span', toTextNot: NOT_MEETING_BODY,
    pattern: `{STATE:from} {AUX}(?<to>${HOSTED_BODY_EN})(?: ${DATE_EN})? (?:in|at) ⟦PLACE#\\d+⟧` }),
  // "In Moscow last week, the CSTO's leaders spent less time on …", "In Astana on Tuesday, defence ministers approved …": those who meet,
  // placed in a city at the head of the sentence, did what they did at a meeting there. Not what they said, feared or are expected to do.
  en({ name: 'en.held-in.place-first-meeters', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^|[.;:] )In {PLACE:to}(?:,? ${DATE_EN})*, (?:the )?(?:⟦ORG#\\d+⟧(?:'s|’s) )?(?<from>${MEETERS_PLACED_EN})(?: of (?:the )?⟦(?:ORG|STATE)#\\d+⟧(?:(?:,| and|, and) ⟦STATE#\\d+⟧)*)?(?: (?:also|again|finally|jointly))? (?!(?:${SAID_EN}|${NAMED_MEETING_VERB_EN})(?![a-z]))(?:[a-z]+ed|spent|met|sat|took|signed|gave|made|chose|set|put|brought|sought|kept)(?![a-z])` }),
];

export const RUSSIAN_VENUE_RULES: Rule[] = [
  // «Единственная операция миротворцев прошла в Казахстане в январе 2022 года», «миротворческая операция прошла в январе 2022 года в Казахстане».
  ru({ name: 'ru.held-in.operation-held', type: 'HELD_IN', dating: 'span',
    pattern: `(?<from>${OPERATION_RU}) ${OPERATION_HELD_RU}(?: ${DATE_RU})? (?:в|во|на территории) {STATE|PLACE:to}` }),
  // «Последний раз в Бишкеке он собирался в июне прошлого года», «комитет заседал в Минске»: a body by a pronoun (the named body is
  // ru.held-in.body-sat's). «Собирался в Бишкек» is a trip planned: only the place's locative, «в Бишкеке».
  ru({ name: 'ru.held-in.pronoun-sat-place-first', type: 'HELD_IN', dating: 'span', toTextNot: /[^еи]$/u,
    pattern: `(?:[Вв]|[Вв]о) {PLACE:to},? (?:${DATE_RU} )?(?<from>(?:он|она|оно|они) (?:(?:уже|вновь|снова|впервые|также) )?(?:заседал\\p{L}*|собирал(?:ся|ась|ось|ись)))` }),
  ru({ name: 'ru.held-in.pronoun-sat', type: 'HELD_IN', dating: 'span', toTextNot: /[^еи]$/u,
    pattern: `(?<![\\p{L}])(?<from>(?:он|она|оно|они) (?:(?:уже|вновь|снова|впервые|также|последний раз) )?(?:заседал\\p{L}*|собирал(?:ся|ась|ось|ись)))(?: ${DATE_RU})? (?:в|во) {PLACE:to}` }),
  // «Министр обороны … провёл в Астане встречу с …», «провела 28 октября в Минске очередное заседание», «В Москве Жапаров провёл короткую
  // встречу с Рахмоном»: a meeting held there, as the labels since batch 38 have it; not «провела в Минске переговоры с белорусской
  // стороной», a visit's talks, which the labels have both ways.
  ru({ name: 'ru.held-in.held-meeting-place-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?:пров[её]л|провела|провели|провед[её]т)(?: ${DATE_RU})? (?:в|во) {PLACE:to}(?: ${DATE_RU})? (?<from>(?:[а-яё]+ )?(?:встреч[уи]|заседание|совещание))(?= (?:с|со|по) | ⟦|[.,;]|$)` }),
  ru({ name: 'ru.held-in.place-first-held-meeting', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^|[,;:] |⟦DATE#\\d+⟧(?: (?:года|году))?,? )(?:[Вв]|[Вв]о) {PLACE:to},? (?:[^.;,⟦]{1,40} |⟦(?:PERSON|NAME)#\\d+⟧ |${MEETERS_RU} (?:стран )?(?:⟦ORG#\\d+⟧ )?)(?:${DATE_RU} )?(?:[^.;,⟦]{1,20} )?(?:пров[её]л|провела|провели) (?<from>(?:[а-яё]+ )?(?:встреч[уи]|заседание|совещание))(?= с | ⟦|[.,;]|$)` }),
  // «Рахмон 11 ноября участвовал в Москве в сессии Совета коллективной безопасности»: the city before the meeting it names.
  ru({ name: 'ru.held-in.took-part-place-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?<!не )(?:участвовал\\p{L}*|(?:принял|принимал)\\p{L}* участие)(?: ${DATE_RU})? (?:в|во) {PLACE:to}(?: ${DATE_RU})? (?:в|во) (?<from>(?:[а-яё]+ )?(?:сесси|заседани|саммит|встреч|совещани|форум|конференци)\\p{L}*(?: ⟦ORG#\\d+⟧)*)` }),
  // «от подписания Договора о коллективной безопасности в Ташкенте 15 мая 1992 года»: the signing, held there.
  ru({ name: 'ru.held-in.signing-noun', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?<from>подписани[яеи]|принятия|принятии|утверждения|утверждении) ⟦INIT#\\d+⟧(?: ${DATE_RU})? (?:в|во) {PLACE:to}` }),
  // «Принятая в Бишкеке в ноябре прошлого года Антинаркотическая стратегия …»: the participle before the document it names.
  ru({ name: 'ru.held-in.participle-before-document', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?<from>(?:[Пп]ринят|[Пп]одписан|[Уу]твержд[её]нн?)(?:ая|ый|ое|ые|ую|ой|ого|ых|ом|ым))(?: ${DATE_RU})? (?:в|во) {PLACE:to}(?: ${DATE_RU})? ⟦INIT#\\d+⟧` }),
  ru({ name: 'ru.adopted-at.participle-before-document', type: 'ADOPTED_AT', dating: 'start',
    pattern: `(?<![\\p{L}])(?:[Пп]ринят|[Пп]одписан|[Уу]твержд[её]нн?)(?:ая|ый|ое|ые|ую|ой|ого|ых|ом|ым)(?: ${DATE_RU})? (?<to>(?:в|во) ⟦PLACE#\\d+⟧)(?: ${DATE_RU})? {INIT:from}` }),
  // «В ноябре 2025 года в Бишкеке главы государств назначили …», «лидеры договорились ещё в прошлом году в Бишкеке»: their meeting, there
  // (named by the verb too, so that a signing rule's reading of the same words is one meeting with it).
  ru({ name: 'ru.held-in.people-decided-place-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^|[,;:] |⟦DATE#\\d+⟧(?: (?:года|году))?,? )(?:[Вв]|[Вв]о) {PLACE:to},? (?:${DATE_RU} )?(?<from>${MEETERS_RU} (?:стран )?(?:⟦ORG#\\d+⟧ )?(?<!не )(?:назначили|избрали|договорились|решили|постановили|утвердили|подписали|одобрили))` }),
  ru({ name: 'ru.held-in.people-agreed', type: 'HELD_IN', dating: 'span',
    pattern: `(?<from>${MEETERS_RU}) (?:стран )?(?:⟦ORG#\\d+⟧ )?(?<!не )(?:договорились|решили|постановили)(?: (?:ещё|уже))?(?: ${DATE_RU})? (?:в|во) {PLACE:to}(?![\\p{L}])` }),
];
