/** Fact rules for Russian news prose. Macros: see compile() in facts.ts. */
import { FORCES_NAME } from './forces-exercises';
import { ru, type Rule } from './facts';

/** The body an observer sits at: named, or spoken of as «ассамблея», «совет» or «она» after it was named (toFallback 'priorHead'). */
const OBSERVED = `(?:{ORG:to}|(?<head>ассамбле\\p{L}*|организаци\\p{L}*|совет\\p{L}*|комисси\\p{L}*)|(?<pronoun>ней|нём|нем|нему))(?![\\p{L}])`;

const VERB_END = '\\p{L}*';
/** A fronted adverb of earlier time («Ранее», «До него»): the clause after it is inverted, its subject after the verb. */
const EARLIER_RU = '(?:[Рр]анее|[Пп]режде|[Дд]о (?:него|неё|нее|этого)|[Дд]о того|[Вв]первые|[Зз]атем|[Пп]отом|[Пп]озже|[Вв]последствии)';
/** A treaty, an agreement, a protocol or a convention, which states sign to become its parties (not a programme or a declaration). */
const RU_TREATY = /(?<![\p{L}])(?:договор|соглашени|протокол|конвенци)\p{L}*/iu;
/** Words describing a person before the name: "киргизский дипломат X", "бывший посол Казахстана X", "белорус X". */
const DESCRIBED =
  '(?:(?:бывш\\p{L}* |нынешн\\p{L}* |действующ\\p{L}* |[а-яё-]+(?:ск|цк|н|в)(?:ий|ый|ой|ого|ому|им|ым|ом|ая|ую|ые|ых|ими|ыми) ){0,2}' +
  '(?:представител\\p{L}*|дипломат|генерал|посол|министр|политик|заместитель|уроженец|гражданин|белорус|казахстан\\p{L}{0,2}|кыргызстан\\p{L}{0,2}|казах|киргиз|таджик|армянин|россиянин|узбек|ветеран|депутат|сенатор|чиновник|офицер|военачальник)\\p{L}{0,3}' +
  '(?: ⟦STATE#\\d+⟧)?(?: —)? )?';
/** A passive participle of appointment, not the noun ("назначен", not "до назначения"). */
const APPOINTED = '(?:назначен|избран|утвержд[её]н)[аоы]?(?![\\p{L}])';
/** A subject at the head of its clause, not a genitive after a noun ("Делегацию ОДКБ возглавил …"). */
/** «Его сменил X», «на этом посту её сменил X»: the pronoun is the object, the successor follows the verb. */
const SUCCEEDED_HIM = /(?:^|[\s«"])(?:[Ее]го|[Ее][её]) (?:не )?(?:на (?:этом )?посту )?(?:сменил|заменил)/u;
/** The present holder's adjectives before a title: «нынешний генсек», «новый генеральный секретарь». */
const NOW = '(?:(?:нынешн|действующ|нов)\\p{L}* )?';
const CLAUSE_START = '(?<=^|[,;:—] |⟦DATE#\\d+⟧ |\\s(?:а|и|но|однако) )';
/** A document adopted or signed ("Московскую декларацию", "бюджет Организации"), or one the graph knows. */
const DOCUMENT = '(?:⟦INIT#\\d+⟧|(?:[\\p{L}-]+ ){0,2}(?:декларац|стратеги|программ|план|соглашени|договор|протокол|заявлени|концепци|бюджет|меморандум|устав)\\p{L}*(?: ⟦(?:ORG|INIT)#\\d+⟧)*)';

/** A body named in lower case stands for its meeting: «в работе совета приняли участие …», «заседание комитета прошло …». */
const BODY_MEETING = '(?:совета|комиссии|комитета|ассамблеи|форума|совещания|парламента)';
/**
 * Units of the state's forces: «подразделения Вооружённых Сил Беларуси» (capitalised, a name), «военнослужащие армии Киргизии»;
 * or of a body the states send them to, before «из»/«от» the states («подразделения Коллективных миротворческих сил из России»).
 */
const FORCES_OF = '(?: (?:⟦ORG#\\d+⟧(?= (?:из|от) )|⟦NAME#\\d+⟧|[Вв]ооруж[её]нн\\p{L}* [Сс]ил|арми(?:и|й)|войск|министерств\\p{L}* обороны|[Мм]инобороны))';
/** People or units sent by a state, before the state in the genitive: «министры иностранных дел Белоруссии», «подразделения России». */
const DELEGATES =
  '(?:(?:полномочн|постоянн|официальн|парламентск|правительственн|военн)\\p{L}+ (?:и )?){0,2}(?:представител\\p{L}*|делегаци\\p{L}*|члены(?: ⟦ORG#\\d+⟧| [^ ⟦⟧.,;]+)?|' +
  '(?:главы|лидеры|президенты|премьер-министры|министры|секретари|руководители|начальники|председатели|заместители|депутаты|парламентарии|спикеры|послы)(?: [а-яё-]+){0,3}|' +
  `(?:военнослужащие|подразделени\\p{L}*|(?:миротворческие |воинские )?контингент\\p{L}*|миротворцы|военные|офицеры)${FORCES_OF}?)`;
/** The exercises just named, by a pronoun: «Руководство ими осуществлял …», «Руководил всеми тремя …» (ellipsis-event.ts spreads it over them). */
const EXERCISES_PRONOUN = '(?:ими|всеми (?:тремя|двумя|четырьмя|пятью)|обоими)(?![\\p{L}])';
/** The sending of forces as a noun: «ввод», «направление», «переброска». */
const DEPLOYMENT_NOUN = '(?:ввод|вводом|ввода|направление|направления|направлением|переброска|переброски|переброской)';
/** A meeting named only by its noun, the one the sentence or the one before reports: «В работе приняли участие …», «В заседании … приняли участие …». */
const MEETING_LOWER = '(?:работе|заседании|совещании|встрече|сессии|консультациях|переговорах|саммите|форуме|конференции)(?! (?:⟦|[а-яё]+ ⟦))';
/** Who chaired it, between the meeting and the verb: «В заседании под председательством министра иностранных дел России Сергея Лаврова приняли участие …». */
const CHAIRED_BY = '(?: под председательством (?:[^.;⟦]|⟦(?:STATE|PERSON|NAME|ORG)#\\d+⟧){1,100}?(?= (?:участвуют|участвовали|приняли участие|примут участие|принимают участие|присутствовали)))';
/** Where a participation is stated: «в нём/на заседании/в работе совета приняли участие». */
const BESIDES = '(?:, (?:помимо|кроме) [^,;.]{1,60},)';
const BESIDES_VERB = '(?:участвовали|участвуют|приняли участие|примут участие|принимают участие|присутствовали|были задействованы)';
const TOOK_PART_IN = `(?:(?:в|на) (?:(?:е[её]|его|их) работе|(?:работе )?(?:н[её]м|ней|них|{MEET:to}|${BODY_MEETING})|${MEETING_LOWER})${BESIDES}?${CHAIRED_BY}?(?: (?:в|во) ⟦(?:PLACE|STATE)#\\d+⟧)? (?:участвуют|участвовали|участвует|приняли участие|примут участие|принимают участие|присутствовали|присутствуют|будут присутствовать)|к (?:нему|ней|ним) (?:(?:были|будут) )?(?:привлечены|привлекались|привлекаются|привлекли|привлекут))`;
/** The same as a participle before the people: «Участвовавшие в нём подразделения …». */
const TAKING_PART_IN = `(?:участвовавш\\p{L}*|участвующ\\p{L}*|принявш\\p{L}* участие|принимающ\\p{L}* участие) в (?:работе )?(?:н[её]м|ней|них|{MEET:to}|${BODY_MEETING})`;
/** A meeting's noun, with up to two words before it («очередное заседание», «совместное учение»). */
/** «принимает», «примет», «принимающий»: a state or city receiving an event (HOSTS for a state; HELD_IN for a city and a meeting). */
/** A date may stand between the host and its verb: «Кыргызстан в следующем году примет заседание …». */
const HOST_ADVERB = '(?:(?:в |во )?⟦DATE#\\d+⟧ )?(?:(?:уже|также|вновь|снова|ранее|впервые|дважды) )?';
const HOSTS_VERB = `(?:принимающ${VERB_END}|принимает|примет|принимал${VERB_END}|принял${VERB_END}|принявш${VERB_END})`;
const HOSTS_VERB_FINITE = `(?:принимал${VERB_END}|принимает|примет|принял${VERB_END})`;
/** Exercises a capital «принимает» are the state's (the ranges are elsewhere in it): the city rules read meetings only. */
const NOT_EXERCISE = '(?!(?:[^ ⟦⟧.,;]+ ){0,3}?(?:учени|манёвр|маневр))';
/** «заседание нашей комиссии примет …»: the meeting's owner between the meeting and the verb. */
const HOSTED_OWNER = `(?: (?:наш|ваш|эт|сво)${VERB_END} [а-яё]+)?`;
const MEETING_NOUN = '(?:[^ ⟦⟧.,;"]+ ){0,2}?(?:учени\\p{L}*|заседани\\p{L}*|сесси\\p{L}*|саммит\\p{L}*|встреч(?:а|и|е|у|ей|ею|ам|ами|ах)?(?![\\p{L}])|совещани\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*|форум\\p{L}*|конференци\\p{L}*)';
/** The verbs that end a chairmanship: «завершилось», «истекает». */
/** Where or when a meeting was, between its noun and the verb of leading it: «в Кремле», «в среду», «11 ноября». */
const MEETING_SETTING = '(?: (?:(?:в|во|на) )?(?:⟦(?:PLACE|STATE|ORG|DATE)#\\d+⟧|[^ ⟦⟧.,;"]+(?= (?:пров|в[её]л|вела|откр)))){0,2}';
/**
 * The titles before the name of who led a meeting, a chain of them each opening with its post: «председатель МКВЭС, первый
 * вице-премьер России» (not any words: «провёл в закрытом режиме X» is no title).
 */
const CHAIR_TITLES =
  '(?:(?:[а-яё-]+ )?(?:председател|министр|президент|премьер|вице-премьер|секретар|генсек|постпред|представител|начальник|командующ|глав|руководител|заместител|спикер)\\p{L}*(?: (?:[а-яё-]+|⟦(?:STATE|ORG|INIT)#\\d+⟧)){0,5}?,? ){0,2}?';
const CHAIR_ENDS = '(?:завершил\\p{L}*|закончил\\p{L}*|истекл\\p{L}*|заверш[иа]тся|закончится|истекает)';
/** Not a holding refused, cancelled, moved or opposed: «отказалась от проведения учений в X». */
const NOT_CALLED_OFF = '(?<!(?:отказ|отмен|перенос|против|запрет)\\p{L}* (?:от )?)';
/** An exercise noun with the collective forces whose exercise it is after it: «учение Коллективных миротворческих сил», «учения КСОР». */
const FORCES_EXERCISE = /[Уу]чени\p{L}* (?:Коллективн\p{L}* (?:сил|миротворческ)|КСОР|КСБР|КМС)/u;
/** Not an exercise its clause says was not held after it («Учения КСОР … с тех пор не проводились»). */
const NOT_HELD_AFTER = '(?!(?:[^.;⟦]|⟦\\w+#\\d+⟧){0,80}? (?:не|так и не|ни разу не) (?:провод|провед|провел|провёл|прош|пройд|состо)\\p{L}*)';
/** Adverbs between a subject and its verb: «Киргизия регулярно участвует …», «Страна дважды председательствовала …». */
/** Any words, past the states named as the subject's companions («вышедший вместе с Азербайджаном и Грузией»), not past another subject. */
const WITH_COMPANIONS = '(?:[^.;⟦]|⟦(?!STATE|PERSON|NAME)[^⟧]*⟧|(?<=(?<![\\p{L}])(?:с|со) )⟦STATE#\\d+⟧(?: и ⟦STATE#\\d+⟧)*){0,160}?';
const ADVERB = '(?:(?:регулярно|ежегодно|традиционно|также|вновь|снова|впервые|неоднократно|уже|постоянно|дважды|трижды|ранее|уже дважды) )?';
/** Units a state sends: «от Республики Беларусь — механизированная бригада». */
export const UNIT = '(?:бригад|батальон|рот[аыу](?![\\p{L}])|полк|дивизи|подразделени|групп|контингент|военнослужащ|расч[её]т|экипаж|отряд|миротворц|личн\\p{L}* состав|самол[её]т|вертол[её]т|офицер|специалист|сил[аы](?![\\p{L}]))';
/** The events a verb of taking part names as a class, then the named one among them: «во всех основных учениях ОДКБ, в том числе во …». */
export const AMONG_THEM_RU = '(?:[^.;⟦"]|⟦ORG#\\d+⟧){1,50}?,? (?:в том числе|включая|прежде всего|особенно) (?:в|во) ';
/** A verb of sending troops, not refused: «направил», «направлял», «выделит». */
const SENT_RU = `(?<!не )(?:направил${VERB_END}|направлял${VERB_END}|направит|выделил${VERB_END}|выделит|отправил${VERB_END})`;
/** What a state sends: units, or its troops («своих военных», «войска»), never observers. */
const SENT_UNITS_RU = `(?:${UNIT}${VERB_END}|военных|военнослужащих|войска)`;
/** A meeting followed by its body in lower case or an organization after «при»: «заседание комитета», «заседание ⟦ORG⟧ при ⟦ORG⟧». */
const OF_BODY = `(?: ${BODY_MEETING}| при ⟦ORG#\\d+⟧| с ⟦ORG#\\d+⟧(?: ⟦ORG#\\d+⟧)?)?`;

export const RUSSIAN_RULES: Rule[] = [
  // Членство.
  ru({ name: 'ru.member.joined', type: 'MEMBER_OF', dating: 'start',
    pattern: `{STATE|ORG|NAME:from}{ANY} (?:вступил${VERB_END}|вступивш${VERB_END}|вступ[яи]т|вступает|присоединивш${VERB_END}|присоедин${VERB_END}|вернул${VERB_END}|вернувш${VERB_END}|(?:возобновил|восстановил)${VERB_END} (?:сво${VERB_END} )?членство|стал${VERB_END} (?:полноправн\\p{L}+ )?(?:член|участник)\\p{L}*) (?:в |к )?{ORG|INIT:to}` }),
  ru({ name: 'ru.member.left', type: 'MEMBER_OF', dating: 'end',
    pattern: `{STATE|ORG|NAME:from}{ANY} (?:вышел|вышла|вышли|выйдет|выйдут|выходит|вышедш${VERB_END}|покинул${VERB_END}|покинувш${VERB_END}|покида${VERB_END}) (?:из )?{ORG|INIT:to}` }),
  ru({ name: 'ru.member.left-object-first', type: 'MEMBER_OF', dating: 'end',
    pattern: `{ORG|INIT:to} (?:покидал${VERB_END}|покинул${VERB_END}) {STATE|NAME:from}` }),
  // Inverted: «из Договора вышли Азербайджан, Грузия и Узбекистан», «в ОДКБ вступила Белоруссия».
  ru({ name: 'ru.member.left-inverted', type: 'MEMBER_OF', dating: 'end',
    pattern: `из {ORG|INIT:to} (?:вышли|вышел|вышла|выйдут|выйдет|выходят|выходит) {STATE:from}` }),
  ru({ name: 'ru.member.joined-inverted', type: 'MEMBER_OF', dating: 'start',
    pattern: `(?:в|к) {ORG|INIT:to} (?:вступил${VERB_END}|вступят|вступит|присоединил${VERB_END}|присоединятся|присоединится|вернул${VERB_END}) {STATE:from}` }),
  // «членство в организации восстановил Узбекистан», «участником Договора … стал в 1992 году» (the subject before).
  ru({ name: 'ru.member.restored-inverted', type: 'MEMBER_OF', dating: 'start',
    pattern: `членство в {ORG|INIT:to}(?: ⟦DATE#\\d+⟧)? (?:восстановил${VERB_END}|возобновил${VERB_END}) {STATE:from}` }),
  ru({ name: 'ru.member.became-object-first', type: 'MEMBER_OF', dating: 'start',
    pattern: `{STATE:from}{ANY} (?:член|участник)${VERB_END} {ORG|INIT:to}(?: (?:в |с )?⟦DATE#\\d+⟧)? стал${VERB_END}` }),
  // «Премьер-министр Армении Никол Пашинян объявил о заморозке участия страны в ОДКБ»: the state of the leader who froze it.
  ru({ name: 'ru.member.frozen-by-leader', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen', toFallback: 'mainOrg',
    pattern: `(?:президент${VERB_END}|премьер-министр${VERB_END}|глав${VERB_END} (?:государства|правительства)) {STATE:from} ⟦(?:PERSON|NAME)#\\d+⟧{ANY} (?:объявил${VERB_END} о |заявил${VERB_END} о )?замороз${VERB_END} (?:сво${VERB_END} )?(?:участи${VERB_END}|членств${VERB_END})(?: (?:страны|республики|государства))?(?: в (?:деятельности |работе )?{ORG|INIT:to})?` }),
  // «В неё входят Белоруссия, Казахстан …», «В ОДКБ входят …»: the members, the organization first or as a pronoun.
  ru({ name: 'ru.member.consists-of', type: 'MEMBER_OF', dating: 'start', toFallback: 'mainOrg',
    pattern: `(?<![\\p{L}])в (?:не[её] |него |состав (?:не[её]|него) |состав |{ORG:to} )(?:сейчас |ныне |также |в настоящее время )?(?:входят|входит|входили|входило|входил) {STATE:from}` }),
  ru({ name: 'ru.member.remains', type: 'MEMBER_OF', dating: 'none',
    pattern: `{STATE:from},?{ANY} (?:остаётся|остается|оставалась|оставался|является|являлась|являлся|остающ${VERB_END}|являющ${VERB_END}) (?:(?:полноправн|формальн|официальн)\\p{L}+ )?член\\p{L}* {ORG:to}` }),
  // «Беларусь … остаётся одним из наиболее последовательных участников организации»: one of its members.
  ru({ name: 'ru.member.one-of', type: 'MEMBER_OF', dating: 'none', toFallback: 'mainOrg',
    pattern: `{STATE:from}{ANY} (?:остаётся|остается|оставалась|оставался|является|являлась|являлся) одн\\p{L}* из (?:[а-яё-]+ ){0,3}(?:участник|член|государств-член|государств-участник)\\p{L}* (?:{ORG:to}|(?:организации|блока|альянса)(?![\\p{L}]))` }),
  // «Армения входит в число государств, подписавших Договор о коллективной безопасности»: a signatory (a party when it ratified).
  ru({ name: 'ru.signed.among-signatories', type: 'SIGNED', dating: 'start',
    pattern: `{STATE:from} (?:входит|входила|входят|входили) в число (?:государств|стран)(?:-[а-яё]+)?,? подписавших {INIT:to}` }),
  ru({ name: 'ru.member.among-ratified', type: 'MEMBER_OF', dating: 'start',
    pattern: `{STATE:from} (?:входит|входила|входят|входили) в число (?:государств|стран)(?:-[а-яё]+)?,? ратифицировавших {INIT:to}` }),
  // «Армения, заморозившая участие, своих военных не направила, хотя формально остаётся членом ОДКБ»: the concessive clause's
  // own predicate has no negation (the other clause's «не» is not its own).
  ru({ name: 'ru.member.remains-though', type: 'MEMBER_OF', dating: 'none', toFallback: 'mainOrg', negates: true,
    pattern: `{STATE:from},{ANY}, (?:хотя|но|однако|а|тем не менее) (?:(?:формально|официально|юридически|по-прежнему|вс[её] ещё|вс[её] еще|де-юре|тем не менее) ){0,3}(?:остаётся|остается|является) (?:(?:полноправн|формальн|официальн)\\p{L}+ )?член\\p{L}*(?: {ORG:to}| (?:организации|блока|альянса)(?![\\p{L}]))?(?=[,;.]|$| и )` }),
  // «Армения, чьё членство в ОДКБ заморожено с 2024 года»: the state before «чьё».
  ru({ name: 'ru.member.whose-frozen', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen',
    pattern: `{STATE:from}, (?:чь[её]|чья) (?:членство|участие) в (?:деятельности |работе )?{ORG:to}(?: (?:было|остаётся|остается))? заморожен${VERB_END}` }),
  ru({ name: 'ru.member.whose-suspended', type: 'MEMBER_OF', dating: 'start', status: 'participation suspended',
    pattern: `{STATE:from}, (?:чь[её]|чья) (?:членство|участие) в (?:деятельности |работе )?{ORG:to}(?: (?:было|остаётся|остается))? приостановлен${VERB_END}` }),
  // «Республика является участником Договора … с 1992 года и членом ОДКБ с 2002 года»: each, with its start.
  ru({ name: 'ru.member.is-since', type: 'MEMBER_OF', dating: 'start',
    pattern: `{STATE:from},?{ANY} (?:является|являлась|являлся|остаётся|остается) (?:(?:полноправн|постоянн)\\p{L}+ )?(?:член|участник)${VERB_END} {ORG|INIT:to} (?:с |со )(?:момента [^.;]{0,60}?)?⟦DATE#\\d+⟧` }),
  ru({ name: 'ru.member.is-since-coordinated', type: 'MEMBER_OF', dating: 'start',
    pattern: `{STATE:from},?{ANY} (?:является|являлась|являлся|остаётся|остается) (?:[^.;]{1,80}? )?и (?:(?:полноправн|постоянн)\\p{L}+ )?(?:член|участник)${VERB_END} {ORG|INIT:to}` }),
  // «В ОДКБ сейчас шесть государств: Армения, …», «Члены ОДКБ: …»: a list after a colon.
  ru({ name: 'ru.member.colon-list', type: 'MEMBER_OF', dating: 'none',
    pattern: `(?:(?<![\\p{L}])(?:[Вв]|[Вв] состав) (?={ORG} (?:сейчас |ныне |также |по-прежнему )?(?:входят |входит |входили )?(?:[а-яё]+ )?(?:государств|стран))|(?:[Чч]лен${VERB_END}|[Гг]осударства[- —]+члены|[Сс]траны[- —]+члены|[Уу]частник${VERB_END}) ){ORG:to}(?: (?:сейчас |ныне |также |по-прежнему )?(?:входят |входит |входили )?(?:[а-яё]+ )?(?:государств|стран)${VERB_END}(?:[- —]+член${VERB_END})?)?: {STATE:from}` }),
  // «формально она остаётся её членом»: the organization named before in the sentence.
  ru({ name: 'ru.member.remains-pronoun', type: 'MEMBER_OF', dating: 'none', toFallback: 'lastOrg',
    pattern: `{STATE:from} (?:(?:по-прежнему|формально|официально) )?(?:остаётся|остается|оставалась|оставался|является) (?:е[её]|его) (?:(?:полноправн|формальн|официальн)\\p{L}+ )?член${VERB_END}` }),
  // «X продлевать своё участие не стали и из договора вышли»: the second verb, its subject before the first (whose «не» is not its own).
  ru({ name: 'ru.member.left-coordinated', type: 'MEMBER_OF', dating: 'end',
    pattern: `(?<=(?:^|[,;] |⟦DATE#\\d+⟧ )(?<from>⟦STATE#\\d+⟧(?:, ⟦STATE#\\d+⟧)*(?: и ⟦STATE#\\d+⟧)?) [^.;⟦]{1,60}) и из {ORG|INIT:to} (?:вышли|вышел|вышла)` }),
  ru({ name: 'ru.member.left-coordinated-verb-first', type: 'MEMBER_OF', dating: 'end',
    pattern: `(?<=(?:^|[,;] |⟦DATE#\\d+⟧ )(?<from>⟦STATE#\\d+⟧(?:, ⟦STATE#\\d+⟧)*(?: и ⟦STATE#\\d+⟧)?) [^.;⟦]{1,60}) и (?:вышли|вышел|вышла) из {ORG|INIT:to}` }),
  // «X не продлили участие в Договоре», «X отказались продлевать своё участие в нём»: a departure stated by a refusal to renew.
  ru({ name: 'ru.member.not-renewed', type: 'MEMBER_OF', dating: 'end', toFallback: 'priorHead', negates: true,
    pattern: `{STATE:from}{ANY} (?:не продлил${VERB_END}|не стал${VERB_END} продлевать|отказал${VERB_END}(?:сь|ся)? (?:продлевать|продлить)) (?:сво${VERB_END} )?(?:участие|членство) в (?:{ORG|INIT:to}|(?<pronoun>н[её]м|не[йм]))` }),
  ru({ name: 'ru.member.not-renewed-treaty', type: 'MEMBER_OF', dating: 'end', toFallback: 'priorHead', negates: true,
    pattern: `{STATE:from}{ANY} (?:не продлил${VERB_END}|не стал${VERB_END} продлевать|отказал${VERB_END}(?:сь|ся)? (?:продлевать|продлить)) (?:(?<head>договор)${VERB_END}|{INIT:to})` }),
  // «… когда отказались продлевать договор Азербайджан и Грузия», «Продлевать участие в нём отказались трое: X, Y и Z»: the verb first.
  ru({ name: 'ru.member.not-renewed-inverted', type: 'MEMBER_OF', dating: 'end', toFallback: 'priorHead', negates: true,
    pattern: `(?:отказал${VERB_END}(?:сь|ся)? (?:продлевать|продлить) (?:(?<head>договор)${VERB_END}|{INIT:to})|[Пп]родлевать (?:сво${VERB_END} )?участие в (?<pronoun>н[её]м|не[йм]) отказал${VERB_END}(?:сь|ся)?(?: (?:трое|двое|все трое))?:?) {STATE:from}` }),
  // «… отказались продлевать Договор и покинули его»: the organization or treaty named last before.
  ru({ name: 'ru.member.left-pronoun', type: 'MEMBER_OF', dating: 'end', toFallback: 'lastOrg',
    pattern: `{STATE:from}{ANY} (?:покинул${VERB_END}|вышл${VERB_END} из|вышел из|выйд[уе]т из) (?:него|не[её]|его|её|ее)(?![\\p{L}])` }),
  // No organization named («Узбекистан, приостановивший своё участие в 2012 году»): the article's, as in English.
  // A participation suspended is the organization's, not a treaty's the sentence names before («вышедший из договора …, приостановил членство»).
  ru({ name: 'ru.member.suspended', type: 'MEMBER_OF', dating: 'start', status: 'participation suspended', toFallback: 'mainOrg',
    pattern: `{STATE|NAME:from}${WITH_COMPANIONS} приостанов${VERB_END} (?:сво${VERB_END} )?(?:участи${VERB_END}|членств${VERB_END})(?: в (?:деятельности |работе )?{ORG|INIT:to})?` }),
  ru({ name: 'ru.member.frozen', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen', toFallback: 'mainOrg',
    pattern: `{STATE|NAME:from},?{ANY} замороз${VERB_END} (?:сво${VERB_END} )?(?:участи${VERB_END}|членств${VERB_END})(?: в (?:деятельности |работе )?{ORG|INIT:to})?` }),
  ru({ name: 'ru.observer', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: `{STATE|ORG|NAME:from},? (?:имеют|имеет|имеющ${VERB_END}|получил${VERB_END}|получивш${VERB_END}|получат|получит|обладают|обладает|обладающ${VERB_END}) статус${VERB_END} наблюдател${VERB_END} (?:при|в) {ORG:to}` }),
  // «Сербия, наблюдатель при Парламентской ассамблее ОДКБ с 2013 года, …».
  ru({ name: 'ru.observer.apposition', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: `{STATE|ORG:from}, (?:(?:постоянн|давн)\\p{L}+ )?наблюдател${VERB_END} (?:при|в) {ORG:to}` }),
  ru({ name: 'ru.observer.inverted', type: 'OBSERVER_OF', dating: 'start', status: 'observer', toFallback: 'priorHead',
    pattern: `статус${VERB_END} наблюдател${VERB_END} (?:при|в) ${OBSERVED}(?: (?:с |в )?⟦DATE#\\d+⟧)?(?: (?:по-прежнему|до сих пор|пока|также|уже))? (?:имеют|имеет|имел${VERB_END}|получил${VERB_END}|получат|получит|обладают|обладает|обладал${VERB_END}|сохраня${VERB_END}|сохранил${VERB_END}|сохранит) {STATE|ORG|NAME:from}` }),
  // «Наблюдателями при ПА ОДКБ являются …».
  ru({ name: 'ru.observer.are', type: 'OBSERVER_OF', dating: 'start', status: 'observer', toFallback: 'priorHead',
    pattern: `наблюдател${VERB_END} (?:при|в) ${OBSERVED}(?: (?:с |в )?⟦DATE#\\d+⟧)?(?: (?:по-прежнему|до сих пор|пока|также))? (?:являются|является|остаются|остаётся|остается|были|был|стали|стал${VERB_END}|числ${VERB_END}) (?:(?:лишь|только|также|по-прежнему|пока) )?{STATE|ORG|NAME:from}` }),
  // «А вот при ПА ОДКБ наблюдателями являются …»: the body first.
  ru({ name: 'ru.observer.at-first', type: 'OBSERVER_OF', dating: 'start', status: 'observer', toFallback: 'priorHead',
    pattern: `(?:^|[,;:] |[Аа] (?:вот )?)(?:[Пп]ри) ${OBSERVED} наблюдател${VERB_END}(?: (?:по-прежнему|до сих пор|пока|также))? (?:являются|является|остаются|остаётся|остается|были|был|стали|стал${VERB_END}|числ${VERB_END}) {STATE|ORG|NAME:from}` }),
  // «в качестве наблюдателя»: only at an organization, not at an exercise or a session.
  ru({ name: 'ru.observer.capacity', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: `{STATE|ORG|NAME:from}{ANY} в качестве наблюдател${VERB_END} (?:в (?:работе |деятельности )?|при |к работе )?{ORG:to}` }),
  ru({ name: 'ru.observer.capacity-after', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: `{STATE|ORG|NAME:from}{ANY} (?:участву${VERB_END}|участвовал${VERB_END}|принима${VERB_END} участие|принял${VERB_END} участие) в (?:работе |деятельности )?{ORG:to}(?: (?:с |в )?⟦DATE#\\d+⟧)? в качестве наблюдател${VERB_END}` }),
  ru({ name: 'ru.observer.capacity-inverted', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: `в качестве наблюдател${VERB_END} (?:в (?:работе |деятельности )?|при |к работе )?{ORG:to} (?:участву${VERB_END}|участвовал${VERB_END}|присоединил${VERB_END}|присоединятся|присоединится|подключил${VERB_END}) {STATE|ORG|NAME:from}` }),
  // Отглагольные существительные, только с датой: «выход Узбекистана из ОДКБ в 2012 году».
  ru({ name: 'ru.member.left-noun', type: 'MEMBER_OF', dating: 'end', toFallback: 'mainOrg',
    pattern: `(?<!(?:возможн|предполагаем|планируем|вероятн)${VERB_END} )(?:выход${VERB_END}) {STATE:from}(?: из {ORG|INIT:to})? (?:в )?⟦DATE#\\d+⟧` }),
  ru({ name: 'ru.member.joined-noun', type: 'MEMBER_OF', dating: 'start',
    pattern: `(?<!(?:возможн|предполагаем|планируем|вероятн)${VERB_END} )(?:вступлени${VERB_END}|присоединени${VERB_END}) {STATE:from} (?:в|к) {ORG|INIT:to} (?:в )?⟦DATE#\\d+⟧` }),

  // Председательство.
  ru({ name: 'ru.chair.passes-to', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg',
    pattern: `председательств${VERB_END}(?: в {ORG:to})?(?: (?:с |в |на )?⟦DATE#\\d+⟧)? (?:перейд[её]т|перешло|переходит|передано|будет передано) (?:к )?{STATE:from}` }),
  ru({ name: 'ru.chair.take-over', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg',
    pattern: `{STATE:from}{ANY} (?:примет|принял${VERB_END}|принявш${VERB_END}|принимающ${VERB_END}|принимает|получит|получил${VERB_END}|получивш${VERB_END}|возьм[её]т|взял${VERB_END}|взявш${VERB_END}) (?:на себя )?(?:эстафету )?председательств${VERB_END}(?: в {ORG:to})?` }),
  // «Таджикистан, принимающий эстафету в январе»: the baton, where this sentence or the one before speaks of the chairmanship.
  ru({ name: 'ru.chair.baton-taken', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg', context: /[Пп]редседательств/u,
    pattern: `{STATE:from}{ANY} (?:примет|принял${VERB_END}|принявш${VERB_END}|принимающ${VERB_END}|принимает|приняв) эстафету(?! председательств| у| от)` }),
  // «председательство Таджикистана, которое начнётся с 1 января».
  ru({ name: 'ru.chair.begins', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg',
    pattern: `председательств${VERB_END} {STATE:from}(?: в {ORG:to})?,? (?:котор${VERB_END} )?(?:начн[её]тся|начинается|началось|стартует|стартовало|начавш${VERB_END}|начинающ${VERB_END}|стартовавш${VERB_END})` }),
  // «таджикского председательства, которое начнётся в январе», «приоритеты российского председательства»: a state's adjective before it.
  ru({ name: 'ru.chair.adjective-begins', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg',
    pattern: `{STATE:from} председательств${VERB_END}(?: в {ORG:to})?,? (?:котор${VERB_END} )?(?:начн[её]тся|начинается|началось|стартует|стартовало|начавш${VERB_END}|начинающ${VERB_END}|стартовавш${VERB_END})` }),
  ru({ name: 'ru.chair.adjective', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg', inPassing: true,
    pattern: `(?<!(?:претенд|заявк|добива|хоч|стрем)\\p{L}* (?:на )?){STATE:from} председательств${VERB_END}(?: в {ORG:to})?(?!,? (?:котор${VERB_END} )?(?:начн|начина|начал|начав|старт|заверш|законч|истек))` }),
  // «Таджикистан, председательство которого в ОДКБ начнётся 1 января»: the state before the relative.
  ru({ name: 'ru.chair.whose-begins', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg',
    pattern: `{STATE:from},? председательств${VERB_END} котор${VERB_END}(?: в {ORG:to})? (?:начн[её]тся|начинается|началось|стартует|стартовало)` }),
  ru({ name: 'ru.chair.whose-ends', type: 'CHAIRS', dating: 'end', role: 'chair', toFallback: 'mainOrg',
    pattern: `{STATE:from},? председательств${VERB_END} котор${VERB_END}(?: в {ORG:to})? ${CHAIR_ENDS}` }),
  // «… где завершилось председательство Киргизии», «председательство Казахстана завершится 31 декабря»: the end of a chairmanship.
  ru({ name: 'ru.chair.ended', type: 'CHAIRS', dating: 'end', role: 'chair', toFallback: 'mainOrg',
    pattern: `${CHAIR_ENDS} председательств${VERB_END} {STATE:from}` }),
  ru({ name: 'ru.chair.ended-subject-first', type: 'CHAIRS', dating: 'end', role: 'chair', toFallback: 'mainOrg',
    pattern: `председательств${VERB_END} {STATE:from}(?: в {ORG:to})? ${CHAIR_ENDS}` }),
  // «в этом году председательствует Россия»: the verb before its subject.
  ru({ name: 'ru.chair.chairs-inverted', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `(?:^|[,;:] |— |⟦DATE#\\d+⟧ )(?:председательствует|председательствовал|председательствовала|будет председательствовать)(?: в {ORG:to})? {STATE:from}` }),
  // «Председательство в организации, которое Россия осуществляет с 1 января»: the state in the relative clause.
  ru({ name: 'ru.chair.relative', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `председательств${VERB_END}(?: в {ORG:to})?, (?:котор${VERB_END}) (?:(?:с|в) ⟦DATE#\\d+⟧ )?{STATE:from} (?:осуществля${VERB_END}|осуществил${VERB_END}|осуществит|будет осуществлять|принял${VERB_END}|примет|получил${VERB_END}|получит)` }),
  // «С 1 января его примет Таджикистан», «В 2024 году его осуществлял Казахстан»: «его» is the chairmanship named before.
  ru({ name: 'ru.chair.pronoun', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    context: /[Пп]редседательств/u,
    pattern: `(?:^|[,;] |⟦DATE#\\d+⟧ )(?:его|е[её]) (?:примет|принял${VERB_END}|получит|получил${VERB_END}|осуществля${VERB_END}|осуществил${VERB_END}|осуществит|будет осуществлять) {STATE:from}` }),
  // «председательствующей страной является Россия», «Россия является председательствующей страной».
  ru({ name: 'ru.chair.chairing-country', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `председательствующ${VERB_END}(?: в {ORG:to})? (?:стран|государств)${VERB_END} (?:является|являлась|являлся|была|был|будет|стала|стал|станет) {STATE:from}` }),
  ru({ name: 'ru.chair.chairing-country-subject-first', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `{STATE:from}{ANY} (?:является|являлась|являлся|была|был|будет|стала|стал|станет) председательствующ${VERB_END}(?: (?:стран|государств)${VERB_END})?(?: в {ORG:to})?` }),
  // «Эстафету председательства Россия приняла у Киргизии»: the object first.
  ru({ name: 'ru.chair.taken-from-object-first', type: 'CHAIRS', dating: 'none', role: 'chair', toFallback: 'mainOrg',
    pattern: `(?:[Ээ]стафету(?: председательства)?|[Пп]редседательство)(?: в {ORG:to})? ⟦STATE#\\d+⟧ (?:(?:уже|ранее) )?(?:принял${VERB_END}|приняла|примет|принимает) (?:⟦DATE#\\d+⟧ )?(?:у|от) {STATE:from}` }),
  // «его примет таджикская сторона, сменив Россию»: the state replaced held the chairmanship named.
  ru({ name: 'ru.chair.replaced', type: 'CHAIRS', dating: 'none', role: 'chair', toFallback: 'mainOrg',
    context: /[Пп]редседательств/u,
    pattern: `(?:сменив|сменившая|сменивший|сменит|сменила|сменил) (?:на этом посту )?{STATE:from}` }),
  // «председательство перейдёт от России к Таджикистану», «эстафету у Киргизии приняла Россия»: the one who hands over, then the one who takes.
  ru({ name: 'ru.chair.passes-from-to', type: 'CHAIRS', dating: 'end', role: 'chair', toFallback: 'mainOrg', handover: true,
    pattern: `председательств${VERB_END}(?: в {ORG:to})?(?: (?:с |в |на )?⟦DATE#\\d+⟧)? (?:перейд[её]т|перешло|переходит|передано|будет передано) от {STATE:from} к {STATE:next}` }),
  ru({ name: 'ru.chair.baton-from-inverted', type: 'CHAIRS', dating: 'end', role: 'chair', toFallback: 'mainOrg', handover: true,
    context: /[Пп]редседательств/u,
    pattern: `эстафету(?: председательства)?(?: в {ORG:to})? (?:у|от) {STATE:from} (?:(?:уже|ранее) )?(?:принял${VERB_END}|приняла|примет|принимает) {STATE:next}` }),
  // «Год спустя эстафету приняла Республика Казахстан»: the verb before its subject.
  ru({ name: 'ru.chair.baton-inverted', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg',
    context: /[Пп]редседательств/u,
    pattern: `(?:эстафету(?: председательства)?|председательство)(?: в {ORG:to})? (?:принял${VERB_END}|примет|принимает|получил${VERB_END}|получит) {STATE:from}` }),
  // «Таджикистан станет председателем ОДКБ»: a state as the chair of an organization.
  ru({ name: 'ru.chair.became-chair', type: 'CHAIRS', dating: 'start', role: 'chair',
    pattern: `{STATE:from}{ANY} (?:станет|стала|стал|становится) председателем (?:в )?{ORG:to}` }),
  // «С 1 января 2027 года председателем станет Таджикистан»: the predicate noun first, the organization the article's.
  ru({ name: 'ru.chair.chair-will-be-inverted', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg',
    pattern: `(?:^|[,;:] |⟦DATE#\\d+⟧ )председателем (?:(?:в )?{ORG:to} )?(?:станет|стала|стал|становится) {STATE:from}` }),
  // «итоги председательства России в ОДКБ в 2026 году», «в период председательства России в организации»: the state in the genitive
  // after a noun of its term or results (one discussed or planned may be a proposal or repeat its start); not «председательство России
  // в G20» (another body, unknown); its start or end
  // («председательство Казахстана в ОДКБ завершится …») the rules above read with the one date they give.
  ru({ name: 'ru.chair.of-state', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `(?<!\\p{L})(?:итог|период|врем|год)\\p{L}*(?: (?:на|в) период)? председательства {STATE:from} в (?:{ORG:to}|организации|блоке|альянсе)(?!\\p{L})(?!,? (?:котор\\p{L}* )?(?:(?:с |в )?⟦DATE#\\d+⟧ )?(?:начн|начина|начал|начав|старт|заверш|законч|истек|перейд|перешл|переход|передан|будет передан|осуществля))` }),
  // «когда председательствовать в ОДКБ будет Таджикистан».
  ru({ name: 'ru.chair.will-chair-inverted', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `председательствовать(?: в {ORG:to})? будет {STATE:from}` }),
  // «Душанбе, к которому с 1 января перейдёт председательство»: the state before the relative.
  ru({ name: 'ru.chair.passes-to-relative', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg',
    pattern: `{STATE:from},? к котор(?:ому|ой) (?:(?:с |в )?⟦DATE#\\d+⟧ )?(?:перейд[её]т|перешло|переходит|будет передано) председательство(?: в {ORG:to})?` }),
  // «приняла эстафету у Киргизии»: who chaired before; when, the sentence rarely says.
  ru({ name: 'ru.chair.taken-from', type: 'CHAIRS', dating: 'none', role: 'chair', toFallback: 'mainOrg',
    pattern: `(?:принял${VERB_END}|принявш${VERB_END}|принимает|примет|приняв) (?:эстафету(?: председательства)?|председательство|полномочия председателя)(?: в {ORG:to})? (?:у|от) {STATE:from}` }),
  // The state handed the chairmanship takes it: «передавшая затем председательство Кыргызстану».
  ru({ name: 'ru.chair.handed-to', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg',
    pattern: `(?:передал${VERB_END}|передавш${VERB_END}|передаст|переда[её]т|передав) (?:затем |ей |ему |им )?председательство(?: в {ORG:to})? {STATE:from}` }),
  // «председательство осуществляли Киргизия — в 2025 году, Казахстан — в 2024-м».
  ru({ name: 'ru.chair.exercised', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `председательств${VERB_END}(?: в {ORG:to})? (?:осуществлял${VERB_END}|осуществляет|осуществляют|осуществит|будет осуществлять|будут осуществлять) {STATE:from}` }),
  ru({ name: 'ru.chair.exercises', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `{STATE:from}{ANY} (?:осуществля${VERB_END}|осуществит|будет осуществлять) председательство(?: в {ORG:to})?` }),
  ru({ name: 'ru.chair.hand-over', type: 'CHAIRS', dating: 'end', role: 'chair', toFallback: 'mainOrg', handover: true,
    pattern: `{STATE:from}{ANY} (?:переда${VERB_END}|сдаст|сдал${VERB_END}) (?:затем |ей |ему |им )?председательство(?: в {ORG:to})?(?: {STATE:next})?` }),
  // «Киргизия, председательствовавшая в ОДКБ, передала эстафету России»: the baton passed to the state named after it (not
  // «Таджикистан, которому передаст эстафету Россия»: there the relative clause's subject follows the verb).
  ru({ name: 'ru.chair.baton', type: 'CHAIRS', dating: 'end', role: 'chair', toFallback: 'mainOrg', handover: true,
    pattern: `{STATE:from}(?:, (?!котор)[^,;.]{1,80},)? (?:переда${VERB_END}|сдаст|сдал${VERB_END}) (?:затем )?эстафету(?: председательства)?(?: в {ORG:to})? {STATE:next}` }),
  // A state at the head of the organization for a year is its rotating chair: «Россия, которая руководила организацией в 2026 году»,
  // «В 2025 году организацию возглавляла Киргизия, в 2026 году — Россия» (a date required: «Россия руководит блоком» is said of its weight).
  ru({ name: 'ru.chair.led-dated', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: `{STATE:from}{ANY} (?:возглавля\\p{L}*|возглавил\\p{L}*|возглавит|руководил\\p{L}*|руководит|будет руководить|в[её]л|вела|ведёт|ведет) {ORG:to} (?:в |во |с |на )?(?=⟦DATE#)` }),
  // «в 2026 году Россия возглавляет организацию»: the year first, then the state leading the organization that year.
  ru({ name: 'ru.chair.led-dated-first', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: `(?:^|[,;:] |— )(?:[Вв] |[Сс] )?⟦DATE#\\d+⟧ {STATE:from} (?:возглавля\\p{L}*|возглавил\\p{L}*|возглавит|руководил\\p{L}*|руководит|будет руководить) {ORG:to}` }),
  ru({ name: 'ru.chair.led-dated-inverted', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: `(?:^|[,;] )(?:[Вв] |[Сс] )?⟦DATE#\\d+⟧ {ORG:to} (?:возглавлял\\p{L}*|возглавит|возглавляет|руководил\\p{L}*|руководит|будет руководить) {STATE:from}` }),
  ru({ name: 'ru.chair.chairs', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: `{STATE|PERSON:from},? ${ADVERB}(?:председательствует|председательствовал${VERB_END}|будет председательствовать|председательствующ${VERB_END}|председательствовавш${VERB_END}) (?:в|на) {ORG|EVENT|MEET:to}` }),
  // The participle before its noun: «Председательствующая в ОДКБ в этом году Россия».
  ru({ name: 'ru.chair.chairing-attributive', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: `(?:председательствующ${VERB_END}|председательствовавш${VERB_END}) в {ORG:to}(?: (?:в |с )?⟦DATE#\\d+⟧)? {STATE:from}` }),
  ru({ name: 'ru.chair.under', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'meeting',
    pattern: `под председательством (?:{TITLE} (?:{STATE|ORG} )?{RANK})?{PERSON|STATE|NAME:from}` }),
  // «Встречу провёл секретарь Совета безопасности X»: the meeting first, the one who led it after the verb.
  // Where or when between the meeting and its verb («Сессию в Кремле провёл …»), and a chain of titles before the name
  // («председатель комиссии, первый вице-премьер России X»).
  ru({ name: 'ru.chair.led-meeting', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: `(?:^|[,;] )(?<to>(?:[^ ⟦⟧.,;"]+ )?(?:заседани|встреч|сесси|совещани|переговор|саммит|форум|конференци)\\p{L}*(?: ${BODY_MEETING}| ⟦ORG#\\d+⟧)?)${MEETING_SETTING} (?:провёл|провел|провела|провед[её]т|вёл|вел|вела|открыл|открыла) ${CHAIR_TITLES}{PERSON|NAME:from}` }),
  // «На московской сессии 11 ноября председательствовал Владимир Путин»: the meeting first, with its preposition, then the verb and who chaired it.
  ru({ name: 'ru.chair.at-meeting-chaired', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: `(?:^|[,;:] |— )(?:[Нн]а|[Вв]) (?<to>(?:[^ ⟦⟧.,;"]+ |⟦PLACE#\\d+⟧ )?(?:заседани|сесси|совещани|саммит|форум|конференци)\\p{L}*(?: ${BODY_MEETING}| ⟦ORG#\\d+⟧)?)${MEETING_SETTING} (?:председательствовал\\p{L}*|председательствует|будет председательствовать) ${CHAIR_TITLES}{PERSON|NAME:from}` }),
  // «Владимир Путин как председатель провёл саммит»: who led the meeting first, as its chairman.
  ru({ name: 'ru.chair.as-chairman-led', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: `{PERSON|NAME:from},? (?:как|в качестве) (?:председател|председательствующ)\\p{L}*(?: ⟦ORG#\\d+⟧)?,? (?:провёл|провел|провела|вёл|вел|вела|открыл|открыла) (?<to>(?:заседани|сесси|совещани|саммит|форум|конференци)\\p{L}*(?: ${BODY_MEETING}| ⟦ORG#\\d+⟧)?)` }),
  // «Его вёл министр обороны России X»: the pronoun for the meeting named before, then the verb and who led it.
  ru({ name: 'ru.chair.pronoun-led', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'priorMeeting',
    pattern: `(?:^|[,;:] |— )(?:[Ее]го|[Ее][её]) (?:провёл|провел|провела|вёл|вел|вела|открыл|открыла) ${CHAIR_TITLES}{PERSON|NAME:from}` }),
  // «…, а председательствовал на ней секретарь Совбеза Киргизии X»: the verb first, the meeting named or a pronoun for it.
  ru({ name: 'ru.chair.chaired-meeting-inverted', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'nearMeeting',
    pattern: `(?:^|[,;:] |— |\\s(?:а|и|но) )(?:председательствовал|председательствовала|председательствует|будет председательствовать) (?:на|в) (?:н[её]м|ней|{MEET:to}) (?:{TITLE} (?:{STATE|ORG} )?{RANK})?{PERSON|NAME:from}` }),
  // «На саммите в Москве, где председательствовал X»: the meeting before the relative adverb.
  ru({ name: 'ru.chair.where-chaired', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: `{MEET:to}(?: (?:в|во) ⟦(?:PLACE|STATE)#\\d+⟧)?(?: ⟦DATE#\\d+⟧)?,? где (?:председательствовал\\p{L}*|председательствует|будет председательствовать) (?:{TITLE} (?:{STATE|ORG} )?{RANK})?{PERSON|NAME:from}` }),
  // «Вёл её Владимир Путин», «Провёл заседание комитета X»: the verb first, the meeting named with its body, or a pronoun or a bare noun for the one named before.
  ru({ name: 'ru.chair.led-meeting-inverted', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'priorMeeting',
    pattern: `(?:^|[,;:] |— )(?:[Вв][её]л|[Вв]ела|[Пп]ров[её]л|[Пп]ровела|[Оо]ткрыл|[Оо]ткрыла) (?:(?<to>(?:заседани|встреч|сесси|совещани|саммит|форум|переговор)\\p{L}*(?: ${BODY_MEETING}| ⟦ORG#\\d+⟧))|(?:заседани|встреч|сесси|совещани|саммит|форум|переговор)\\p{L}*|е[её]|его|их) (?:{TITLE} (?:{STATE|ORG} )?{RANK})?{PERSON|NAME:from}` }),
  // Who chairs holds the title before the name: «под председательством Первого заместителя Председателя Правительства Российской Федерации Д.В. Мантурова».
  ru({ name: 'ru.post.under-chair', type: 'POST', dating: 'post',
    pattern: `под председательством {RUROLE} {STATE:to} {RANK}{PERSON|NAME:from}` }),

  // Должности.
  ru({ name: 'ru.post.appointed', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `{PERSON|NAME:from}{ANY} (?:назначен${VERB_END}|избран${VERB_END}|утвержд[её]н${VERB_END}) (?:на (?:пост|должность) )?{RUROLE}(?: {ORG|STATE:to})?` }),
  ru({ name: 'ru.post.appointed-inverted', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `{RUROLE}(?!\\p{L}| котор)(?: {ORG|STATE:to})?{ANY} (?:${APPOINTED}|стал${VERB_END}|станет|становится|является|являлся|являлась|остаётся|остается|был|была)(?! (?:бы|ли)(?![\\p{L}])) ${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  // «X является генеральным секретарём ОДКБ», «X стал генеральным секретарём ОДКБ 1 января 2026 года» (the day a start: POST_STARTS).
  ru({ name: 'ru.post.is', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `{PERSON|NAME:from},? (?:(?:по-прежнему|сейчас|ныне|теперь) )?(?:является|являлся|являлась|остаётся|остается|стал|стала) {RUROLE}(?: {ORG|STATE:to})?` }),
  // «X был генеральным секретарём ОДКБ с 2003 по 2016 год», «X будет генсеком»: the copula in the past or the future, the title in the instrumental.
  ru({ name: 'ru.post.was', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `{PERSON|NAME:from},? (?:(?:(?:в |с |со )?⟦DATE#\\d+⟧|уже|тогда|затем|позже) )?(?:был|была|будет) (?<role>генеральным секретар(?:ём|ем)|генсеком|председателем|начальником(?: объедин\\p{L}+ штаба)?|руководителем|постоянным представителем|заместителем генерального секретаря) {ORG|STATE:to}` }),
  // The participle before the name: «Занимавший пост генсека ОДКБ в 2017–2018 годах Юрий Хачатуров …».
  ru({ name: 'ru.post.held-participle-first', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `(?:^|[,;:] )(?:[Зз]анимавш|[Зз]анимающ|[Зз]анявш)${VERB_END} (?:(?:с |в |со )?⟦DATE#\\d+⟧ )?(?:пост|должность) {RUROLE}(?: {ORG|STATE:to})?(?: (?:в |с |со )?⟦DATE#\\d+⟧)? ${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  // «Объединённый штаб ОДКБ, начальником которого с 2022 года является X».
  ru({ name: 'ru.post.relative', type: 'POST', dating: 'post',
    pattern: `{ORG|STATE:to},? {RUROLE} котор${VERB_END}(?: (?:с |в )?⟦DATE#\\d+⟧)? (?:является|являлся|являлась|был|была|стал${VERB_END}|станет|назначен${VERB_END}|остаётся|остается) ${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  // «решение о назначении заместителем генерального секретаря ОДКБ представителя Киргизии X»: not «о возможном назначении».
  ru({ name: 'ru.post.appointment-noun', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `(?<!(?:возможн|предполагаем|планируем|вероятн)${VERB_END} )назначени${VERB_END} (?:на (?:пост|должность) )?{RUROLE}(?: {ORG|STATE:to})? ${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  // «Назначение Таалатбека Масадыкова генеральным секретарём», «переизбрание X председателем»: the person before the title.
  ru({ name: 'ru.post.appointment-noun-person-first', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `(?<!(?:возможн|предполагаем|планируем|вероятн|предложени\\p{L}* о|предлож)${VERB_END} )(?:[Нн]азначени|[Пп]ереназначени|[Ии]збрани|[Пп]ереизбрани|[Уу]тверждени)${VERB_END} ${DESCRIBED}{RANK}{PERSON|NAME:from} (?:на (?:пост|должность) )?{RUROLE}(?: {ORG|STATE:to})?` }),
  // «одобрили кандидатуру X на пост генерального секретаря»: a candidacy approved, not one put forward.
  ru({ name: 'ru.post.candidacy-approved', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `(?:одобрил${VERB_END}|поддержал${VERB_END}|утвердил${VERB_END}|согласовал${VERB_END}) кандидатуру ${DESCRIBED}{RANK}{PERSON|NAME:from} на (?:пост|должность) {RUROLE}(?: {ORG|STATE:to})?` }),
  // «Его предшественником был X», «Его предшественник — X» («Его» the person named last): X held the post before him, the title named last.
  ru({ name: 'ru.succeeded.predecessor', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: `{PERSON:to} предшественник${VERB_END}(?: на (?:этом )?посту)? (?:был${VERB_END} |являл${VERB_END} |стал${VERB_END} |— )${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  // «До него этот пост занимал X», «До неё Секретариат возглавлял X»: the one before him in the post (the title named, or the one named last).
  ru({ name: 'ru.succeeded.before-him', type: 'SUCCEEDED_BY', dating: 'none', impliesPosts: true,
    pattern: `(?:^|[,;] )[Дд]о {PERSON:to},? (?:(?:этот|эту|тот же|ту же) )?(?:(?:пост|должность)(?: {TITLE})?(?: ⟦ORG#\\d+⟧)?|⟦ORG#\\d+⟧) (?:занимал${VERB_END}|возглавлял${VERB_END}|руководил${VERB_END}|исполнял${VERB_END}) ${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  // «пост занимал белорус X, а дольше всех — с 2003 по 2016 год — Y»: the verb and the post left out before the second holder.
  ru({ name: 'ru.post.taken-gapped', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `(?:пост|должность) {RUROLE}(?: {ORG|STATE:to})?{ANY} (?:занял${VERB_END}|занимал${VERB_END}|возглавлял${VERB_END}) ${DESCRIBED}{RANK}⟦(?:PERSON|NAME)#\\d+⟧, а (?:[^,;.⟦—]{1,30} )?— (?:⟦DATE#\\d+⟧ — )?${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  // «Его сменил X», «сменив на этом посту X»: the post named last is the successor's, and was the predecessor's.
  ru({ name: 'ru.post.succeeded-new', type: 'POST', dating: 'start', toFallback: 'mainOrg', roleFallback: true,
    context: SUCCEEDED_HIM,
    pattern: `(?:^|[,;] |⟦DATE#\\d+⟧ )(?:на (?:этом )?посту )?(?:⟦PERSON#\\d+⟧|его|е[её]) (?:на (?:этом )?посту )?(?:сменил${VERB_END}|заменил${VERB_END}) ${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  ru({ name: 'ru.post.succeeded-old', type: 'POST', dating: 'handover', toFallback: 'mainOrg', roleFallback: true,
    pattern: `(?:сменив|сменивш${VERB_END}|заменив|заменивш${VERB_END}|сменил${VERB_END}|сменит|заменил${VERB_END}|заменит) на (?:(?:этом )?посту|н[её]м) ${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  // «пост генерального секретаря ОДКБ занял X», «X занял пост …».
  ru({ name: 'ru.post.taken', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `(?:пост|должность) {RUROLE}(?: {ORG|STATE:to})?{ANY} (?:занял${VERB_END}|займ[её]т|занимает|занимал${VERB_END}) ${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  // «пока … пост не занял X», «С 1 января этот пост занимает X», «Ранее эту должность занимал X»: the post named last before (a
  // fronted adverb of time leaves the clause inverted, the holder after the verb).
  ru({ name: 'ru.post.taken-bare', type: 'POST', dating: 'start', toFallback: 'mainOrg', roleFallback: true,
    pattern: `(?:^|[,;] |пока |⟦DATE#\\d+⟧ )(?:(?:в|за) (?:последние|прошлые|разные|те) (?:годы|годах|времена) |${EARLIER_RU} )?(?:этот |его |её |эту )?(?:пост|должность) (?:не )?(?:занял${VERB_END}|займ[её]т|занимает|занимал${VERB_END}) ${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  ru({ name: 'ru.post.taken-person-first', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `{PERSON|NAME:from}{ANY} (?:занял${VERB_END}|займ[её]т|занимает|занимал${VERB_END}|занявш${VERB_END}|занимавш${VERB_END}|занимающ${VERB_END}|(?:вступил${VERB_END}|вступит|вступает|вступивш${VERB_END}) в) (?:пост|должность) {RUROLE}(?: {ORG|STATE:to})?` }),
  // «Имангали Тасмагамбетова, занимавшего этот пост с 2023 года»: the post named last before.
  ru({ name: 'ru.post.held-this-post', type: 'POST', dating: 'post', toFallback: 'mainOrg', roleFallback: true,
    pattern: `{PERSON|NAME:from},? (?:котор${VERB_END} )?(?:занимавш${VERB_END}|занимающ${VERB_END}|занимал${VERB_END}|занимает) (?:(?:с |в |со )?⟦DATE#\\d+⟧ )?(?:этот|данный|тот же|эту|данную|ту же) (?:пост|должность)` }),
  // «обязанности генерального секретаря исполнял X», «X исполнял обязанности генсека».
  ru({ name: 'ru.post.acting', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `{RUACTING}(?: {ORG|STATE:to})?{ANY} (?:временно )?(?:исполнял${VERB_END}|исполняет|исполнит|будет исполнять|исполнявш${VERB_END}) (?:его |её |ее )?${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  ru({ name: 'ru.post.acting-person-first', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `{PERSON|NAME:from}{ANY} (?:временно )?(?:исполнял${VERB_END}|исполняет|исполнит|будет исполнять|исполнявш${VERB_END}|исполняющ${VERB_END}) {RUACTING}(?: {ORG|STATE:to})?` }),
  // Dated nominalisations of a post's end: «после отзыва в ноябре 2018 года генсека X», «отставка премьер-министра X в 2018 году».
  ru({ name: 'ru.post.ended-noun', type: 'POST', dating: 'end', toFallback: 'mainOrg',
    pattern: `(?<!(?:возможн|предполагаем|планируем|вероятн)${VERB_END} )(?:отзыв${VERB_END}|отставк${VERB_END}|освобождени${VERB_END}(?: от должности)?|увольнени${VERB_END}|ухода) (?:в )?⟦DATE#\\d+⟧ {RUROLE}(?: {ORG|STATE:to})? {RANK}{PERSON|NAME:from}` }),
  ru({ name: 'ru.post.ended-noun-date-after', type: 'POST', dating: 'end', toFallback: 'mainOrg',
    pattern: `(?<!(?:возможн|предполагаем|планируем|вероятн)${VERB_END} )(?:отзыв${VERB_END}|отставк${VERB_END}|освобождени${VERB_END}(?: от должности)?|увольнени${VERB_END}|ухода) {RUROLE}(?: {ORG|STATE:to})? {RANK}{PERSON|NAME:from} (?:в )?⟦DATE#\\d+⟧` }),
  // «Сергей Лавров, глава МИД России, …», «X, министр обороны Белоруссии, …»; a speaker's label before his words in a script or a
  // transcript («X, министр обороны Республики Беларусь: „…“»).
  ru({ name: 'ru.post.apposition', type: 'POST', dating: 'post',
    pattern: `{PERSON|NAME:from}, (?:(?:ныне|сейчас|теперь|уже) )?(?:(?:нынешн|действующ)\\p{L}* )?{RUROLE} {ORG|STATE:to}(?=[,;.)]| —|$|: [«"„])` }),
  // «Совет назначил X генеральным секретарём ОДКБ».
  ru({ name: 'ru.post.appointed-active', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `(?<!не )(?:назначил${VERB_END}|назначит|избрал${VERB_END}|изберут|изберёт|утвердил${VERB_END}) {PERSON|NAME:from} (?:на (?:пост|должность) )?{RUROLE}(?: {ORG|STATE:to})?` }),
  // «постоянный представитель России при ОДКБ X»: the body a representative is accredited to between the state and the name.
  ru({ name: 'ru.post.title', type: 'POST', dating: 'post',
    pattern: `(?<!(?:бывш\\p{L}*|экс|прежн\\p{L}*|тогдашн\\p{L}*)[ -]){RUROLE} {ORG|STATE:to}(?: при ⟦ORG#\\d+⟧| ⟦ORG#\\d+⟧)? {RANK}{PERSON|NAME:from}` }),
  // Two titles in a row before the name, the second in apposition: «Председатель СКБ ОДКБ, президент Киргизии X, открыл …», «Заседание провёл
  // председатель комиссии, вице-премьер X.» (at a clause's start or after its verb, not inside a longer title; not «…, а также начальник штаба X»: a list).
  ru({ name: 'ru.post.title-chain', type: 'POST', dating: 'post',
    pattern: `(?:^|[,;:] |— |(?<=(?:^|[ ,])[а-яё]+(?:л|ла|ли|ет|ит|ют|ят|[её]т) )){RUROLE} {ORG:to}, (?:(?!(?:а|и|также|или)[ ,])[а-яё-]+ ){1,3}(?:⟦(?:STATE|ORG)#\\d+⟧ )?${DESCRIBED}{RANK}{PERSON|NAME:from}(?=[,.;]| —|$)` }),
  // «секретарь Совета безопасности республики X»: the state the sentence (or the one before) names, where coreference gave none.
  ru({ name: 'ru.post.title-of-the-country', type: 'POST', dating: 'post', toFallback: 'onlyState',
    pattern: `{RUROLE} (?:республики|страны) {RANK}{PERSON|NAME:from}` }),
  // «премьер Никол Пашинян»: the short «премьер» as well; «Делегацию Киргизии возглавлял глава МИД X»: the short head of a ministry.
  ru({ name: 'ru.post.bare-title', type: 'POST', dating: 'post', toFallback: 'onlyState',
    pattern: `(?<!(?:вице|бывший|бывшего|экс|первый|первого|⟧)[ -])(?<![а-яА-ЯёЁ-])(?<role>президент(?:а|у|ом|е)?|премьер(?:-министр)?(?:а|у|ом|е)?|министр(?:а|у|ом|е)? иностранных дел|министр(?:а|у|ом|е)? обороны|глав(?:а|ы|е|у|ой) (?:МИД|Минобороны)) {RANK}{PERSON|NAME:from}` }),
  // «Генсек Таалатбек Масадыков», «новый генеральный секретарь X» with no organization named: the article's organization's post.
  ru({ name: 'ru.post.bare-org-title', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `(?<!(?:бывш\\p{L}*|экс|прежн\\p{L}*|заместител\\p{L}*|помощник\\p{L}*|советник\\p{L}*|⟧)[ -])(?<![а-яА-ЯёЁ-])(?<role>генеральн\\p{L}* секретар\\p{L}*|генсек\\p{L}*) {RANK}{PERSON|NAME:from}` }),
  // «X, нынешний генеральный секретарь, …»: the title in apposition after the name, no organization named: the article's.
  ru({ name: 'ru.post.bare-org-apposition', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `{PERSON|NAME:from}, (?:(?:нынешн|нов|действующ|тогдашн|перв|бывш)\\p{L}* )?(?<role>генеральн\\p{L}* секретар\\p{L}*|генсек\\p{L}*)(?=[,.;]|$| (?:с|в|до|по)(?![\\p{L}]))` }),
  // «X, представитель Казахстана, руководил секретариатом», «Володина, возглавляющего Парламентскую ассамблею»: an apposition of a
  // few words, or the participle's own comma, between the name and the verb.
  ru({ name: 'ru.heads', type: 'HEADS', dating: 'post',
    pattern: `{PERSON|NAME:from}(?:,? (?:который|которая)|, (?:[а-яё-]+ ){0,2}[а-яё-]+(?: ⟦STATE#\\d+⟧)?,|,(?= (?:возглавляющ|возглавлявш|руководящ|руководивш)))?(?: (?:с |в |со )?⟦DATE#\\d+⟧)?(?:,? (?:ныне|сейчас|теперь|в настоящее время|по-прежнему))? (?:возглавляет|возглавлял${VERB_END}|возглавил${VERB_END}|возглавит|руководит|руководил${VERB_END}|возглавлявш${VERB_END}|возглавляющ${VERB_END}|руководивш${VERB_END}|руководящ${VERB_END}) {ORG:to}` }),
  // «Возглавляемая Денисом Мантуровым МКВЭС», «руководимый X штаб»: the passive participle before the body, its agent in the instrumental.
  ru({ name: 'ru.heads.participle-first', type: 'HEADS', dating: 'post',
    pattern: `(?:[Вв]озглавляем|[Рр]уководим)${VERB_END} (?:(?:с |со )?⟦DATE#\\d+⟧ )?${DESCRIBED}{RANK}{PERSON|NAME:from} {ORG:to}` }),
  // «Во главе Объединённого штаба стоит генерал X», «X встал во главе Секретариата».
  ru({ name: 'ru.heads.at-the-head', type: 'HEADS', dating: 'post',
    pattern: `[Вв]о главе {ORG:to}(?: (?:с |со |в )?⟦DATE#\\d+⟧)? (?:стоит|стоял${VERB_END}|встал${VERB_END}|встанет|находится|находил${VERB_END}|оказал${VERB_END}) ${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  ru({ name: 'ru.heads.at-the-head-person-first', type: 'HEADS', dating: 'post',
    pattern: `{PERSON|NAME:from},? (?:(?:с |со |в )?⟦DATE#\\d+⟧ )?(?:стоит|стоял${VERB_END}|встал${VERB_END}|встанет|стоящ${VERB_END}|стоявш${VERB_END}|вставш${VERB_END}) во главе {ORG:to}` }),
  // «Штаб возглавляет генерал X», «Его возглавляет генеральный секретарь X»: a title may stand before the name.
  ru({ name: 'ru.heads.inverted', type: 'HEADS', dating: 'post',
    pattern: `${CLAUSE_START}{ORG:to} (?:возглавляет|возглавлял${VERB_END}|возглавил${VERB_END}|возглавит|руководит|руководил${VERB_END}) ${DESCRIBED}(?:{TITLE} )?{RANK}{PERSON|NAME:from}` }),
  // «Руководил им начальник штаба X»: the verb first, the body a pronoun after it.
  ru({ name: 'ru.heads.verb-first', type: 'HEADS', dating: 'post',
    pattern: `(?:^|[,;:] |⟦DATE#\\d+⟧ )(?:[Рр]уководил${VERB_END}|[Рр]уководит) {ORG:to} ${DESCRIBED}(?:{TITLE} (?:[а-яё]+ ){0,2})?{RANK}{PERSON|NAME:from}` }),
  // «Масадыков — генеральный секретарь ОДКБ»: a dash for the copula, the title and its body after it (not «бывший»).
  ru({ name: 'ru.post.dash-copula', type: 'POST', dating: 'post',
    pattern: `{PERSON|NAME:from} — (?:(?:нынешн|действующ|нов)\\p{L}* )?{RUROLE} {ORG|STATE:to}(?=[,;.)]| —|$)` }),
  // «Генеральный секретарь ОДКБ с 1 января 2026 года — X (Киргизия)», «С 1 января генсек ОДКБ — X»: the title first, its body named,
  // the dash for the copula (a reference card's or an interview's answer); the title at the clause's start, not «бывший генсек — X».
  ru({ name: 'ru.post.title-dash', type: 'POST', dating: 'post',
    pattern: `(?:(?:^|[?!] )(?:— )?|[,;:] |⟦DATE#\\d+⟧ )${NOW}{RUROLE} {ORG|STATE:to}(?: (?:с |со |в )?⟦DATE#\\d+⟧)? — ${DESCRIBED}{RANK}{PERSON|NAME:from}(?= (?:из|от) ⟦STATE#\\d+⟧| \\(⟦STATE#\\d+⟧\\)|[,;.]|$)` }),
  // «Генеральный секретарь — X из Кыргызстана»: the organization's one title with none named, the article's.
  ru({ name: 'ru.post.bare-org-title-dash', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `(?:(?:^|[?!] )(?:— )?|[,;:] |⟦DATE#\\d+⟧ )${NOW}(?<role>генеральн\\p{L}* секретар\\p{L}*|генсек\\p{L}*)(?: (?:с |со |в )?⟦DATE#\\d+⟧)? — ${DESCRIBED}{RANK}{PERSON|NAME:from}(?= (?:из|от) ⟦STATE#\\d+⟧| \\(⟦STATE#\\d+⟧\\)|[,;.]|$)` }),
  // «Председатель Совета коллективной безопасности — президент России Владимир Путин»: the title and its body, a dash, the name.
  ru({ name: 'ru.post.title-dash-titled', type: 'POST', dating: 'post',
    pattern: `(?:^|[,;:] ){RUROLE} {ORG:to}(?: (?:с |со )?⟦DATE#\\d+⟧)? — (?:{TITLE} (?:⟦(?:STATE|ORG)#\\d+⟧ )?)?{RANK}{PERSON|NAME:from}(?=[,;.)]| \\(|$)` }),
  // «Его начальник — генерал X»: the body (a pronoun, or named) owns the title, the name after a dash.
  ru({ name: 'ru.post.owner-title-dash', type: 'POST', dating: 'post',
    pattern: `(?:^|[,;:] ){ORG:to} {RUROLE} — ${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  // The post named beside a succession, which both people held: «X на посту генсека ОДКБ сменил Y», «X сменит Y на посту генсека»,
  // «На посту генсека X сменил Y». Who succeeded whom is the names' case (objectNamedFirst in facts.ts), the order only where no case tells.
  ru({ name: 'ru.succeeded.post-between', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: `{PERSON|NAME:to} на (?:этом )?посту {RUROLE}(?: ⟦ORG#\\d+⟧)? (?:сменил${VERB_END}|заменил${VERB_END}|сменит|заменит) ${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  ru({ name: 'ru.succeeded.post-after', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: `{PERSON|NAME:to} (?:сменил${VERB_END}|заменил${VERB_END}|сменит|заменит) ${DESCRIBED}{RANK}{PERSON|NAME:from} на (?:этом )?посту {RUROLE}` }),
  ru({ name: 'ru.succeeded.post-first', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: `(?:^|[,;] |⟦DATE#\\d+⟧ )[Нн]а посту {RUROLE}(?: ⟦ORG#\\d+⟧)? ${DESCRIBED}{RANK}{PERSON|NAME:from} (?:сменил${VERB_END}|заменил${VERB_END}|сменит|заменит) ${DESCRIBED}{RANK}{PERSON|NAME:to}` }),
  // The participle before both names: «Сменивший Николая Бордюжу Юрий Хачатуров …» (the object first, the successor the participle's noun).
  ru({ name: 'ru.succeeded.participle-first', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: `(?:^|[,;:] )(?:[Сс]менивш|[Зз]аменивш)${VERB_END}(?: (?:в|во|с) ⟦DATE#\\d+⟧)?(?: на (?:этом )?посту(?: {RUROLE}(?: ⟦ORG#\\d+⟧)?)?)? ${DESCRIBED}{RANK}{PERSON:from}(?: (?:в|во|с) ⟦DATE#\\d+⟧)? ${DESCRIBED}{RANK}{PERSON|NAME:to}` }),
  // A hand-over between two people: «X передал полномочия генерального секретаря Y», «X передаст дела Y».
  ru({ name: 'ru.succeeded.handed-over', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: `{PERSON|NAME:from}{ANYDESC} (?:передал${VERB_END}|переда[её]т|передаст) (?:сво${VERB_END} )?(?:полномочия|пост|должность|дела|обязанности)(?: {RUROLE}(?: ⟦ORG#\\d+⟧)?)? ${DESCRIBED}{RANK}{PERSON|NAME:to}` }),
  // «После ухода X пост генерального секретаря занял Y»: the one who left held the post the next one took.
  ru({ name: 'ru.succeeded.after-leaving', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: `[Пп]осле (?:ухода|отставки|отзыва|смерти|гибели) ${DESCRIBED}{RANK}{PERSON|NAME:from}(?: (?:в |с )?⟦DATE#\\d+⟧)?,? (?:(?:его|её) )?(?:пост|должность) {RUROLE}(?: ⟦ORG#\\d+⟧)? (?:занял${VERB_END}|займ[её]т|получил${VERB_END}) ${DESCRIBED}{RANK}{PERSON|NAME:to}` }),

  // «Его сменил X»: the pronoun is the predecessor (an object before the verb).
  ru({ name: 'ru.succeeded.pronoun-object', type: 'SUCCEEDED_BY', dating: 'start',
    context: SUCCEEDED_HIM,
    pattern: `(?:^|[,;] (?:пока )?|⟦DATE#\\d+⟧ )(?:на (?:этом )?посту )?{PERSON:from} (?:не )?(?:на (?:этом )?посту )?(?:сменил${VERB_END}|заменил${VERB_END}) ${DESCRIBED}{RANK}{PERSON|NAME:to}` }),
  ru({ name: 'ru.succeeded', type: 'SUCCEEDED_BY', dating: 'start', unless: SUCCEEDED_HIM,
    pattern: `{PERSON|NAME:to}{ANYDESC} (?:сменит|сменил${VERB_END}|сменяет|заменит|заменил${VERB_END}|сменив|заменив|сменивш${VERB_END}|заменивш${VERB_END}|(?:пришёл|пришел|пришла|придёт|придет|пришедш${VERB_END}|приходит) на смену)(?: (?:в|во|с) ⟦DATE#\\d+⟧)?(?: на (?:(?:этом )?посту(?: [^ ⟦⟧.]+){0,3}|(?:этой |той же )?должности|н[её]м))? ${DESCRIBED}{RANK}{PERSON|NAME:from}` }),

  // «Он стал преемником X», «Преемником X на этом посту стал Y».
  ru({ name: 'ru.succeeded.successor-of', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: `{PERSON|NAME:to}{ANY} (?:стал${VERB_END}|станет|является|являлся|был) преемник${VERB_END} ${DESCRIBED}{RANK}{PERSON|NAME:from}` }),
  ru({ name: 'ru.succeeded.successor-inverted', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: `преемник${VERB_END} ${DESCRIBED}{RANK}{PERSON|NAME:from}(?: на (?:этом )?посту| на (?:посту|должности) [^⟦.;,]{3,60}?(?: ⟦ORG#\\d+⟧)?)?(?:,? (?:⟦DATE#\\d+⟧|в итоге|таким образом),?)? (?:стал${VERB_END}|станет|является|был${VERB_END}) ${DESCRIBED}{RANK}{PERSON|NAME:to}` }),

  // «Штаб-квартира организации находится в Москве», «ОДКБ со штаб-квартирой в Москве».
  ru({ name: 'ru.headquarters', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `штаб-квартир${VERB_END} {ORG:from}(?:, [^.;]{1,100}?,)? (?:находится|расположена|размещается|располагается) (?:в|во) {PLACE:to}` }),
  // «В 2001 году в Бишкеке был размещён штаб Коллективных сил …».
  ru({ name: 'ru.headquarters.place-first', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `(?:в|во) {PLACE:to} (?:был${VERB_END} |будет |будут )?(?:размещ[её]н${VERB_END}|расположен${VERB_END}|находится|находятся|разместил(?:ся|ась|ись)|располагается|располагаются) (?:штаб-квартир${VERB_END}|штаб|секретариат${VERB_END}) {ORG:from}` }),
  // «Санкт-Петербург, где расположена штаб-квартира ПА ОДКБ»: the place first, the relative «где» after it.
  ru({ name: 'ru.headquarters.where', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{PLACE:to},? где (?:расположен${VERB_END}|находит${VERB_END}|размещ[её]н${VERB_END}|размещает${VERB_END}) (?:е[её] |его |сво${VERB_END} )?(?:штаб-квартир|секретариат)${VERB_END} {ORG:from}` }),
  // «Секретариат и Объединённый штаб, расположенные в Москве»: a participle after the bodies.
  ru({ name: 'ru.headquarters.participle', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from},? (?:расположенн${VERB_END}|находящ${VERB_END}|размещённ${VERB_END}|размещенн${VERB_END}|базирующ${VERB_END}) (?:в|во) {PLACE:to}` }),
  // «Ассамблея провела сессию в Санкт-Петербурге, где находится её штаб-квартира».
  ru({ name: 'ru.headquarters.where-its', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from}(?:[^.;⟦]|⟦DATE#\\d+⟧){1,80}? (?:в|во) {PLACE:to},? где (?:находится|расположена|размещается|располагается) (?:е[её]|его) штаб-квартира` }),
  // «Ассамблея, штаб-квартира которой находится в Санкт-Петербурге»: the relative «которой» after the seat's noun.
  ru({ name: 'ru.headquarters.whose', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from},? (?:штаб-квартир|штаб|секретариат)${VERB_END} (?:котор${VERB_END}|е[её]|его) (?:находится|расположен${VERB_END}|размещ[её]н${VERB_END}|размещается|располагается|базируется) (?:в|во) {PLACE:to}` }),
  // The participle before the body: «Базирующийся в Москве Объединённый штаб», «расположенный в Бишкеке штаб КСБР».
  ru({ name: 'ru.headquarters.participle-first', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `(?:[Бб]азирующ|[Рр]асположенн|[Дд]ислоцированн|[Дд]ислоцирующ|[Рр]азмещ[её]нн)${VERB_END} (?:в|во) {PLACE:to} (?:штаб )?{ORG:from}` }),
  ru({ name: 'ru.headquarters.with', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from},? (?:со|с) штаб-квартир${VERB_END} (?:в|во) {PLACE:to}` }),

  // Органы организации: «Высшим органом ОДКБ является СКБ», «Постоянно действующими органами являются X и Y», «X — высший орган ОДКБ».
  ru({ name: 'ru.part-of.organ-is', type: 'PART_OF', dating: 'none', toFallback: 'mainOrg',
    pattern: `(?:[Вв]ысш${VERB_END}|[Пп]остоянно действующ${VERB_END}|[Рр]абоч${VERB_END}|[Кк]онсультативн${VERB_END}|[Ии]сполнительн${VERB_END}|[Уу]ставн${VERB_END}|[Кк]оординационн${VERB_END}|[Гг]лавн${VERB_END}) орган${VERB_END}(?: {ORG:to})? (?:является|являются|выступает|выступают|остаётся|остается|—|–) {ORG:from}` }),
  ru({ name: 'ru.part-of.dash', type: 'PART_OF', dating: 'none', toFallback: 'mainOrg',
    pattern: `{ORG:from}(?: \\([^)]{1,20}\\))? — (?:[а-яё]+(?:ый|ий|ой|ое|ая) (?:и |, ))?(?:высш${VERB_END}|постоянно действующ${VERB_END}|рабоч${VERB_END}|исполнительн${VERB_END}|уставн${VERB_END}|консультативн${VERB_END}|координационн${VERB_END}|главн${VERB_END}) орган(?! [^ ]+ (?:власти|государств))(?: {ORG:to})?` }),
  // «В распоряжении организации находятся КСОР, КМС и КСБР»: the forces at its disposal are its.
  ru({ name: 'ru.part-of.at-disposal', type: 'PART_OF', dating: 'none', toFallback: 'mainOrg',
    pattern: `[Вв] распоряжении (?:{ORG:to}|организации|блока|альянса) (?:наход${VERB_END}|име${VERB_END}ся) {ORG:from}` }),

  // Программы.
  ru({ name: 'ru.administers', type: 'ADMINISTERS', dating: 'none',
    pattern: `{ORG|STATE:from} (?:управляет|администрирует|курирует|реализует|отвечает за реализацию) {INIT:to}` }),
  // «Межгосударственной программы …, администрирование которой осуществляет МКВЭС».
  ru({ name: 'ru.administers.relative', type: 'ADMINISTERS', dating: 'none',
    pattern: `{INIT:to},? (?:администрирование|управление|реализацию) (?:котор${VERB_END}|е[её]|его) (?:осуществля${VERB_END}|осуществит|вед[её]т|обеспечива${VERB_END}) {ORG|STATE:from}` }),
  // «программы, координацию которой осуществляет Секретариат»: the relative clause after the programme.
  ru({ name: 'ru.coordinates.relative', type: 'COORDINATES', dating: 'none',
    pattern: `{INIT:to}(?: [^ ⟦⟧.,;]+){0,3}?,? координаци${VERB_END} (?:котор${VERB_END}|е[её]|его) (?:осуществля${VERB_END}|осуществит|вед[её]т|обеспечива${VERB_END}) {ORG|STATE:from}` }),
  ru({ name: 'ru.coordinates.object-first', type: 'COORDINATES', dating: 'none',
    pattern: `(?<to>(?:[\\p{L}-]+ ){0,2}(?:этап\\p{L}*|программ\\p{L}*|проект\\p{L}*|учени\\p{L}*))(?: "?⟦INIT#\\d+⟧"?)?(?:,? [^.;⟦]{0,80}?,)? (?:координирует|координировал${VERB_END}|будет координировать) {STATE|ORG:from}` }),
  ru({ name: 'ru.coordinates', type: 'COORDINATES', dating: 'none',
    pattern: `{STATE|ORG|PERSON:from}(?:,? котор${VERB_END})? (?:координирует|координировал${VERB_END}|будет координировать) (?<to>⟦(?:INIT|EVENT)#\\d+⟧|(?:[\\p{L}-]+ ){0,2}(?:этап\\p{L}*|программ\\p{L}*|работ\\p{L}*|проект\\p{L}*|учени\\p{L}*))` }),

  ru({ name: 'ru.coordinates.noun', type: 'COORDINATES', dating: 'none', toFallback: 'previousInit',
    pattern: `координаци${VERB_END} (?:(?:е[её]|его|их) (?:реализаци${VERB_END}|выполнени${VERB_END}) |работ${VERB_END} по (?:программ${VERB_END}|проект${VERB_END}|не[йм]|нему) |(?:(?:реализаци${VERB_END}|выполнени${VERB_END}) )?{INIT:to} )(?:осуществля${VERB_END}|осуществит|обеспечива${VERB_END}|вед[её]т) {ORG|STATE:from}` }),
  // «Программу администрирует X», «Её администрирует X», «Программа, утверждённая …, администрируется X», «Реализацией программы занимается X»: the programme in focus.
  ru({ name: 'ru.administers.object-first', type: 'ADMINISTERS', dating: 'none', toFallback: 'programme',
    pattern: `(?:^|[.;,] |а |и )(?:[Пп]рограмм\\p{L}*|[Ее][её]|[Ее]го) (?:администриру\\p{L}*|администрировал\\p{L}*|курирует|курировал\\p{L}*) {ORG:from}` }),
  ru({ name: 'ru.administers.passive', type: 'ADMINISTERS', dating: 'none', toFallback: 'programme',
    pattern: `(?:^|[.;] )[Пп]рограмм\\p{L}*(?:,? (?:[^.;⟦⟧]|⟦[A-Z]+#\\d+⟧){0,160}?,)? (?:администрируется|администрировалась|будет администрироваться|курируется|курировалась) {ORG:from}` }),
  ru({ name: 'ru.administers.engaged', type: 'ADMINISTERS', dating: 'none', toFallback: 'programme',
    pattern: `(?:^|[.;,] |а |и )(?:[Рр]еализаци\\p{L}*|[Аа]дминистрировани\\p{L}*) (?:программ\\p{L}*|е[её]|его|{INIT:to})(?: в целом)? (?:занима\\p{L}*|займ[её]тся|осуществля\\p{L}*) {ORG:from}` }),
  // «а её координатором выступает таджикская сторона», «X выступает координатором программы», «…, координатором которой является X».
  ru({ name: 'ru.coordinates.coordinator', type: 'COORDINATES', dating: 'none', toFallback: 'programme',
    pattern: `(?:(?:е[её]|его) )?[Кк]оординатор\\p{L}* (?:программ\\p{L}* |котор\\p{L}* )?(?:выступает|выступал\\p{L}*|является|являлся|являлась|будет|стал\\p{L}*|станет) (?:сам\\p{L}* )?{STATE|ORG:from}` }),
  ru({ name: 'ru.coordinates.coordinator-subject', type: 'COORDINATES', dating: 'none', toFallback: 'programme',
    pattern: `{STATE|ORG:from},? (?:выступает|выступал\\p{L}*|является|являлся|являлась|стал\\p{L}*|станет|будет) (?:е[её] |его )?координатор\\p{L}*` }),

  // События.
  // «вернулся из Москвы, где в среду принял участие в сессии …», «в Минске, где прошло заседание …», «Начнём с Москвы, где вчера прошёл
  // саммит»: the place before «где», the meeting after its verb.
  ru({ name: 'ru.held-in.where', type: 'HELD_IN', dating: 'span',
    pattern: `(?:в|во|из|на|с|со) {PLACE|STATE:to},? где (?:(?:⟦DATE#\\d+⟧|[^ ⟦⟧.;,]+) ){0,3}?(?:прош(?:[её]л|ла|ло|ли)|состоял${VERB_END}|открыл${VERB_END}|заседал${VERB_END}|(?:принял${VERB_END} участие|участвовал${VERB_END}|выступил${VERB_END}|председательствовал${VERB_END}) (?:в|на)) {MEET:from}` }),
  ru({ name: 'ru.held-in', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|INIT|MEET:from}${OF_BODY}"?(?:,? котор${VERB_END})?,? (?:состоявш${VERB_END}|прошедш${VERB_END}|проходивш${VERB_END}|прош(?:[её]л|ла|ло|ли)|пройд[её]т|пройдут|состоится|состоятся|состоял${VERB_END}|проходит|проходят|проходил${VERB_END}|намечен${VERB_END}|запланирован${VERB_END}|проводится|проводятся|проводил(?:ся|ась|ось|ись)|будет проведен${VERB_END}|будут проведены|открыл${VERB_END}|завершил${VERB_END}|стартовал${VERB_END}|начал${VERB_END}|должн${VERB_END} (?:пройти|состояться))(?: [^ ⟦⟧.]+| ⟦DATE#\\d+⟧){0,2}? (?:в|во|под|близ|около|в районе|на территории) {PLACE|STATE:to}` }),
  ru({ name: 'ru.held-in.organiser', type: 'HELD_IN', dating: 'span',
    pattern: `{ORG|STATE}(?:,? котор${VERB_END})? (?:пров[её]л${VERB_END}|провела|проводит|провед[её]т|открыл${VERB_END}|(?:планиру${VERB_END}|намерен${VERB_END}) провести) {MEET:from} (?:в|во) {PLACE|STATE:to}` }),
  // «прилетел в Душанбе на саммит», «прибыли в Минск для участия в заседании»: the meeting, held where they came.
  ru({ name: 'ru.held-in.came-for', type: 'HELD_IN', dating: 'span',
    pattern: `(?:прилетел|прибыл|приехал|прибыва|приезжа|съехал|собрал)${VERB_END} (?:(?:накануне|вчера|сегодня|утром|вечером) )?(?:в|во) {PLACE:to} (?:для участия )?(?:на|в|во) (?<from>(?:саммит|сессию|сессии|заседание|заседании|встречу|встрече|совещание|совещании|переговоры|переговорах))(?![\\p{L}])` }),
  // «Совет министров обороны во вторник, 10 ноября, провёл в Москве заседание»: the place before the meeting it names.
  ru({ name: 'ru.held-in.organiser-meeting-place-first', type: 'HELD_IN', dating: 'span',
    pattern: `{ORG}(?:,? котор${VERB_END})?(?:,? (?:(?:во|в) )?⟦DATE#\\d+⟧)*,? (?:пров[её]л${VERB_END}|провели|провед[её]т|проведут) (?:в|во) {PLACE|STATE:to},? (?:⟦DATE#\\d+⟧ )?{MEET:from}` }),
  // «КСОР проведут в Таджикистане учения «Взаимодействие» и «Поиск»», «… проведут в Таджикистане сразу два учения — «A» и «B»»,
  // «КСОР провели в Белоруссии «Взаимодействие»»: the place before the exercises; the forces conduct them.
  ru({ name: 'ru.held-in.organiser-place-first', type: 'HELD_IN', dating: 'span',
    pattern: `{ORG|STATE}(?:,? котор${VERB_END})? (?:пров[её]л${VERB_END}|провели|проводит|проводят|провед[её]т|проведут) (?:в|во|на территории) {PLACE|STATE:to} (?:(?:сразу|одновременно|также|ещё) )?(?:(?:два|три|оба|несколько) )?(?:учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*)(?: [^ ⟦⟧.,;]+){0,2}?(?: —|:)? (?<from>"?⟦(?:EVENT|INIT)#\\d+⟧"?(?:(?:,| и) "?⟦(?:EVENT|INIT)#\\d+⟧"?)*)` }),
  ru({ name: 'ru.conducts.place-first', type: 'CONDUCTS', dating: 'span',
    pattern: `(?<!(?:^|[\\s"(])(?:в|во|на|из|под|у|к|по|от|при|для) ){ORG:from}(?:,? котор${VERB_END})? (?:пров[её]л${VERB_END}|провели|проводит|проводят|провед[её]т|проведут) (?:в|во|на территории) ⟦(?:PLACE|STATE)#\\d+⟧ (?:(?:(?:сразу|одновременно|также|ещё) )?(?:(?:два|три|оба|несколько) )?(?:учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*)(?: [^ ⟦⟧.,;]+){0,2}?(?: —|:)? )?(?<to>"?⟦(?:EVENT|INIT)#\\d+⟧"?(?:(?:,| и) "?⟦(?:EVENT|INIT)#\\d+⟧"?)*)` }),
  // «планируется провести заседание … в Таджикистане», «решено провести … в Казахстане»; a proposal («предложила провести …») is not a plan.
  // «решено провести следующее заседание в первом полугодии 2027 года в Казахстане».
  // «Проходившие в 2025 году в Киргизии учения «Рубеж»», «прошедший в Минске саммит»: a participle of holding with its place, before the event.
  ru({ name: 'ru.held-in.participle-before', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?:[Пп]рошедш\\p{L}*|[Пп]роходивш\\p{L}*|[Пп]роходящ\\p{L}*|[Сс]остоявш\\p{L}*)(?: (?:в |во )?⟦DATE#\\d+⟧(?: (?:году|года))?)? (?:в|во|на территории) {STATE|PLACE:to}(?: (?:в |во )?⟦DATE#\\d+⟧(?: (?:году|года))?)? {EVENT|INIT|MEET:from}` }),
  ru({ name: 'ru.held-in.to-hold', type: 'HELD_IN', dating: 'span',
    pattern: `(?<!(?:предлож|предлага|призва|призыва|проси|попроси|хоч|хоте)\\p{L}* )провести {MEET:from}${OF_BODY}(?: (?:в |во )?(?:[^ ⟦⟧.,;]+ ){0,2}?⟦DATE#\\d+⟧)? (?:в|во|на территории) {PLACE|STATE:to}` }),
  // «Следующую сессию совета планируется провести осенью 2027 года в Душанбе»: the meeting first, the impersonal plan after.
  ru({ name: 'ru.held-in.to-hold-object-first', type: 'HELD_IN', dating: 'span',
    pattern: `{MEET:from}${OF_BODY} (?:планируется|решено|намечено|предполагается|планируют|намерены|договорились) провести(?: (?:в |во )?(?:[^ ⟦⟧.,;]+ ){0,2}?⟦DATE#\\d+⟧)? (?:в|во|на территории) {PLACE|STATE:to}` }),
  ru({ name: 'ru.held-in.to-hold-place-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?:в|во) {PLACE|STATE:to} (?:планируется|планируют|решено|намечено|предполагается|намерены) провести {MEET:from}` }),
  // «В прошлом году «Эшелон» проходил в Белоруссии, в этом году — в Казахстане», «…, а годом ранее - в Казахстане»: the second place, with its date.
  ru({ name: 'ru.held-in.gapped-place', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|INIT|MEET:from}"? (?:проходил${VERB_END}|прош(?:[её]л|ла|ло|ли)|состоял${VERB_END}|проводил${VERB_END}) (?:в|во) ⟦(?:PLACE|STATE)#\\d+⟧, (?:а )?(?:(?:в |во )?⟦DATE#\\d+⟧(?:-[а-яё]{1,2})?|(?:ещё )?(?:годом|двумя годами) (?:ранее|раньше|позже|позднее)) [-–—] (?:в|во) {PLACE|STATE:to}` }),
  // «проведение в Таджикистане учений «Рубеж»», «проведение учений … в Казахстане»: the noun, not a refusal or a move.
  ru({ name: 'ru.held-in.holding-noun', type: 'HELD_IN', dating: 'span',
    pattern: `${NOT_CALLED_OFF}проведени${VERB_END} (?:в|во|на территории) {PLACE|STATE:to} {EVENT|MEET:from}` }),
  ru({ name: 'ru.held-in.holding-noun-place-after', type: 'HELD_IN', dating: 'span',
    pattern: `${NOT_CALLED_OFF}проведени${VERB_END} {EVENT|MEET:from} (?:в|во|на территории) {PLACE|STATE:to}` }),
  ru({ name: 'ru.held-in.gathered', type: 'HELD_IN', dating: 'span',
    pattern: `(?:собрал${VERB_END}|собравш${VERB_END}|собер[её]тся|собираются|собирается) на {MEET:from} (?:в|во) {PLACE|STATE:to}` }),
  ru({ name: 'ru.held-in.ellipsis', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|INIT:from}"? [—–-] (?:в|во) {PLACE|STATE:to}` }),
  ru({ name: 'ru.held-in.place-first', type: 'HELD_IN', dating: 'span',
    // A transcript's speaker tag may open the sentence («ВЕДУЩИЙ: В Москве прошло заседание …»).
    pattern: `(?:^|[,;] |^(?:⟦NAME#\\d+⟧|[А-ЯЁA-Z]{3,}): )(?:(?:в |с |со )?⟦DATE#\\d+⟧ (?:(?:по|до) ⟦DATE#\\d+⟧ )?|(?:в|во) (?:т[еоу]\\p{L}* же|эт\\p{L}*) (?:сроки|время|дни|день) )?(?:на (?:полигоне|базе|территории)(?: "[^"]+")? (?:в|во) (?:г\\. )?|на (?:полигон\\p{L}*|территории) |(?:в|во|под|близ|около) (?:г\\. )?){PLACE|STATE:to} (?:⟦DATE#\\d+⟧ )?(?:под председательством (?:[^.;]|\\.(?= ?(?:[А-ЯЁ]|⟦))){0,160}? )?(?:(?:уже|также|вновь|впервые|ранее) )?(?:прош(?:[её]л|ла|ло|ли)|пройд[её]т|пройдут|состоится|состоятся|состоял${VERB_END}|завершил${VERB_END}|начал${VERB_END}|стартовал${VERB_END}|проведен[аоы]?|проведён|проводил(?:ся|ась|ось|ись)) (?:(?:цикл|сери[яю]|комплекс) )?{EVENT|MEET:from}` }),
  // «на сессии в Астане», «по итогам саммита в Минске»: a meeting named with its place.
  ru({ name: 'ru.held-in.at-meeting', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?:на|в ходе|во время|по итогам|накануне|участи${VERB_END} в|к|перед|после|до) (?:[а-яё]+(?:ому|ом|ой|ую|ий|ый|ая|ее|ем|ему) )?{MEET:from}${OF_BODY} (?:в|во) {PLACE|STATE:to}` }),
  // «Год назад лидеры собирались в Бишкеке»: a meeting of the leaders, named by the verb.
  ru({ name: 'ru.held-in.leaders-gathered', type: 'HELD_IN', dating: 'span',
    pattern: `(?:лидеры|главы государств|президенты|министры(?: [а-яё-]+){0,3}|секретари(?: [а-яё-]+){0,3})(?: ⟦ORG#\\d+⟧)? (?:(?:вновь|снова|уже|впервые) )?(?<from>собирались|собрались|соберутся|встречались|встретились|встретятся) (?:⟦DATE#\\d+⟧ )?(?:в|во) {PLACE:to}` }),
  // «Учение «X» проводится ежегодно; в прошлом году оно прошло в A, годом ранее — в B»: «оно» is the exercise the sentence named.
  ru({ name: 'ru.held-in.pronoun-in-sentence', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|INIT:from}"?(?:[^.⟦]|⟦DATE#\\d+⟧){0,60}[;,] (?:а )?(?:(?:в )?⟦DATE#\\d+⟧ )?(?:оно|она|они) (?:прош(?:[её]л|ла|ло|ли)|проходил${VERB_END}|состоял${VERB_END}|пройд[её]т|пройдут) (?:в|во|на территории) {PLACE|STATE:to}` }),
  ru({ name: 'ru.held-in.pronoun-in-sentence-gapped', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|INIT:from}"?(?:[^.⟦]|⟦DATE#\\d+⟧){0,60}[;,] (?:а )?(?:(?:в )?⟦DATE#\\d+⟧ )?(?:оно|она|они) (?:прош(?:[её]л|ла|ло|ли)|проходил${VERB_END}|состоял${VERB_END}) (?:в|во|на территории) ⟦(?:PLACE|STATE)#\\d+⟧, (?:а )?(?:(?:в )?⟦DATE#\\d+⟧(?:-[а-яё]{1,2})?|(?:ещё )?(?:годом|двумя годами) (?:ранее|раньше|позже|позднее)) — (?:в|во) {PLACE|STATE:to}` }),
  // «Завершилось учение миротворцев ОДКБ «…-2026» в Казахстане», «Прошло заседание совета в Москве»: the verb first.
  ru({ name: 'ru.held-in.verb-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^[^а-яА-ЯёЁa-zA-Z⟦]*|[,;:] )(?:(?:уже|также|вновь|впервые) )?(?:прош(?:[её]л|ла|ло|ли)|пройд[её]т|пройдут|состоится|состоятся|состоял${VERB_END}|завершил${VERB_END}|начал${VERB_END}|стартовал${VERB_END}|открыл${VERB_END}) (?<from>${MEETING_NOUN}(?: [^ ⟦⟧.,;"]+){0,2}?(?: "?⟦(?:ORG|EVENT|INIT)#\\d+⟧"?)*) (?:в|во) {PLACE|STATE:to}` }),
  // «на бишкекском саммите», «минская сессия прошла …»: a meeting named by its city's adjective (a PLACE slot, russian.ts cityAdjectives) is held there.
  ru({ name: 'ru.held-in.city-adjective', type: 'HELD_IN', dating: 'span',
    // Not a city's noun in the locative before a meeting («провёл в Астане переговоры»).
    pattern: `(?<!(?:^|[\\s"(])(?:в|во|из|под|около|близ|у|до|от|к|по) )(?<to>⟦PLACE#\\d+⟧) (?<from>(?:[а-яё-]+(?:ой|ом|ую|ая|ий|ый|ого|ому|ее|ое|ем) )?(?:саммит|сесси|заседани|встреч|совещани|форум|конференци|переговор)\\p{L}*)` }),
  // «миротворческую операцию ОДКБ в Казахстане»: an operation or mission named with its place.
  // «Силы ОДКБ были направлены в Казахстан», «в Казахстан направлен миротворческий контингент»: the deployment, there.
  ru({ name: 'ru.held-in.deployed', type: 'HELD_IN', dating: 'span',
    pattern: `(?:⟦ORG#\\d+⟧|контингент\\p{L}*|миротворц\\p{L}*|войск\\p{L}*|сил[аыу]?|подразделени\\p{L}*|военнослужащ\\p{L}*)(?: [^.;⟦]{0,40}?)? (?<from>(?:был\\p{L}* )?(?:направлен|введен|введён|переброшен)\\p{L}*) (?:в|во) {STATE|PLACE:to}` }),
  ru({ name: 'ru.held-in.deployed-place-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?:в|во) {STATE|PLACE:to} (?<from>(?:был\\p{L}* )?(?:направлен|введен|введён|переброшен)\\p{L}*) (?:(?:[а-яё]+ ){0,2}(?:контингент|сил|войск|миротворц|подразделени|военнослужащ)|⟦ORG#\\d+⟧)` }),
  // «Совет ПА ОДКБ заседал в Минске», «Постоянный совет, собравшийся в Москве», «В Санкт-Петербурге заседала комиссия …»: the sitting of a body, there.
  ru({ name: 'ru.held-in.body-sat', type: 'HELD_IN', dating: 'span',
    pattern: `⟦ORG#\\d+⟧,? (?:котор\\p{L}* )?(?:(?:в |во )?⟦DATE#\\d+⟧ (?:(?:года|году) )?)?(?:(?:вновь|снова|впервые) )?(?<from>заседал\\p{L}*|заседавш\\p{L}*|собрал(?:ся|ась|ись|ось)|собравш\\p{L}*|соберется|соберётся|соберутся) (?:⟦DATE#\\d+⟧ )?(?:в|во) {PLACE|STATE:to}` }),
  ru({ name: 'ru.held-in.body-sat-place-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^|[,;:] |⟦DATE#\\d+⟧(?: (?:года|году))?,? |(?:[Нн]акануне|[Тт]огда же|[Зз]атем|[Тт]акже),? )(?:[Вв]|[Вв]о) {PLACE|STATE:to},? (?:⟦DATE#\\d+⟧ )?(?<from>заседал\\p{L}*|собрал(?:ся|ась|ись|ось)|соберется|соберётся|соберутся) (?:[\\p{L}-]+ ){0,3}⟦ORG#\\d+⟧` }),
  ru({ name: 'ru.held-in.operation', type: 'HELD_IN', dating: 'span',
    pattern: `(?<from>(?:миротворческ|антитеррористическ|контртеррористическ|специальн|совместн)\\p{L}* (?:операци|мисси)\\p{L}*(?: ⟦ORG#\\d+⟧)?) (?:в|во|на территории) {PLACE|STATE:to}` }),
  ru({ name: 'ru.hosts', type: 'HOSTS', dating: 'span',
    pattern: `{STATE|PLACE:from},? ${HOST_ADVERB}${HOSTS_VERB} (?:у себя )?{EVENT|INIT:to}` }),
  ru({ name: 'ru.hosts.meeting', type: 'HOSTS', dating: 'span',
    pattern: `{STATE:from},? ${HOST_ADVERB}${HOSTS_VERB} (?:у себя )?{MEET:to}` }),
  // «Минск принял выездное заседание комиссии»: a city receiving a meeting is where it was held (the EN twin is en.held-in.city-hosts).
  ru({ name: 'ru.held-in.city-hosts', type: 'HELD_IN', dating: 'span',
    pattern: `{PLACE:to},? ${HOST_ADVERB}${HOSTS_VERB} (?:(?:в |во )?⟦DATE#\\d+⟧ )?(?:у себя )?${NOT_EXERCISE}{MEET:from}` }),
  // «учения …, которые Таджикистан планирует провести у себя», «Казахстан проведёт у себя (на своей территории) учения …»: not a wish («хотела бы»).
  ru({ name: 'ru.hosts.at-home-relative', type: 'HOSTS', dating: 'span',
    pattern: `{EVENT|INIT|MEET:to}"?, котор${VERB_END} {STATE:from} (?:(?:планирует|намерен${VERB_END}|собирается|готов${VERB_END}|должен${VERB_END}) )?(?:провед[её]т|провести|проводит|пров[её]л${VERB_END}) у себя` }),
  ru({ name: 'ru.hosts.at-home', type: 'HOSTS', dating: 'span',
    pattern: `{STATE:from} (?:(?:планирует|намерен${VERB_END}|собирается|готов${VERB_END}|должен${VERB_END}) )?(?:провед[её]т|провести|проводит|пров[её]л${VERB_END}) (?:у себя|на своей территории) (?:в (?:⟦DATE#\\d+⟧ )?)?{EVENT|INIT|MEET:to}` }),
  // «Принимающей стороной выступила Кыргызская Республика»: the meeting named nearby.
  ru({ name: 'ru.hosts.side', type: 'HOSTS', dating: 'span', toFallback: 'nearMeeting',
    pattern: `принимающ${VERB_END} сторон${VERB_END}(?: {MEET:to})? (?:выступил${VERB_END}|выступает|выступит|является|являлась|являлся|стал${VERB_END}|станет|будет) {STATE|PLACE:from}` }),
  ru({ name: 'ru.hosts.side-subject-first', type: 'HOSTS', dating: 'span', toFallback: 'nearMeeting',
    pattern: `{STATE|PLACE:from}{ANY} (?:выступил${VERB_END}|выступает|выступит|является|являлась|являлся|стал${VERB_END}|станет|будет) принимающ${VERB_END} сторон${VERB_END}(?: {MEET:to})?` }),
  // «учения …, которые примет таджикская сторона»: a relative clause after the event.
  ru({ name: 'ru.hosts.relative', type: 'HOSTS', dating: 'span',
    pattern: `{EVENT|INIT|MEET:to}"?, (?:котор${VERB_END})(?:, [^,.;⟦]{1,60},)? (?:примет|примут|принимал${VERB_END}|принимает|принял${VERB_END}) (?:у себя )?{STATE|PLACE:from}` }),
  ru({ name: 'ru.hosts.inverted', type: 'HOSTS', dating: 'span',
    pattern: `{EVENT|INIT:to}"?${HOSTED_OWNER} ${HOSTS_VERB_FINITE} {STATE|PLACE:from}` }),
  ru({ name: 'ru.hosts.inverted-meeting', type: 'HOSTS', dating: 'span',
    pattern: `{MEET:to}"?${HOSTED_OWNER} ${HOSTS_VERB_FINITE} {STATE:from}` }),
  // «очередную сессию Совета примет Душанбе»: the meeting is held in the city.
  ru({ name: 'ru.held-in.city-hosts-inverted', type: 'HELD_IN', dating: 'span',
    pattern: `${NOT_EXERCISE}{MEET:from}"?${HOSTED_OWNER} ${HOSTS_VERB_FINITE} {PLACE:to}` }),
  // «учение с Коллективными силами …»: the forces take part in it (forces-exercises.ts); who directs it, ru.conducts.directed.
  ru({ name: 'ru.participates.exercise-with', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `(?<to>(?:(?:совместн|командно-штабн|тактическ|специальн|масштабн|оперативн)\\p{L}* ){0,3}учени\\p{L}*) с {ORG:from}${NOT_HELD_AFTER}` }),
  ru({ name: 'ru.conducts.inverted', type: 'CONDUCTS', dating: 'span',
    pattern: `(?<to>учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*) (?:организу${VERB_END}|организовал${VERB_END}|провод${VERB_END}|провед[её]т|провели) {ORG|STATE:from}` }),
  // «Учение провели Коллективные миротворческие силы», «Учения «Поиск» проводят КСОР»: the exercise first, named or referred to, then who holds it.
  ru({ name: 'ru.conducts.inverted-named', type: 'CONDUCTS', dating: 'span',
    pattern: `(?:^|[,;:] ){EVENT|INIT:to}"?(?: (?:в этом году|ежегодно|традиционно|снова|вновь|также))? (?:провели|проводят|проводили|проведут|провёл|провел|провела|проводит|провед[её]т|организовал${VERB_END}|организуют|организует) {ORG:from}` }),
  // «Их проведут Коллективные силы оперативного реагирования»: the exercise named before, as a pronoun object.
  ru({ name: 'ru.conducts.pronoun-object', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:^|[,;:] )(?:[Ее]го|[Ее][её]|[Ии]х) (?:(?:вновь|снова|также|ежегодно) )?(?:провед[её]т|проведут|провели|провёл|провел|провела|проводят|проводит|проводили|организуют|организует|организовал${VERB_END}) {ORG:from}` }),
  // «Проводили их Коллективные силы …», «Проводить их будут КСОР»: the verb first, then the pronoun of the exercise named before.
  ru({ name: 'ru.conducts.verb-pronoun-object', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:^|[,;:] )(?:[Пп]роводить (?:их|его|е[её]) (?:будут|будет|станут|станет)|(?:[Пп]ровел${VERB_END}|[Пп]ровёл|[Пп]ровели|[Пп]роводили|[Пп]роводят|[Пп]роводит|[Пп]роведут|[Пп]роведёт|[Оо]рганизовал${VERB_END}|[Оо]рганизуют) (?:их|его|е[её])) {ORG:from}` }),
  // «Проводить учения будут Коллективные миротворческие силы»: the infinitive and its exercise first, the holder after.
  ru({ name: 'ru.conducts.infinitive-first', type: 'CONDUCTS', dating: 'span',
    pattern: `(?:^|[,;:] )(?:[Пп]роводить|[Оо]рганизовывать) {EVENT|INIT:to}"? (?:будут|будет|станут|станет) {ORG:from}` }),
  // «учение Коллективных сил оперативного реагирования «Взаимодействие»», «учения КСОР»: an exercise named as the forces' is one
  // they take part in (forces-exercises.ts). Not the forces as the subject after their object («Учение Коллективные силы проведут …»).
  ru({ name: 'ru.participates.forces-genitive', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'meeting', fromText: /^(?!\p{L}+ые )/u,
    context: FORCES_EXERCISE,
    pattern: `(?<![\\p{L}])[Уу]чени${VERB_END} {ORG:from}(?: {INIT|EVENT:to})?${NOT_HELD_AFTER}` }),
  // The same noun read as the exercise the text named before («… после учения «Нерушимое братство». Учение Коллективных
  // миротворческих сил прошло …»): the slot the noun became, not a name in quotes.
  ru({ name: 'ru.participates.forces-genitive-named-before', type: 'PARTICIPATES_IN', dating: 'span', fromText: /^(?!\p{L}+ые )/u,
    context: FORCES_EXERCISE,
    pattern: `(?<!")(?<to>⟦EVENT#\\d+⟧) {ORG:from}${NOT_HELD_AFTER}` }),
  // «Само учение Коллективные силы оперативного реагирования проведут осенью», «Учения «Поиск» Коллективные силы проведут в мае»:
  // the object first, then the forces in the nominative and the verb (the exercise named, else the one named before).
  ru({ name: 'ru.conducts.object-first', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise', fromText: /^\p{L}+ые /u,
    pattern: `(?:^|[,;:] )(?:[\\p{L}]+ )?(?:учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*)(?: {EVENT|INIT:to}"?)? {ORG:from} (?:(?:ежегодно|вновь|снова|также|уже) )?(?:провел${VERB_END}|провели|проведут|провед[её]т|проводят|проводит|проводили|организуют|организует|организовал${VERB_END})(?![\\p{L}])` }),
  // «Руководил учениями Объединённый штаб ОДКБ» (a body; not «… начальник штаба X»).
  ru({ name: 'ru.conducts.led-by-body', type: 'CONDUCTS', dating: 'span',
    pattern: `(?:руководил${VERB_END}|руководит|будет руководить) (?<to>учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*|${EXERCISES_PRONOUN}) {ORG:from}` }),
  // «Руководить учениями будет Объединённый штаб ОДКБ»: the infinitive first (a plural noun or pronoun is spread over the exercises named before).
  ru({ name: 'ru.conducts.led-by-body-inverted', type: 'CONDUCTS', dating: 'span',
    pattern: `(?:^|[,;:] )руководить (?<to>учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*|${EXERCISES_PRONOUN}) (?:будет|будут|станет) {ORG:from}` }),
  // «учение «X» …, которое провели Коллективные миротворческие силы», «учения «X» и «Y», которые проведут КСОР».
  ru({ name: 'ru.conducts.relative', type: 'CONDUCTS', dating: 'span',
    pattern: `{EVENT|INIT:to}"?(?:[^.;⟦]|⟦(?:PLACE|STATE|DATE)#\\d+⟧){0,80}?,? котор${VERB_END} (?:(?:был${VERB_END}|будут|будет) )?(?:пров[её]л${VERB_END}|провели|проведут|провед[её]т|проводят|проводит|проводили|организовал${VERB_END}|организуют|организует) {ORG:from}` }),
  // «учения «X», которые КСОР проводят ежегодно»: the relative pronoun as the object, the forces as the subject before the verb.
  ru({ name: 'ru.conducts.relative-subject-first', type: 'CONDUCTS', dating: 'span',
    pattern: `{EVENT|INIT:to}"?(?:[^.;⟦]|⟦(?:PLACE|STATE|DATE)#\\d+⟧){0,40}?,? котор(?:ые|ое|ую|ый) {ORG:from} ${ADVERB}(?:пров[её]л${VERB_END}|провели|проведут|провед[её]т|проводят|проводит|проводили|организовал${VERB_END}|организуют|организует)(?![\\p{L}])` }),
  // «учения «Нерушимое братство», проводимого Коллективными миротворческими силами»: a passive participle with the forces as its agent.
  ru({ name: 'ru.conducts.participle-by', type: 'CONDUCTS', dating: 'span',
    pattern: `{EVENT|INIT:to}"?,? (?:${ADVERB})?(?:проводим|проведённ|проведенн|организованн|организуем)${VERB_END} (?:(?:ежегодно|традиционно|регулярно) )?{ORG:from}` }),
  ru({ name: 'ru.conducts.directed', type: 'CONDUCTS', dating: 'span',
    pattern: `(?:руководство|командование) (?<to>учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*|${EXERCISES_PRONOUN}) (?:осуществля${VERB_END}|осуществит|будет осуществлять|возьм[её]т на себя|взял${VERB_END} на себя) {ORG:from}` }),
  // Not a state in the locative before the subject («Осенью в Белоруссии КСОР провели учения …»: held there).
  ru({ name: 'ru.conducts', type: 'CONDUCTS', dating: 'span',
    pattern: `(?<!(?:^|[\\s"(])(?:в|во|на|из|под|у|к|по|от|при|для) ){STATE|ORG:from}{ANY} (?:провед[её]т|пров[её]л${VERB_END}|проводит|проводят|планирует провести|организует|организовал${VERB_END}) (?:учения |маневры |манёвры )?{INIT|EVENT:to}` }),
  // «Коллективные миротворческие силы ОДКБ были направлены в Казахстан», «в Казахстан были введены Коллективные силы …», «были направлены
  // контингенты России, Белоруссии …»: the forces and the states whose troops went took part in an operation the graph has no entity for.
  ru({ name: 'ru.participates.forces-deployed', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `(?<!(?:сил|контингент|подразделени|войск)\\p{L}* ){ORG:from}(?: (?:[^.;⟦]|⟦(?:PERSON|NAME|DATE)#\\d+⟧){0,60}?)? (?<to>(?:был${VERB_END} )?(?:направлен|введен|введён|переброшен|направлял)${VERB_END}) (?:в|во) ⟦(?:STATE|PLACE)#\\d+⟧` }),
  // «ввод Коллективных миротворческих сил в Казахстан в январе 2022 года»: the sending as a noun, dated (a date says it happened;
  // «обсуждался ввод сил в Армению» has none).
  ru({ name: 'ru.participates.forces-deployed-noun', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCES_NAME,
    pattern: `(?<![\\p{L}])(?<to>${DEPLOYMENT_NOUN}) {ORG:from} (?:в|во) ⟦(?:STATE|PLACE)#\\d+⟧ (?:в |во )?⟦DATE#\\d+⟧` }),
  ru({ name: 'ru.participates.forces-deployed-noun-dated', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCES_NAME,
    pattern: `(?<![\\p{L}])(?<to>${DEPLOYMENT_NOUN}) (?:в |во )?⟦DATE#\\d+⟧ {ORG:from} (?:в|во) ⟦(?:STATE|PLACE)#\\d+⟧` }),
  ru({ name: 'ru.participates.forces-deployed-place-first', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `(?:в|во) (?:⟦(?:STATE|PLACE)#\\d+⟧|республику|страну),? (?<to>(?:был${VERB_END} )?(?:направлен|введен|введён|переброшен|направлял)${VERB_END}) {ORG:from}` }),
  ru({ name: 'ru.participates.contingents-sent', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `(?<to>(?:был${VERB_END} )?(?:направлен|введен|введён)${VERB_END}) (?:[а-яё]+ )?(?:контингент|подразделени|войск|военнослужащ)${VERB_END} {STATE:from}` }),
  ru({ name: 'ru.participates', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `{STATE|ORG:from} (?:принял${VERB_END}|примут|примет|принимают|принимает) участие в {EVENT|INIT|MEET:to}` }),
  ru({ name: 'ru.participates.inverted', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `(?:в (?:работе )?|во |к ){EVENT|MEET:to}"? (?:(?:были|будут|был|была|также) )?(?:участвуют|участвовали|участвует|участвовал${VERB_END}|примут участие|принимают участие|приняли участие|задействованы|привлека${VERB_END}|привлечены|будут привлечены) (?:(?:${DELEGATES}|силы) (?:из |от )?)?{STATE|ORG:from}` }),
  // «учения в Казахстане с участием подразделений России и Белоруссии»: the meeting or exercise of the sentence.
  ru({ name: 'ru.participates.with', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'meeting',
    pattern: `с участием (?:(?:подразделений|военнослужащих|делегаций|представителей|(?:миротворческих |воинских )?контингентов|миротворцев|военных|сил|войск|лидеров|глав государств|министров(?: [а-яё-]+){0,2}|секретарей(?: [а-яё-]+){0,3}) (?:из |от )?)?{STATE:from}(?! ⟦(?:PERSON|NAME))` }),
  // «Наиболее крупный контингент выделила Россия, военнослужащих направили также Белоруссия, …»: to the meeting or exercise named nearby.
  ru({ name: 'ru.participates.contributed', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:контингент${VERB_END}|военнослужащих|подразделени${VERB_END}|миротворц${VERB_END}|военных) (?:[^ ⟦⟧.,;]+ ){0,4}?(?:выделил${VERB_END}|выделит|направил${VERB_END}|направят|направит|предоставил${VERB_END}) (?:также )?{STATE:from}` }),
  ru({ name: 'ru.participates.contributed-subject-first', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: `{STATE:from}{ANY} (?:выделил${VERB_END}|выделит|направил${VERB_END}|направит|предоставил${VERB_END}) (?:[^ ⟦⟧.,;]+ ){0,5}?(?:контингент${VERB_END}|военнослужащих|подразделени${VERB_END}|миротворц${VERB_END})(?! (?:в|на|для участия в) (?:[^ ⟦⟧.,;]+ ){0,2}?(?:операци|мисси)|(?: [^ ⟦⟧.,;]+)? (?:в|на) "?⟦(?:EVENT|INIT)#)` }),
  // A list of contributions, one a line or after commas: «- от Республики Беларусь — механизированная бригада;» (the exercise named before).
  ru({ name: 'ru.participates.list-item', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:^|[,;:] )(?:от|из) {STATE:from} — (?![^.;⟦]{0,60}?наблюдател)(?:[^.;⟦]{0,60}? )?${UNIT}` }),
  // «учения «X», в ходе которых миротворцы из Белоруссии и России отрабатывали …».
  ru({ name: 'ru.participates.during-which', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `{EVENT|MEET:to}"?,? (?:в ходе|во время|в рамках) котор${VERB_END} ${DELEGATES} (?:из |от )?{STATE:from}` }),
  // «Вооружённые силы Кыргызстана регулярно участвуют в учениях «Рубеж» и «Взаимодействие»».
  ru({ name: 'ru.participates.forces-of', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `(?:^|[,;] )(?:[Вв]ооруж[её]нные силы|[Аа]рмия|[Вв]ойска|${DELEGATES}) {STATE:from} ${ADVERB}(?:участвуют|участвовали|участвует|участвовал${VERB_END}|будут участвовать|примут участие|приняли участие|принимают участие|принимали участие) в (?:учени\\p{L}* |манёвр\\p{L}* |маневр\\p{L}* )?{EVENT|INIT|MEET:to}` }),
  // «Киргизия регулярно участвует в учениях «Рубеж»»: a state, a named exercise or series.
  ru({ name: 'ru.participates.takes-part', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `{STATE|ORG:from} ${ADVERB}(?:участвуют|участвовали|участвует|участвовал${VERB_END}|будут участвовать|будет участвовать|принимал${VERB_END} участие) (?:в|во) (?:${AMONG_THEM_RU})?(?:учени\\p{L}* |манёвр\\p{L}* |маневр\\p{L}* |операци\\p{L}* |мисси\\p{L}* )?{EVENT|INIT:to}` }),
  // «Киргизия направила свой контингент в миротворческую операцию ОДКБ»: where the contingent went.
  // «Казахстан направлял своих военных на все учения «Боевого братства»»: the named exercise after its noun is where they went.
  ru({ name: 'ru.participates.sent-to', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `{STATE:from}{ANY} ${SENT_RU} (?:сво${VERB_END} )?(?:[^ ⟦⟧.,;]+ ){0,2}?${SENT_UNITS_RU} (?:в|на|для участия в) (?:(?:[^ ⟦⟧.,;]+ ){0,2}?(?:учени|манёвр|маневр)\\p{L}* "?(?=⟦(?:EVENT|INIT)#))?(?<to>(?:[^ ⟦⟧.,;]+ ){0,2}?(?:операци|мисси|учени|манёвр|маневр)\\p{L}*(?: ⟦ORG#\\d+⟧)?|"?⟦(?:EVENT|INIT)#\\d+⟧"?)` }),
  // «…, а также на учение «Нерушимое братство-2026»»: the same sending, to one more exercise.
  ru({ name: 'ru.participates.sent-to-also', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `{STATE:from}{ANY} ${SENT_RU} (?:сво${VERB_END} )?(?:[^ ⟦⟧.,;]+ ){0,2}?${SENT_UNITS_RU} (?:в|на|для участия в) (?:[^.;⟦]|⟦(?:EVENT|INIT|DATE)#\\d+⟧|(?:в|во) ⟦STATE#\\d+⟧){1,100}?,? а также (?:в|на) (?:(?:[^ ⟦⟧.,;]+ ){0,2}?(?:учени|манёвр|маневр)\\p{L}* )?"?{EVENT|INIT:to}` }),
  // «Белорусская сторона направит на учение «Эшелон» инженерную роту»: the destination before the unit.
  ru({ name: 'ru.participates.sent-to-unit-after', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `{STATE:from}{ANY} (?:направил${VERB_END}|направит|выделил${VERB_END}|выделит|отправил${VERB_END}|отправит) (?:на|в) (?<to>(?:учени|манёвр|маневр|операци|мисси)\\p{L}*(?: "?⟦(?:EVENT|INIT)#\\d+⟧"?)?|"?⟦(?:EVENT|INIT)#\\d+⟧"?) (?:[^ ⟦⟧.,;]+ ){0,3}?${UNIT}` }),
  // «основными донорами выступают Россия и Казахстан»: contributors to the programme named before.
  ru({ name: 'ru.participates.donors', type: 'PARTICIPATES_IN', dating: 'none', toFallback: 'previousInit',
    pattern: `(?:донор|спонсор)${VERB_END}(?: {INIT:to})? (?:выступа${VERB_END}|являются|являлись|стали|остаются) {STATE:from}` }),
  ru({ name: 'ru.participates.donors-subject-first', type: 'PARTICIPATES_IN', dating: 'none', toFallback: 'previousInit',
    pattern: `{STATE:from} (?:выступа${VERB_END}|являются|являлись|стали|остаются) (?:(?:основн|главн|крупнейш|ключев)\\p{L}* )?(?:донор|спонсор)${VERB_END}(?: {INIT:to})?` }),
  // A state paying into the programme named before takes part in it: «Казахстан и Белоруссия свои взносы перечислили»,
  // «заплатили лишь часть своих взносов», «Основную часть финансирования обеспечивают Россия и Казахстан»,
  // «Россия обеспечивает около двух третей финансирования», «Беларусь продолжит финансировать программу».
  ru({ name: 'ru.participates.paid-share', type: 'PARTICIPATES_IN', dating: 'none', toFallback: 'previousInit',
    pattern: `{STATE:from} ${ADVERB}(?:(?:сво\\p{L}* )?(?:взнос|дол)\\p{L}*(?: за ⟦DATE#\\d+⟧)? ${ADVERB}(?:перечислил|внесл|внес|внёс|заплатил|оплатил|уплатил)\\p{L}*|(?:перечислил|внесл|внес|внёс|заплатил|оплатил|уплатил|перечисля|вносит|вносят|плат)\\p{L}* (?:(?:лишь|только|уже|полностью|сполна) )?(?:(?:часть|половин\\p{L}*|остаток) )?(?:сво\\p{L}* )?(?:взнос|дол)\\p{L}*)` }),
  ru({ name: 'ru.participates.funding-share', type: 'PARTICIPATES_IN', dating: 'none', toFallback: 'previousInit',
    pattern: `(?:(?:основн|больш|главн|значительн|львин)\\p{L}* )?(?:часть|дол[юяи]) (?:финансирования|расходов|затрат|средств)(?: [^.;⟦]{0,60}?)? (?:обеспечива\\p{L}*|бер[её]т на себя|берут на себя|нес[её]т|несут|покрыва\\p{L}*|взял\\p{L}* на себя|оплачива\\p{L}*) {STATE:from}` }),
  ru({ name: 'ru.participates.funding-share-subject-first', type: 'PARTICIPATES_IN', dating: 'none', toFallback: 'previousInit',
    pattern: `{STATE:from}{ANY} (?:обеспечива\\p{L}*|покрыва\\p{L}*|оплачива\\p{L}*|бер[её]т на себя|берут на себя|взял\\p{L}* на себя) (?:[^ ⟦⟧.;]+ ){0,4}?(?:финансирования|расходов|затрат)` }),
  // «Поставки оплачены из взносов России и Казахстана»: paid from their contributions.
  ru({ name: 'ru.participates.paid-from', type: 'PARTICIPATES_IN', dating: 'none', toFallback: 'previousInit',
    pattern: `(?:оплачен\\p{L}*|профинансирован\\p{L}*|финансиру\\p{L}*|покрыва\\p{L}*) (?:(?:в основном|главным образом|преимущественно|частично) )?(?:из|за сч[её]т) (?:взнос|средств)\\p{L}* {STATE:from}` }),
  ru({ name: 'ru.participates.finances', type: 'PARTICIPATES_IN', dating: 'none', toFallback: 'previousInit',
    pattern: `{STATE:from} ${ADVERB}(?:(?:продолжит|продолжает|будет|намерен\\p{L}*|обязал\\p{L}*) )?(?:финансировать|финансирует|финансировал\\p{L}*|профинансирует|софинансирует|софинансировать)(?: {INIT:to})?` }),
  // «подразделение Вооружённых сил Республики Казахстан, которое в октябре участвовало в учении «X»»: the units' state took part.
  ru({ name: 'ru.participates.unit-relative', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `(?:${UNIT}|${DELEGATES})\\p{L}*(?: [^ ⟦⟧.,;]+){0,4} {STATE:from},? котор${VERB_END} (?:(?:в |во )?⟦DATE#\\d+⟧ )?(?:также |уже |впервые )?(?:участвовал${VERB_END}|участвует|участвуют|будет участвовать|будут участвовать|принял${VERB_END} участие|принимал${VERB_END} участие|примет участие|примут участие) в (?:учени\\p{L}* |манёвр\\p{L}* |маневр\\p{L}* )?{EVENT|INIT|MEET:to}` }),
  // «Основные деньги даёт Россия, заметную долю вносит Казахстан»: the share first, then the state paying it, for the programme named before.
  ru({ name: 'ru.participates.share-object-first', type: 'PARTICIPATES_IN', dating: 'none', toFallback: 'previousInit',
    pattern: `(?<![\\p{L}])(?:(?:основн|главн|больш|значительн|заметн|крупн|львин|небольш|меньш|скромн|остальн|свою|сво)\\p{L}* )?(?:дол[юяи]|часть|деньги|средства|взнос\\p{L}*|сумм[уы]) (?:финансирования |расходов )?(?:(?:уже|также|тоже|исправно|регулярно) )?(?:вносит|вносят|внесл\\p{L}*|внёс|внес|да[её]т|дают|давал\\p{L}*|выделя[ею]т|выделил\\p{L}*|перечисля[ею]т|перечислил\\p{L}*|плат[ия]т|заплатил\\p{L}*) {STATE:from}` }),
  // «вклад России, Казахстана и Белоруссии, которые уже направили на эти цели средства»: states who sent money, for the programme named before.
  ru({ name: 'ru.participates.sent-funds-relative', type: 'PARTICIPATES_IN', dating: 'none', toFallback: 'previousInit',
    pattern: `{STATE:from},? котор${VERB_END} (?:уже |также |исправно )?(?:направил${VERB_END}|выделил${VERB_END}|перечислил${VERB_END}|внесл${VERB_END}|внес|внёс|заплатил${VERB_END}) (?:[^ ⟦⟧.,;]+ ){0,4}?(?:средств\\p{L}*|деньги|взнос\\p{L}*|дол[юи])(?![\\p{L}])` }),
  // «В нём участвовали полномочные представители Белоруссии, …», «члены Комиссии от Республики Беларусь, …»: the meeting named before.
  ru({ name: 'ru.participates.pronoun', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:^|[,;] )${TOOK_PART_IN} ${DELEGATES} (?:из |от )?{STATE:from}` }),
  // «Делегации Беларуси, Казахстана и России на месте», «Прибыли делегации X и Y»: at the meeting named before.
  ru({ name: 'ru.participates.delegations-present', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:^(?:\\d{1,2}[.:]\\d\\d )?|[,;:—] )(?:[Дд]елегаци(?:и|я)) {STATE:from} (?:уже )?(?:на месте|в зале|прибыли|прибыла|присутствуют|присутствует|присутствовали|присутствовала)(?![\\p{L}])(?! (?:нет|не было|не будет)(?![\\p{L}]))` }),
  ru({ name: 'ru.participates.delegations-present-verb-first', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:^(?:\\d{1,2}[.:]\\d\\d )?|[,;:—] )(?:[Уу]же )?(?:[Пп]рибыли|[Пп]рисутствуют|[Пп]рисутствовали) делегации {STATE:from}` }),
  // «в них будут задействованы подразделения России и Киргизии»: units drawn into the exercises named before (not a meeting named since).
  ru({ name: 'ru.participates.pronoun-units', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:^|[,;] )(?:в|к) (?:н[её]м|ней|них|нему|ним)${BESIDES}? (?:(?:были|будут|будет|был) )?(?:задействованы|задействован|привлечены|привлечен|привлекались|привлекаются) (?:военнослужащие|подразделени\\p{L}*|контингент\\p{L}*|миротворцы|военные|силы) (?:из |от )?{STATE:from}` }),
  ru({ name: 'ru.participates.besides-units', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:^|[,;] )(?:[Пп]омимо|[Кк]роме) {STATE:from}, (?:в|к) (?:н[её]м|ней|них|нему|ним) (?:(?:были|будут|будет|был) )?(?:задействованы|задействован|привлечены|привлечен|привлекались|привлекаются)` }),
  // «В нём, помимо белорусских военнослужащих, участвовали …», «Помимо Киргизии, в нём участвовали …»: the state "besides" took part too.
  ru({ name: 'ru.participates.besides', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:^|[,;] )(?:в|на) (?:н[её]м|ней|них|{MEET:to}), (?:помимо|кроме) (?:${DELEGATES} (?:из |от )?)?{STATE:from}(?:,| и) [^.;]{0,60}?${BESIDES_VERB}` }),
  ru({ name: 'ru.participates.besides-first', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:^|[,;] )(?:[Пп]омимо|[Кк]роме) (?:${DELEGATES} (?:из |от )?)?{STATE:from}, (?:в|на) (?:н[её]м|ней|них|{MEET:to}) ${BESIDES_VERB}` }),
  ru({ name: 'ru.participates.participle', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:^|[,;] )${TAKING_PART_IN} ${DELEGATES} (?:из |от )?{STATE:from}` }),
  // «…, а также генеральный секретарь организации X»: a person at the end of a list of participants.
  ru({ name: 'ru.attended.also', type: 'ATTENDED', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:^|[,;] )(?:в|на) (?:работе ⟦ORG#\\d+⟧|(?:работе )?(?:н[её]м|ней|них|{MEET:to}|${BODY_MEETING})) (?:(?:также|тоже) )?(?:участвовали|приняли участие|присутствовали|примут участие)[^.;]{0,200}?,? а также {PERSON|NAME:from}` }),
  // «За ходом учения наблюдали министр обороны X и начальник штаба Y»: guests watching the exercise named nearby.
  ru({ name: 'ru.attended.watched', type: 'ATTENDED', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:^|[,;] )за (?:(?:ходом|проведением) (?:{EVENT:to}|(?:(?:практическ|активн|заключительн|основн)\\p{L}* )?(?:учени|действи|маневр|манёвр|этап|эпизод)\\p{L}*(?: (?:войск|подразделений|сил|учения))?)|действиями (?:войск|подразделений|сил)) (?:наблюдали|наблюдал|наблюдала|будут наблюдать|будет наблюдать) {PERSON|NAME:from}` }),
  // «… наблюдали министры обороны государств — членов ОДКБ и Генеральный секретарь Организации X»: a named person after unnamed ones.
  ru({ name: 'ru.attended.watched-after-others', type: 'ATTENDED', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?<![\\p{L}])[Зз]а (?:(?:ходом|проведением) (?:(?:практическ|активн|заключительн|основн)\\p{L}* )?(?:учени|действи|маневр|манёвр|этап|эпизод)\\p{L}*(?: (?:войск|подразделений|сил|учения))?|действиями (?:войск|подразделений|сил)) (?:наблюдали|будут наблюдать) (?:[^.;⟦]|⟦(?!PERSON|NAME)[^⟧]*⟧){1,100}? и {PERSON|NAME:from}` }),
  // «X, прибывший на полигон накануне, …»: a guest at the exercise or meeting named nearby.
  ru({ name: 'ru.attended.arrived', type: 'ATTENDED', dating: 'span', toFallback: 'nearMeeting',
    pattern: `{PERSON|NAME:from},? (?:прибывш${VERB_END}|прибыл${VERB_END}|прибудет) (?:(?:накануне|лично|специально) )?(?:на (?:полигон|учени|заседани|саммит|сесси|встреч|совещани)\\p{L}*|для участия в)` }),
  // «В нём участвовал секретарь Совета безопасности X»: a person at the meeting named before.
  ru({ name: 'ru.attended.pronoun', type: 'ATTENDED', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:^|[,;] )(?:в|на) (?:работе )?(?:н[её]м|ней) (?:участвовал${VERB_END}|принял${VERB_END} участие|присутствовал${VERB_END}) (?:(?:государственн|постоянн|полномочн)\\p{L}+ )?{PERSON|NAME:from}` }),
  // «К учению привлекались около 2500 военнослужащих … от вооружённых сил Белоруссии, Казахстана …».
  ru({ name: 'ru.participates.drawn-from', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `(?:^|[,;] )(?:в|к) {EVENT|MEET:to} (?:привлекались|привлекаются|привлечены|будут привлечены|были привлечены|привлекут|привлекли|привлечено|будет привлечено|было привлечено|задействованы|участвовали|участвуют)[^.;⟦]{0,120}? (?:от|из) (?:(?:вооруж[её]нных сил|армий|министерств обороны|подразделений) )?{STATE:from}` }),
  // «Саммит прошёл с участием президента России X».
  ru({ name: 'ru.attended.with', type: 'ATTENDED', dating: 'span', toFallback: 'meeting',
    pattern: `с участием (?:{TITLE} (?:{STATE|ORG} )?{RANK})?{PERSON|NAME:from}` }),
  // «Операция, в которой участвовали контингенты России и Армении, …»: an operation or a mission, which the graph rarely names.
  ru({ name: 'ru.participates.relative-operation', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `(?<to>(?:[а-яё]+(?:ая|ой|ую|ые|ых) )?(?:[Оо]пераци|[Мм]исси)\\p{L}*(?: ⟦ORG#\\d+⟧)?),? (?:к|в) котор${VERB_END} (?:был${VERB_END} |будут )?(?:привлечены|задействованы|привлекались|привлекаются|участвовали|участвуют|приняли участие|примут участие) (?:(?:военнослужащие|подразделения|контингенты|силы|миротворцы)${FORCES_OF}? )?(?:из |от )?{STATE|ORG:from}` }),
  ru({ name: 'ru.participates.relative', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `{EVENT|MEET:to}"?,? (?:к|в) котор${VERB_END} (?:был${VERB_END} |будут )?(?:привлечены|задействованы|привлекались|привлекаются|участвовали|участвуют|приняли участие|принимали участие|примут участие) (?:(?:военнослужащие|подразделения|контингенты|силы|миротворцы)${FORCES_OF}? )?(?:из |от )?{STATE|ORG:from}` }),
  // «X выступил на заседании …», «Приоритеты председательства X изложил на сессии …»: a speaker at the meeting attended it.
  // «Токаев, выступая на сессии в Москве, предложил …»: the participle of speaking there too.
  ru({ name: 'ru.attended.spoke', type: 'ATTENDED', dating: 'span',
    pattern: `{PERSON|NAME:from}(?:,? (?:выступая|выступив)(?= (?:на|в ходе) )| (?:выступил${VERB_END}|выступит|изложил${VERB_END}|изложит|доложил${VERB_END}|заявил${VERB_END}|отметил${VERB_END}|подчеркнул${VERB_END})(?: [^.;⟦]{0,40}?)?) (?:на|в ходе) {EVENT|MEET:to}` }),
  // «Рахмон на московской сессии пообещал …»: the setting between the speaker and the verb of speech.
  ru({ name: 'ru.attended.spoke-at', type: 'ATTENDED', dating: 'span',
    pattern: `{PERSON|NAME:from},? (?:на|в ходе|во время) {EVENT|MEET:to},? (?:(?:также|тоже|вновь|ещё раз) )?(?:выступил${VERB_END}|заявил${VERB_END}|отметил${VERB_END}|подчеркнул${VERB_END}|пообещал${VERB_END}|предложил${VERB_END}|напомнил${VERB_END}|призвал${VERB_END}|сообщил${VERB_END}|рассказал${VERB_END}|изложил${VERB_END}|доложил${VERB_END})(?![\\p{L}])` }),
  ru({ name: 'ru.attended', type: 'ATTENDED', dating: 'span',
    pattern: `{PERSON|NAME:from} (?:принял${VERB_END}|примут|примет|принимают|принимает) участие в (?:работе )?{EVENT|MEET:to}` }),
  // «На заседании выступили генсек X и начальник штаба Y»: the speakers after their verb were there too.
  ru({ name: 'ru.attended.inverted', type: 'ATTENDED', dating: 'span',
    pattern: `(?:в|во|на) (?:работе |(?:[^ ⟦⟧.;,]+ ){0,2}?)?{EVENT|MEET:to}(?: (?:[^ ⟦⟧.;,]+|⟦(?:PLACE|STATE|DATE)#\\d+⟧)){0,5}? (?:принял${VERB_END}|примут|примет|участвовал${VERB_END}|присутствовал${VERB_END}|присутствуют|присутствует|будут присутствовать|выступил${VERB_END}|выступают|выступит|выступят) (?:участие )?{PERSON|NAME:from}` }),
  // A state that signs a treaty or an agreement SIGNED it (as en.signed.treaty); one that ratifies it is a party to it (MEMBER_OF):
  // «Армения и Россия подписали Договор …», «Подписавшие Договор в 1992 году Армения и Россия …», «Россия ратифицировала Соглашение».
  ru({ name: 'ru.signed.treaty', type: 'SIGNED', dating: 'start', context: RU_TREATY,
    pattern: `{STATE:from} (?:(?:в |во )?⟦DATE#\\d+⟧ )?(?:подписал${VERB_END}|подпишут|подпишет) {INIT:to}` }),
  ru({ name: 'ru.signed.treaty-participle', type: 'SIGNED', dating: 'start', context: RU_TREATY,
    pattern: `[Пп]одписавш${VERB_END} {INIT:to}(?: (?:в |во )?⟦(?:DATE|PLACE)#\\d+⟧){0,2} {STATE:from}` }),
  ru({ name: 'ru.member.ratified', type: 'MEMBER_OF', dating: 'start', context: RU_TREATY,
    pattern: `{STATE:from} (?:(?:в |во )?⟦DATE#\\d+⟧ )?(?:ратифицировал${VERB_END}|ратифицирует|ратифицируют) {INIT:to}` }),
  ru({ name: 'ru.member.ratified-participle', type: 'MEMBER_OF', dating: 'start', context: RU_TREATY,
    pattern: `[Рр]атифицировавш${VERB_END} {INIT:to}(?: (?:в |во )?⟦(?:DATE|PLACE)#\\d+⟧){0,2} {STATE:from}` }),
  ru({ name: 'ru.signed', type: 'SIGNED', dating: 'span', unless: RU_TREATY,
    pattern: `{STATE|PERSON|ORG:from} (?:подписал${VERB_END}|подпишут|подпишет|ратифицировал${VERB_END}) {INIT:to}` }),
  ru({ name: 'ru.adopted-at', type: 'ADOPTED_AT', dating: 'start',
    pattern: `{INIT:from},? (?:был${VERB_END} )?(?:принят${VERB_END}|утвержден${VERB_END}|утверждён${VERB_END}|подписан${VERB_END}|одобрен${VERB_END}) (?:на|в ходе) {EVENT|MEET:to}` }),
  // «По итогам сессии лидеры подписали декларацию и утвердили бюджет»: each document, at the meeting the sentence names.
  // «подписан протокол заседания»: the passive participle before the document.
  // «программа, которую лидеры утвердили на саммите в Астане»: the relative clause after the document.
  ru({ name: 'ru.adopted-at.relative', type: 'ADOPTED_AT', dating: 'start',
    pattern: `{INIT:from}"?,? котор${VERB_END} (?:(?:[^.;,⟦]|⟦(?:ORG|STATE)#\\d+⟧){1,70}? )?(?:утвердил|принял|подписал|одобрил)${VERB_END} (?:на|в ходе) (?:сво${VERB_END} )?{EVENT|MEET:to}` }),
  // «Напомним, программу утвердили на сессии в Астане», «Программа была принята на саммите»: the programme named before (not «новую
  // программу», another one), as en.adopted-at.the-programme reads it.
  ru({ name: 'ru.adopted-at.the-programme', type: 'ADOPTED_AT', dating: 'start', fromFallback: 'programme',
    pattern: `(?<![\\p{L}](?:нов|друг|втор|следующ|отдельн|ин)\\p{L}* )(?<![\\p{L}])[Пп]рограмм(?:а|у)(?:,? котор\\p{L}+)? (?:(?:[^.;,⟦]|⟦(?:ORG|STATE)#\\d+⟧){1,40}? )?(?:утвердил|принял|одобрил|утвержден|утверждён|принят|одобрен)${VERB_END} (?:на|в ходе) (?:сво${VERB_END} )?{EVENT|MEET:to}` }),
  ru({ name: 'ru.adopted-at.passive', type: 'ADOPTED_AT', dating: 'start', toFallback: 'meeting',
    pattern: `(?:был${VERB_END} )?(?:подписан${VERB_END}|утвержд[её]н${VERB_END}|одобрен${VERB_END}) (?!проект)(?<from>${DOCUMENT})` }),
  // «Кроме того, министры подписали заявление … и утвердили план …»: the participants of the meeting named before adopt each document.
  ru({ name: 'ru.adopted-at.participants', type: 'ADOPTED_AT', dating: 'start', toFallback: 'nearMeeting',
    unless: /сесси|саммит|заседани|встреч|совещани|учени/u,
    // The verb first, then the look behind it for the participants (cheaper than looking behind every position).
    pattern: `(?:подписали|утвердили|одобрили|приняли)(?<=(?:^|[,;] )(?:[^⟦.;,]{0,40} )?(?:министры|лидеры|главы (?:государств|правительств|делегаций)|участники|стороны|члены (?:совета|комиссии|комитета)|президенты|секретари)[^.;]{0,150}?(?:подписали|утвердили|одобрили|приняли)) (?!проект)(?<from>${DOCUMENT})` }),
  // «Договор … был подписан 15 мая 1992 года в Ташкенте», «Договора …, подписанного в Ташкенте»: adopted at a signing in that city.
  ru({ name: 'ru.adopted-at.place', type: 'ADOPTED_AT', dating: 'start',
    pattern: `{INIT:from}(?: \\((?:⟦INIT#\\d+⟧|\\p{Lu}{2,6})\\))?,? (?:был${VERB_END} )?(?:подписан|принят|утвержд[её]н)${VERB_END}(?: (?:(?:ещё|уже) )?(?:в |во )?⟦DATE#\\d+⟧(?: (?:года|году))?)? (?:(?:ещё|уже|именно) )?(?<to>(?:в|во) ⟦PLACE#\\d+⟧)` }),
  // «Программа, принятая в 2024 году», «Договор, подписанный 15 мая 1992 года»: adopted at an occasion the graph has no entity for, named by
  // the verb and its date; a place or a meeting after the date is the rule's before (ru.adopted-at.place, ru.adopted-at).
  ru({ name: 'ru.adopted-at.dated', type: 'ADOPTED_AT', dating: 'start',
    pattern: `{INIT:from},? (?:был${VERB_END} )?(?<to>(?:принят|утвержд[её]н|подписан|одобрен)${VERB_END} (?:в |во )?⟦DATE#\\d+⟧)(?! (?:в|во|на) ⟦(?:PLACE|EVENT)#)(?! (?:на|в ходе) (?:[а-яё]+ )?(?:саммит|сесси|заседани|встреч))` }),
  ru({ name: 'ru.held-in.signed', type: 'HELD_IN', dating: 'span',
    pattern: `⟦INIT#\\d+⟧(?: \\((?:⟦INIT#\\d+⟧|\\p{Lu}{2,6})\\))?,? (?:был${VERB_END} )?(?<from>(?:подписан|принят|утвержд[её]н)${VERB_END})(?: (?:(?:ещё|уже) )?(?:в |во )?⟦DATE#\\d+⟧(?: (?:года|году))?)? (?:(?:ещё|уже|именно) )?(?:в|во) {PLACE:to}` }),
  // «В Ташкенте главы шести государств подписывают Договор …», «… в Ташкенте, где лидеры подписали Договор», «подписавших Договор
  // в Ташкенте в мае 1992 года»: the signing, a meeting without an entity, was held in that city and the document adopted at it.
  ru({ name: 'ru.held-in.signed-there', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^|[,;:] |⟦DATE#\\d+⟧,? )(?:[Вв]|[Вв]о) {PLACE:to},? (?:где )?(?:[^.;]{0,150}? )?(?<from>(?:подписал|подписыва|подписа|утвердил|утвержда)${VERB_END}) ⟦INIT#\\d+⟧` }),
  ru({ name: 'ru.adopted-at.signed-there', type: 'ADOPTED_AT', dating: 'start',
    pattern: `(?:^|[,;:] |⟦DATE#\\d+⟧,? )(?<to>(?:[Вв]|[Вв]о) ⟦PLACE#\\d+⟧),? (?:где )?(?:[^.;]{0,150}? )?(?:подписал|подписыва|подписа|утвердил|утвержда)${VERB_END} {INIT:from}` }),
  ru({ name: 'ru.held-in.signed-participle', type: 'HELD_IN', dating: 'span',
    pattern: `(?<from>подписавш${VERB_END}|подписывающ${VERB_END}|подписал${VERB_END}) ⟦INIT#\\d+⟧(?: ⟦DATE#\\d+⟧)? (?:в|во) {PLACE:to}` }),
  ru({ name: 'ru.adopted-at.signed-participle', type: 'ADOPTED_AT', dating: 'start',
    pattern: `(?:подписавш${VERB_END}|подписывающ${VERB_END}|подписал${VERB_END}) {INIT:from}(?: ⟦DATE#\\d+⟧)? (?<to>(?:в|во) ⟦PLACE#\\d+⟧)` }),
  ru({ name: 'ru.adopted-at.documents', type: 'ADOPTED_AT', dating: 'start', toFallback: 'meeting',
    pattern: `(?:подписал${VERB_END}|утвердил${VERB_END}|одобрил${VERB_END}|приняли|принял) (?!проект)(?<from>${DOCUMENT})` }),
];
