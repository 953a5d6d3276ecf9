/**
 * The structure of an organization as news prose states it in passing (round 17, STRUCT): who heads a standing body when
 * the head is introduced by another office he holds ("chaired by Russian Duma speaker X", «которую возглавляет председатель
 * Государственной думы X»), a body named again by its head noun ("X, who chairs the commission", «Комиссию возглавляет …»),
 * a body in apposition to its owner used as a modifier ("ICMEC, the CSTO body that …"), and a seat shared by a coordinated
 * subject («Штаб-квартира ОДКБ и её Секретариат находятся в Москве») or told after a pronoun ("It … and has its headquarters
 * in Moscow"). Macros: see compile() in facts.ts.
 */
import { en, ru, type Rule } from './facts';

/**
 * A standing body, not one whose chair rotates among the member states (the Council, the organization itself): a head of a
 * commission or an assembly heads it, a president "chairing" the Council chairs it (rules-en.ts, rules-ru.ts).
 */
const STANDING_BODY = /^(?!.*(?:council|organi[sz]ation|treaty|совет|организаци|договор))/iu;

/**
 * The other office a body's head holds, before his name: "Russian Duma speaker", "Russian First Deputy Prime Minister" (up to
 * five words: the rules match without regard to case, so the words are not told apart by their capitals). Not a president or
 * a prime minister, who chairs the Council by rotation (rules-en.ts's en.chair.council-chaired-by).
 */
const OFFICE_EN = "(?!(?:⟦STATE#\\d+⟧(?:'s)? |\\p{L}+ )?(?:President|Prime Minister)(?![\\p{L}-]))(?:(?:⟦STATE#\\d+⟧(?:'s)?|[\\p{L}.-]+) ){1,5}";
/** The same in Russian: «председатель Государственной думы», «первый вице-премьер России», «министр обороны Киргизии». */
const OFFICE_RU = '(?:(?:[а-яё-]+(?:ый|ий|ой) )?(?:председател|спикер|вице-премьер|министр|депутат|сенатор|губернатор|мэр|секретар|посол|дипломат)\\p{L}*(?: (?:[а-яё-]+(?:ой|ого|ей|ых)|[А-ЯЁ][а-яё-]+(?:ой|ого|ей|ых)|[а-яё]+(?:ы|и|а)|⟦(?:STATE|ORG)#\\d+⟧)){0,3} )?';
/** A body named again by its head noun, in any case: «Комиссию», «ассамблеи», "the commission". Not the Council (rotating). */
const BODY_NOUN_EN = '(?<head>commission|assembly|secretariat|staff|committee|department|directorate|centre|center)(?![\\p{L}])';
const BODY_NOUN_RU = '(?<head>[Кк]омисси|[Аа]ссамбле|[Сс]екретариат|[Шш]таб|[Кк]омитет|[Оо]тдел|[Дд]епартамент|[Цц]ентр)\\p{L}*';
/** A parliament, by its entity's name: the National Assembly of Serbia, «Народная скупщина», the Union State's Parliamentary Assembly. */
const PARLIAMENT = /(?<![\p{L}])(?:assembly|parliament|duma|senate|majlis|skupstina|ассамбле\p{L}*|парламент\p{L}*|скупщин\p{L}*|собрани\p{L}*|дум\p{L}*|сенат\p{L}*|меджлис\p{L}*)(?![\p{L}])/iu;
/** Delegates of a body: «делегация», «представители», «депутаты». */
const DELEGATES_RU = '(?:(?:делегаци|представител|депутат|парламентари)\\p{L}* )?';
/** «В качестве наблюдателя присутствовала (делегация)»: the opening of a sentence on observers at a session. */
const OBSERVERS_PRESENT_RU = `(?:^|[,;:] )[Вв] (?:качестве|статусе) наблюдател\\p{L}* (?:на (?:заседании|сессии) )?(?:присутствовал\\p{L}*|участвовал\\p{L}*) ${DELEGATES_RU}`;
/** A verb of leading in Russian, present or past: «возглавляет», «возглавлял», «руководит». */
const LEADS_RU = '(?:возглавляет|возглавлял\\p{L}*|возглавил\\p{L}*|руководит|руководил\\p{L}*)';
/** A relative or main-clause verb of leading in English, perfect included: "chairs", "has chaired", "has long headed". */
const LEADS_EN = '(?:(?:now|currently|also|still) )?(?:(?:has|had) (?:(?:long|since|already) )?)?(?:chairs|heads|leads|runs|directs|chaired|headed|led|ran|directed)(?![\\p{L}])';

export const STRUCTURE_RULES: Rule[] = [
  // "The Assembly, chaired by Russian Duma speaker X, …": the passive with the head's other office before his name.
  en({ name: 'en.heads.passive-office', type: 'HEADS', dating: 'post', toName: STANDING_BODY,
    pattern: `{ORG:to},? {AUX}(?:headed|led|run|directed|chaired)(?: (?:since |from )?⟦DATE#\\d+⟧)? by (?:the )?${OFFICE_EN}{RANK}{PERSON|NAME:from}` }),
  // "the Commission, which Russian First Deputy Prime Minister X has chaired for years": an object relative in the perfect.
  en({ name: 'en.heads.which-has-chaired', type: 'HEADS', dating: 'post', toName: STANDING_BODY,
    pattern: `{ORG:to},? (?:which|that) (?:the )?(?:${OFFICE_EN})?{RANK}{PERSON|NAME:from} (?:has|had) (?:(?:long|already) )?(?:chaired|headed|led|run|directed)(?![\\p{L}])` }),
  // "X, who chairs the commission, said": the body named before by its head noun.
  en({ name: 'en.heads.who-leads-the-noun', type: 'HEADS', dating: 'post', toFallback: 'priorHead', toName: STANDING_BODY,
    pattern: `{PERSON|NAME:from},? (?:who|which) ${LEADS_EN} the ${BODY_NOUN_EN}` }),
  // «Мантуров возглавляет комиссию», «X, бывший дипломат, руководил секретариатом три года»: the person first, the body named again by
  // its head noun after the verb (the body of that noun named last before; in English coreference.ts already makes "the commission" the body).
  ru({ name: 'ru.heads.leads-the-noun', type: 'HEADS', dating: 'post', toFallback: 'priorHead', toName: STANDING_BODY,
    pattern: `{PERSON|NAME:from}(?:, (?:[а-яё-]+ ){0,3}[а-яё-]+(?: ⟦STATE#\\d+⟧)?,)?(?: (?:с |в |со )?⟦DATE#\\d+⟧)?(?:,? (?:ныне|сейчас|теперь|в настоящее время|по-прежнему|бессменно))? (?:${LEADS_RU}|возглавлявш\\p{L}*|возглавляющ\\p{L}*|руководивш\\p{L}*|руководящ\\p{L}*) ${BODY_NOUN_RU}(?! (?:по|при|⟦))` }),
  // «Комиссию возглавляет первый вице-премьер России X», «Ассамблею, которую возглавляет председатель Государственной думы X»:
  // the body by its name or its head noun, the head after his other office.
  ru({ name: 'ru.heads.office-inverted', type: 'HEADS', dating: 'post', toFallback: 'priorHead', toName: STANDING_BODY,
    pattern: `(?:^|[,;:—] |⟦DATE#\\d+⟧ |\\s(?:а|и|но|однако) )(?:{ORG:to}|${BODY_NOUN_RU}) (?:(?:с|со|в) ⟦DATE#\\d+⟧ )?(?:(?:ныне|сейчас|теперь|по-прежнему|бессменно) )?${LEADS_RU} ${OFFICE_RU}{RANK}{PERSON|NAME:from}` }),
  ru({ name: 'ru.heads.office-relative', type: 'HEADS', dating: 'post', toName: STANDING_BODY,
    pattern: `{ORG:to},? (?:который|которую|которое|которым|которой) (?:(?:с|со|в) ⟦DATE#\\d+⟧ )?(?:(?:ныне|сейчас|теперь|по-прежнему|бессменно) )?${LEADS_RU} ${OFFICE_RU}{RANK}{PERSON|NAME:from}` }),
  // «Межгосударственная комиссия … под председательством X провела заседание»: a standing body under its chairman (the
  // Council «под председательством» a president is chaired by rotation: rules-ru.ts).
  ru({ name: 'ru.heads.body-chaired-by', type: 'HEADS', dating: 'post', toName: STANDING_BODY,
    pattern: `{ORG:to},? под председательством ${OFFICE_RU}{RANK}{PERSON|NAME:from}` }),
  // «Заседание провёл её председатель X»: the chairman of the body this sentence or the one before named last.
  ru({ name: 'ru.heads.its-chairman', type: 'HEADS', dating: 'post', toFallback: 'priorOrg', toName: STANDING_BODY,
    pattern: `(?<![\\p{L}])(?:е[её]|его) (?:(?:нынешн|бессменн|действующ)\\p{L}* )?(?:председател|руководител|начальник)\\p{L}* {RANK}{PERSON|NAME:from}` }),

  // "ICMEC, the CSTO body that steers arms production", "the CRDF, the Collective Security Treaty Organisation's southern strike
  // force": a body in apposition to its owner, the owner a possessive or a modifier.
  en({ name: 'en.part-of.apposition-owner', type: 'PART_OF', dating: 'none',
    pattern: `{ORG:from}(?: \\(⟦ORG#\\d+⟧\\))?, (?:the|a|an|one of the) {ORG:to}(?:['’]s)? (?:[a-z-]+ ){0,3}(?:body|bodies|organ|force|forces|agency|structure|unit|formation|component|arm|department|institution)(?![\\p{L}])` }),

  // «Штаб-квартира ОДКБ и её Секретариат находятся в Москве»: both the organization's seat and the body beside it.
  ru({ name: 'ru.headquarters.coordinated', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `[Шш]таб-квартир\\p{L}* {ORG:from} и (?:е[её] |его )?⟦ORG#\\d+⟧ (?:находятся|расположены|размещаются|располагаются) (?:в|во) {PLACE:to}` }),
  ru({ name: 'ru.headquarters.coordinated-second', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `[Шш]таб-квартир\\p{L}* ⟦ORG#\\d+⟧ и (?:е[её] |его )?{ORG:from} (?:находятся|расположены|размещаются|располагаются) (?:в|во) {PLACE:to}` }),
  // "It became a formal organization in 2002 and has its headquarters in Moscow": the seat in the second of two coordinated
  // predicates (the pronoun is the organization by coreference.ts); no other body may stand between.
  en({ name: 'en.headquarters.coordinated-has', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from} (?:[^.;⟦]|⟦(?:DATE|PLACE)#\\d+⟧){1,80}?,? and (?:has|keeps|maintains) (?:its|their) (?:headquarters|seat|head office) in {PLACE:to}(?![\\p{L}-])` }),

  // «Сербия с 2013 года представлена в Парламентской ассамблее ОДКБ в качестве наблюдателя», "Serbia sits in the Assembly as an
  // observer": a standing presence in a body (ru.observer.capacity-after reads the verbs of taking part).
  ru({ name: 'ru.observer.represented-as', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: `{STATE|ORG|NAME:from}(?: (?:с |со |в )?⟦DATE#\\d+⟧)? (?:(?:также|по-прежнему|уже|был|была|было|были) )?(?:представлен\\p{L}*|присутству\\p{L}*) (?:в|при) (?:работе )?{ORG:to}(?: (?:с |со |в )?⟦DATE#\\d+⟧)? в (?:качестве|статусе) наблюдател\\p{L}*` }),
  en({ name: 'en.observer.represented-as', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: `{STATE|ORG|NAME:from} {AUX}(?:represented|sits|sit|sat|seated|present) (?:in|at|on) {THE}{ORG:to}(?: (?:since |from )?⟦DATE#\\d+⟧)? as (?:an? )?observers?(?![\\p{L}])` }),
  // «Статус наблюдателя при Генеральной Ассамблее ООН ОДКБ получила в 2004 году»: the status fronted, its holder before the verb.
  ru({ name: 'ru.observer.status-fronted', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: `(?:^|[,;:] )[Сс]татус\\p{L}* наблюдател\\p{L}* (?:при|в) {ORG:to} {STATE|ORG:from}(?: (?:ещё |еще )?⟦DATE#\\d+⟧)? (?:получил\\p{L}*|обрел\\p{L}*|обрёл|приобрел\\p{L}*|приобрёл)` }),
  // A parliament's delegation present as an observer at a session: «В качестве наблюдателя присутствовала делегация Народной
  // скупщины Сербии», "Observers from the National Assembly of Serbia were in the hall": an observer of the body whose meeting the
  // text named last (facts.ts's meetingBody). Parliaments only: states and their officers watch exercises,
  // and that gives no fact.
  ru({ name: 'ru.observer.delegation-present', type: 'OBSERVER_OF', dating: 'start', status: 'observer', toFallback: 'meetingBody', fromName: PARLIAMENT,
    pattern: `${OBSERVERS_PRESENT_RU}{ORG:from}` }),
  // «…, а также представители Парламентского собрания Союза Беларуси и России»: the second delegation (a match reads one).
  ru({ name: 'ru.observer.delegation-present-second', type: 'OBSERVER_OF', dating: 'start', status: 'observer', toFallback: 'meetingBody', fromName: PARLIAMENT,
    pattern: `${OBSERVERS_PRESENT_RU}⟦ORG#\\d+⟧,? (?:а также|и) ${DELEGATES_RU}{ORG:from}` }),
  en({ name: 'en.observer.delegation-present', type: 'OBSERVER_OF', dating: 'start', status: 'observer', toFallback: 'meetingBody', fromName: PARLIAMENT,
    pattern: `(?:^|[,;:] )(?:[Oo]bservers|[Dd]elegates|[Rr]epresentatives|(?:[Aa]n? )?[Dd]elegation) from {THE}{ORG:from} (?:were|was|sat|attended|looked on|followed)(?: (?:in|at|on) the (?:hall|chamber|session|sitting|debate|proceedings))?(?![\\p{L}])` }),
];
