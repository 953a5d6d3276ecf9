/**
 * Who pays for, administers or coordinates the programme in focus, in a sentence that does not name it:
 * journalists name a programme once and then write "Russia has carried most of the cost", "Kazakhstan
 * transferred its share last month", «Основную часть расходов несёт Россия», «Администрирует её X»,
 * «Программу координирует Таджикистан, основную часть поставок оплачивает Россия». A reader behind the
 * rules: a predicate of the role (a funding verb, or a light verb with a word for money beside it), and its
 * subject, before it (English and Russian), after it (Russian word order, an English passive's "by"), or
 * the name a relative clause hangs on ("Russia, which provides most of the funds"). Precision by what it
 * refuses: a negation, a modal, a plan or a promise before the predicate in its clause, a doubt anywhere,
 * another event or meeting named in the clause, a subject after a preposition (the place, not the payer).
 */
import { namesOtherProgramme } from './programme-focus';
import { clausesOf, GUARDS } from './relations';
import type { Template } from './template';
import type { FactEnd } from './types';

export type ProgrammeRole = 'PARTICIPATES_IN' | 'ADMINISTERS' | 'COORDINATES';

export interface ProgrammeRoleFind {
  type: ProgrammeRole;
  from: FactEnd;
  to: FactEnd;
  /** "programme-role.<what>". */
  rule: string;
}

const L = 'a-zA-Zа-яА-ЯёЁ';
/** A sum in a currency: «около 2 млрд тенге», "$40 million", "20 million roubles". */
const AMOUNT = `(?:(?:\\$|€)\\d[\\d.,]*(?: (?:million|billion|bn|m))?|(?:\\d[\\d.,]* )?(?:million|billion|млн|млрд|миллион[${L}]*|миллиард[${L}]*|тыс\\.?)? ?(?:dollars|euros|roubles|rubles|tenge|soms?|somoni|рубл[${L}]*|руб\\.?|долл\\.|доллар[${L}]*|тенге|евро|сом[${L}]*))`;
/** Words for money a light verb takes: "the cost", "its share", «расходов», «свои взносы». Not a budget, which is as often the organization's own. */
const MONEY = `(?:cost|costs|burden|bill|expenses|funds|funding|money|cash|financing|share|shares|contributions?|dues|расход[${L}]*|затрат[${L}]*|финансировани[${L}]*|взнос[${L}]*|дол[юиея]|деньг[${L}]*|денег|${AMOUNT}|средств[${L}]*|сумм[${L}]*)`;
/**
 * The plain form of a paying verb, right after its subject or after "help (to)", "to" or an adverb: "Russia and Kazakhstan
 * fund most of the work", "which Russia and Kazakhstan help to fund". Elsewhere it is the noun ("a new fund") or another use.
 */
const BARE_FUNDS = `(?<=(?:⟧|which|that|who|help|helps|helped|helping|to|also|jointly|together|still|largely|mostly|mainly|partly|now) )(?:fund|finance|co-finance|bankroll|pay for|contribute)(?! (?:minist|department|committee|chief|official))`;
/**
 * "Contributes to stability", "contributed to the talks": given to something other than the programme, its money or "it". Money
 * "contributed to the programme" or "to its costs" is paid.
 */
const NOT_TO_OTHER = `(?:(?<!contribut[${L}]*)|(?! to (?!(?:the |this |that |its |their )?(?:[${L}-]+ ){0,3}?(?:programm?es?|programs?|projects?|scheme|costs?|funding|financing|budget|it(?![${L}])|⟦INIT#))))`;
/** Verbs that say paying alone: "funds", "paid for", «финансирует», «оплачивает». */
const FUNDS = `(?:(?:${BARE_FUNDS}|pays? into|paid into|paying into|(?:pays?|paid|paying) in(?= ?[,.;]| while| and| as)|(?:continues?|continued|continuing) (?:to fund|funding|to finance|financing|to pay for)|(?:продолж|осуществля|наращива|возобнов|ведут|вед[её]т)[${L}]* финансировани[${L}]*|funds|funded|finances|financed|co-finances|co-financed|bankrolls|bankrolled|pays for|paid for|paying for|contributes|contributed|contributing|финансиру[${L}]*|финансировал[${L}]*|профинансировал[${L}]*|софинансиру[${L}]*|оплачива[${L}]*|оплатил[${L}]*|оплачен[${L}]*|заплатил[${L}]*)${NOT_TO_OTHER})`;
/** Verbs that say paying with a word for money beside them: "carried most of the cost", «вносят меньшие суммы», «свои взносы перечислили». */
const LIGHT = `(?:выполнил[${L}]*|выполня[${L}]*|трат[${L}]*|потратил[${L}]*|spends|spent|spend|spending|allocated|allocates|allocate|earmarked|carried|carries|carry|bore|bears|bear|shouldered|shoulders|covered|covers|cover|footed|foots|put up|puts up|putting up|made|makes|make|provided|provides|provide|transferred|transfers|sent|paid|pays|gave|gives|give|given|нес[её]т|несут|нес(?:ла|ли)?|вносит|вносят|внос[${L}]*|внес[${L}]*|внёс|перечисл[${L}]*|да[её]т|дают|давал[${L}]*|выделя[${L}]*|выделил[${L}]*|выделит|выделят|обеспечива[${L}]*|покрыва[${L}]*|бер[её]т на себя|берут на себя|взял[${L}]* на себя)`;
/** Supplies in kind under the programme: «Белоруссия поставляет технику», «поставляет по программе системы …». */
const GOODS = `(?:по программе|under the programme|поставок|поставки|deliveries|shipments|техник[${L}]*|оборудовани[${L}]*|систем[${L}]*|вооружени[${L}]*|тепловизор[${L}]*|бронетехник[${L}]*|бронемашин[${L}]*|машин[${L}]*|автомобил[${L}]*|внедорожник[${L}]*|грузовик[${L}]*|вертол[её]т[${L}]*|катер[${L}]*|радиостанци[${L}]*|беспилотник[${L}]*|дрон[${L}]*|камер[${L}]*|прибор[${L}]*|генератор[${L}]*|снаряжени[${L}]*|боеприпас[${L}]*|средства связи|equipment|vehicles|hardware|weapons|arms|systems|cameras|radars|drones|trucks|gear|materiel|ammunition|helicopters|boats|radios|goggles|sensors|generators|towers|kits|uniforms|imagers)`;
const SUPPLIES = `(?:(?:(?<=(?:⟧|will|to|also|jointly|now|still) )(?:supply|deliver|provide|send|donate|hand over)|поставля[${L}]*|обеспечива[${L}]*|обеспечил[${L}]*|направил[${L}]*|направля[${L}]*|поставил[${L}]*|передал[${L}]*|переда[её]т|передают|(?:продолж|осуществля|наращива|ведут|вед[её]т|возобнов)[${L}]* поставк[${L}]*|supplies|supplied|supplying|delivers|delivered|delivering|provides|provided|providing|donated|donates|contributes|contributed|sends|sent)(?= (?:(?:[^ .,;⟦⟧]+|⟦PLACE#\\d+⟧) ){0,4}?${GOODS})|(?:supplied|supplies|supplying|поставил[${L}]*|поставля[${L}]*|поставит|поставят)(?= (?:[^ .,;⟦]|⟦PLACE#\\d+⟧)))`;
/** A state that meets its obligations under the programme pays or delivers: «Белоруссия выполняет свои обязательства поставками», "Kazakhstan has met its commitments". */
const FULFILS = `(?:(?:выполня|выполнил|выполнит|исполня|исполнил)[${L}]* (?:сво[${L}]* )?(?:финансов[${L}]* )?обязательств[${L}]*|(?:fulfilled|fulfils|fulfills|fulfil|fulfill|met|meets|honou?red|honou?rs) (?:all )?(?:its|their) (?:financial )?(?:commitments|obligations))`;
const WORD = `(?:[^ .;⟦⟧]+|⟦(?:DATE|INIT)#\\d+⟧)`;
/** Between the money or goods and the programme they go to: «взнос в …», «средства на …», «поставки … в рамках …», "contribution to the …", "equipment under the …". */
const MONEY_INTO = /^ (?:(?:[^ .;⟦⟧]+|⟦DATE#\d+⟧) ){0,4}?(?:в рамках|по линии|в|во|на|по|to|into|towards|for|under|as part of|within) (?:the )?["«]?$/iu;
/** A funding verb's object, the programme itself, maybe a part of it: "funds part of the Interstate Program", «финансирует часть межгосударственной … программы». */
const FUNDED_OBJECT = /^ (?:(?:(?:most|all|some|many|the) )?(?:deliveries|supplies|shipments|purchases|equipment) (?:under|for|within) (?:the )?(?:(?:first|second|third|current|next) (?:stage|phase) of (?:the )?)?|(?:part|most|half|some|much|a share) of |(?:(?:основн|больш|значительн)\p{L}* )?(?:часть|половину|долю) )?(?:the |its )?(?:[а-яё-]+ ){0,2}?["«]?$/iu;
/** Taking part in the funding of what follows: «участвует в финансировании межгосударственной программы …», "in the funding of the Programme". */
const FUNDING_OF = /(?:финансировании|funding|financing|funding of|financing of)$/iu;
const FUNDS_ALONE = new RegExp(`^(?:${FUNDS})$`, 'iu');

/** A payer named by what it is: "Russia is the main donor", "Kazakhstan remains the second contributor", «Россия — главный донор», «главным спонсором выступает Россия». */
const DONOR = `(?:(?:is|are|was|were|remains?|has been|have been) (?:also )?(?:the |a |its |one of the )?(?:[${L}-]+ ){0,2}?(?:donors?|contributors?|funders?|sponsors?|financiers?|participants?)|(?:— )?(?:[${L}-]+ ){0,1}?(?:донор|спонсор|участник)[${L}]*(?: (?:программы|проекта))?(?: (?:выступа|явля)[${L}]*)?)`;

/**
 * Taking part in the programme spoken of by its noun or a pronoun: "Belarus has taken part in the programme since 2019",
 * «Казахстан участвует в ней», «принимает участие в её реализации», «участвует поставками оборудования». A named programme after "in" is
 * the membership rules' (programmesJoined).
 */
const TAKES_PART = `(?:(?:(?:take|takes|took|taken|taking) part|participates?|participated|participating|(?:участву|участвовал|принима|принял|примет|примут)[${L}]*(?: участие)?) (?:in|в) (?:(?:(?:most|many|all|some|several|each|much|part) of )?(?:the|this|that|its) (?:[${L}-]+ ){0,2}?(?:programm?es?|programs?|schemes?|projects?)|its (?:funding|financing)|(?:the )?(?:funding|financing) of (?:it|the (?:[${L}-]+ ){0,2}?(?:programm?e|program|scheme|project))|(?:the )?(?:funding|financing)(?: of)?(?= (?:the )?⟦INIT#)|⟦INIT#\\d+⟧|it|программ[${L}]*|проект[${L}]*|ней|н[её]м|(?:е[её]|его) (?:реализации|выполнении|финансировании)|(?:реализации|выполнении|финансировании) (?:программы|проекта)|финансировании(?= ⟦INIT#))|(?:участву|участвовал)[${L}]* (?:[${L}]+ ){0,1}?(?:поставками|средствами|деньгами|взносами|финансированием|техникой|оборудованием))`;
/**
 * Bought or paid for with a state's money, the state named after it: «техника, закупленная на средства России», «оплачено за счёт
 * Казахстана», "vehicles bought with money from Russia". The verb comes first, as «за счёт» alone is as often "owing to".
 */
const PAID_FROM = `(?:(?:закуплен|куплен|приобретен|приобретён|оплачен|профинансирован|построен|поставлен|закупа|закупил|закупят|приобрел|приобрёл|приобрета|купил)[${L}]* (?:(?:в основном|главным образом|полностью|частично|целиком) )?(?:на средства|за сч[её]т(?: средств)?|из средств)|(?:bought|purchased|paid for|financed|funded|built|acquired) (?:(?:mostly|largely|mainly|partly|entirely|wholly) )?with (?:money|funds|funding|cash) (?:from|provided by))`;

/**
 * Money that comes from a state or hangs on it, the state named after it: "Most of the funding comes from Russia", "the programme's
 * funding depends almost entirely on Russia", «Основная часть средств поступает от России», «финансирование зависит от Казахстана».
 */
const MONEY_FROM = `${MONEY} (?:${WORD} ){0,3}?(?:(?:comes?|came|coming|is coming) (?:(?:mostly|largely|mainly|chiefly|partly) )?from|(?:depends|depended|relies|relied|rests|rested|hinges|hinged)(?: (?:almost|largely|mostly|mainly|heavily|entirely|wholly|chiefly))* on|(?:зависит|зависело|зависят) (?:(?:почти|целиком|полностью|в основном|главным образом) )*от|(?:поступа|поступил|поступ[ия]т|ид[её]т|идут|шл[иа]|приход|пришл)[${L}]* (?:(?:в основном|главным образом|преимущественно|частично) )?(?:от|из))`;

/**
 * Goods or money that came from a state, the state named after it: «на заставы поступила техника из России и Белоруссии», «поставками
 * техники со стороны Российской Федерации», "delivered with funding from Russia and Kazakhstan", "thanks to financing by Kazakhstan".
 */
const CAME_FROM = `(?:(?:поступил|поступа|доставлен|доставля|передан)[${L}]* (?:[^⟦⟧.;,]{0,60}? )?(?:из|от)|поставк[${L}]* (?:[^⟦⟧.;]{0,80}? )?со стороны|(?:with|thanks to|through) (?:the )?(?:(?:financial|generous) )?(?:funding|financing|money|funds|contributions?|grants?) (?:(?:provided|supplied) )?(?:from|by))`;

/**
 * Running a programme by other verbs than "administers": "manages", "oversees", "runs", "handles", "is in charge of", "is responsible for",
 * «управляет», «курирует», «ведёт», «отвечает за реализацию», «находится в ведении». These verbs take much else ("runs the talks",
 * «ведёт переговоры», "oversees the exercise"), so the programme must be their object: named or spoken of right after ("the Interstate
 * Program", "it", «её», "procurement for it", «закупки по программе»), an English passive's agent after it, or a Russian relative clause
 * on the programme before («программа, которую ведёт X»).
 */
const MANAGES_EN = `(?:manages|managed|managing|manage|oversees|oversaw|overseen|overseeing|oversee|supervises|supervised|supervising|supervise|runs|run|ran|running|handles|handled|handling|handle|(?:is|are|was|were|has been|have been|remains|remain) (?:(?:now|also|directly|formally) )?(?:in charge of|responsible for(?: (?:implementing|running|administering|managing|the implementation of|the running of))?))`;
const MANAGES_RU = `(?:управля[${L}]*|управлял[${L}]*|куриру[${L}]*|курировал[${L}]*|вед[её]т|ведут|вела|вёл|вели|руководит|руководил[${L}]*|отвеча[${L}]* за|отвечал[${L}]* за|ответствен[${L}]* за|наход[${L}]* в (?:ведении|управлении)|находил[${L}]* в (?:ведении|управлении))`;
/** The object of such a verb: the programme (its noun, name or pronoun), what it buys, or carrying it out. */
const RUN_OBJECT_EN = `(?= (?:the |its |their |this |that )?(?:⟦(?:ORG|STATE)#\\d+⟧(?:['’]s)? |(?:bloc|alliance|organi[sz]ation)['’]s )?(?:(?:[${L}-]+ ){0,3}?(?:programm?es?|programs?|procurement|purchas(?:es|ing)|contracts)(?![${L}])|(?:[${L}-]+ ){0,2}?⟦INIT#|it(?![${L}])|(?:its |the )?implementation))`;
const RUN_OBJECT_RU = `(?= (?:(?:е[её]|его|ей|ею|им) (?![${L}]*ся)|(?:[а-яё-]+ ){0,2}?(?:программ|закупк|поставк|реализаци|исполнени|выполнени|⟦INIT#)))`;
/** A passive's agent right after ("is overseen by the Commission"): the passive reading checks what it is said of. */
const BY_AGENT = `(?= (?:(?:mostly|largely|mainly|chiefly|primarily|formally|directly|jointly) )?by )`;
/** A Russian relative clause on the programme named before: «программу, которую ведёт X», «которой управляет X». */
const AFTER_RELATIVE = `(?<=(?:которую|которой|которая|которым|которое|который) (?:(?:сейчас|ныне|теперь|по-прежнему|также|фактически) )?${MANAGES_RU})`;
/** Carrying it out fronted, the body after: «За исполнение программы отвечает X», «Её реализацию обеспечивает X», «Реализацией программы занимается X». */
const RUN_FRONTED_RU = `(?:[Зз]а (?:е[её] |его )?(?:реализаци|исполнени|выполнени|закупк)[${L}]*(?: (?:по (?:ней|нему|программе)|программы|проекта))? (?:отвеча|отвечал)[${L}]*|(?:е[её] |его )?(?:реализаци|исполнени|выполнени|закупк)[${L}]*(?: (?:по (?:ней|нему|программе)|программы|проекта))? (?:обеспечива|обеспечил|куриру|курировал|вед[её]т|ведут|вела|вёл|занима|управля)[${L}]*)`;

const PREDICATES: Array<{ type: ProgrammeRole; rule: string; pattern: RegExp; agentAfter?: boolean }> = [
  { type: 'PARTICIPATES_IN', rule: 'programme-role.funds', pattern: new RegExp(`(?<![${L}-])(?:${FUNDS}|${SUPPLIES}|${FULFILS}|${LIGHT} (?:${WORD} ){0,5}?${MONEY}|${MONEY} (?:${WORD} ){0,4}?${LIGHT})(?![${L}])`, 'giu') },
  { type: 'PARTICIPATES_IN', rule: 'programme-role.donor', pattern: new RegExp(`(?<![${L}-])${DONOR}(?![${L}])`, 'giu') },
  { type: 'PARTICIPATES_IN', rule: 'programme-role.takes-part', pattern: new RegExp(`(?<![${L}-])${TAKES_PART}(?![${L}])`, 'giu') },
  { type: 'PARTICIPATES_IN', rule: 'programme-role.paid-from', pattern: new RegExp(`(?<![${L}-])(?:${PAID_FROM}|${MONEY_FROM})(?![${L}])`, 'giu'), agentAfter: true },
  { type: 'PARTICIPATES_IN', rule: 'programme-role.came-from', pattern: new RegExp(`(?<![${L}-])${CAME_FROM}(?![${L}])`, 'giu'), agentAfter: true },
  { type: 'ADMINISTERS', rule: 'programme-role.administers', pattern: new RegExp(`(?<![${L}-])(?:administers|administered|administering|administer|администриру[${L}]*|администрировал[${L}]*)(?![${L}])`, 'giu') },
  { type: 'ADMINISTERS', rule: 'programme-role.manages', pattern: new RegExp(`(?<![${L}-])(?:${MANAGES_EN}(?:${RUN_OBJECT_EN}|${BY_AGENT})|${MANAGES_RU}(?:${RUN_OBJECT_RU}|${AFTER_RELATIVE})|${RUN_FRONTED_RU})(?![${L}])`, 'giu') },
  { type: 'COORDINATES', rule: 'programme-role.coordinates', pattern: new RegExp(`(?<![${L}-])(?:coordinates|coordinated|координиру[${L}]*|координировал[${L}]*)(?![${L}])`, 'giu') },
];

/** Who may hold each role: a state pays; a body administers; a state or a body coordinates. */
const SUBJECTS: Record<ProgrammeRole, Set<string>> = {
  PARTICIPATES_IN: new Set(['STATE']),
  ADMINISTERS: new Set(['ORG']),
  COORDINATES: new Set(['STATE', 'ORG']),
};

/** A promise is not a payment ("pledged", «обещала»); an amount "little" or "nothing" says it did not pay. */
const PROMISED = /(?<![\p{L}])(?:pledg\p{L}*|promis\p{L}*|обещ\p{L}*|посул\p{L}*)(?![\p{L}])/iu;
/** Hearsay: "Russia is said to be paying for most of it", «по слухам». */
const HEARSAY = /(?<![\p{L}])(?:(?:is|are|was|were) (?:said|believed|thought|understood|rumou?red) to|по слухам|говорят)(?![\p{L}])/iu;
/**
 * What an English passive may be said of: the programme, by its noun or name, the money ("Most of the bill was footed by X") or what it
 * delivers ("The consignment, paid for by X, …"); not "It", which may be one stage of it.
 */
const PASSIVE_SUBJECT = new RegExp(`(?:programm?e|program|project|⟦INIT#\\d+⟧|${MONEY}|scheme|initiative|consignments?|shipments?|deliver(?:y|ies)|equipment|hardware|supplies|batch(?:es)?|procurement|purchases|purchasing|contracts)`, 'iu');
/** Between a verb of running and the programme it takes: "the", "procurement for", "the procurement side of", «закупки по», «реализацию». */
const RUN_OBJECT_GAP = /^ (?:(?:the |its )?(?:procurement|purchas(?:es|ing)|contracts|deliveries|implementation)(?: side)? (?:for|under|of|within) )?(?:the |its )?(?:⟦(?:ORG|STATE)#\d+⟧(?:['’]s)? )?["«]?$|^ (?:(?:[а-яё-]+ )?(?:закупк|поставк|реализаци|исполнени|выполнени)\p{L}* (?:(?:техники |оборудования )?(?:по|в рамках|для) )?)?["«]?$/iu;
/** A second verb of the subjects of the one before: "… and oversees", «…, а также курирует», «и курирует». */
const COORDINATED_VERB = /^(?:[^.;⟦]|⟦(?:INIT|DATE|PLACE)#\d+⟧){0,120}?(?:,? and (?:also )?|,? а также |,? и (?:также )?)$/u;
/** A participle's aside on the programme's adoption: "…, adopted at the Astana session in 2024, …", «…, утверждённая на сессии в Астане, …»: no meeting of the clause's own. */
const ADOPTION_ASIDE = /, (?:(?:утвержд|принят|одобрен|adopted|approved|endorsed|agreed)[^,;.]*), /giu;
/** A donor of something else: "the main donor of aid to Kabul", «крупнейший донор гуманитарной помощи» (a donor of the programme is «донор программы», read with the noun). */
const DONOR_OF_OTHER = /^ (?:(?:of|to|for|in|для) (?!(?:the |its )?(?:programm?e|program|project|it|⟦INIT))|(?!(?:выступа|явля|оста|был|стал|станов)\p{L}*)[а-яё])/iu;
/**
 * What was given beside the programme, not under it: "Separately, Russia delivered …", "bilateral aid", «вне рамок программы»,
 * «в двустороннем порядке», «помимо программы».
 */
const BESIDE_PROGRAMME = /(?<![\p{L}])(?:separately|bilateral\p{L}*|outside (?:the|its|that) (?:programm?e|program|framework|scheme)|independently of|on (?:its|their) own account|отдельно|вне рамок|вне программы|помимо программы|двусторонн\p{L}*)(?![\p{L}])/iu;
/** "Under the plan, Belarus will supply …", «по плану программы»: the programme as a frame, not a plan that was only intended. */
const UNDER_THE_PLAN = /(?<![\p{L}])(?:under|according to|as part of|in line with) (?:the|this|that|its) plan|(?:по|согласно|в рамках) плану?(?![\p{L}])/giu;
/** A gapped item of a list of payments: a state and its sum, the verb left out (", Belarus $5 million", «, Белоруссия — 0,9 млрд руб.»). */
const GAPPED_AMOUNT = /(?<=^[^;]*?)[,;] (?:а |и |and |while )?⟦STATE#(\d+)⟧ ?(?:[—–-] ?)?(?:(?:около|about|some|almost|nearly|почти|примерно|another|ещё|just|only|лишь) )?[$€]?\d/gu;
/**
 * One stage of the programme, an end of its own for who runs or coordinates it; a state that funds a stage takes part in the programme
 * ("Russia and Kazakhstan have funded most of the first stage").
 */
const STAGE = /(?<![\p{L}])(?:stages?|phases?|этап\p{L}*)(?![\p{L}])/iu;
/**
 * A gapped clause after a payer's: another state and how it takes part, the verb left out («Белоруссия участвует поставками, Киргизия –
 * подготовкой специалистов», "Kazakhstan and Belarus take part in its projects; Kyrgyzstan and Tajikistan mainly as recipients"). Not
 * «Армения — нет», «Киргизия — пока нет» nor "Armenia not at all".
 */
const GAPPED_PART = /^[^.;]*?[,;] (?:а |и |and |while |but )?((?:⟦STATE#\d+⟧(?:,? (?:и|and) |, )?)+) ?(?:[—–] ?(?![^,.;]{0,20}?(?<![\p{L}])(?:нет|не|ни|no|not|none|nothing)(?![\p{L}]))\p{L}|(?:(?:mainly|mostly|only|also|largely|chiefly|partly|primarily) )?(?:as|with|through|via) )/u;
const NOTHING_AFTER = /^ (?:little|nothing|ничего|ни рубля|ни копейки)(?![\p{L}])/iu;
/** Another thing paid for or run than the programme: an exercise, a meeting, a mission. */
const OTHER_OBJECT = /(?<![\p{L}])(?:exercis\p{L}*|drills?|summit|session|meeting|conference|talks|переговор\p{L}*|mission|operation|games|учени\p{L}*|саммит\p{L}*|сесси\p{L}*|заседани\p{L}*|встреч\p{L}*|конференци\p{L}*|операци\p{L}*|мисси\p{L}*|игр\p{L}*)(?![\p{L}])/iu;
/** A name after these is where or to whom, not who: "deliveries to Tajikistan", «в Таджикистане», «из России». */
const PREPOSITION_BEFORE = /(?:^|[\s"«(])(?:in|at|to|from|with|for|of|on|into|against|between|across|near|в|во|на|из|с|со|к|ко|по|у|для|от|при|о|об|между|против|через)\s+(?:the\s+)?["«]?$/iu;
/** The stretch between a subject and its predicate: a few words, maybe an aside between commas ("Russia, he added, had carried …", "X, chaired by Y, administers"). */
const SUBJECT_GAP = /^"?(?:,[^,;.]{1,90},)?(?: (?:[^⟦⟧,;.]|⟦DATE#\d+⟧){0,40}?)? ?"?$/u;
/** After a predicate, before its subject (Russian word order): a few words, not a clause. */
const OBJECT_GAP = /^(?: [^⟦⟧,;.]{0,40}?)?(?: —)? "?$/u;
/** Between the items of a list of payers; "X together with Y", «X вместе с Y» pay both. */
const JOINER = /^"?(?:,? (?:and|и|а также|as well as|together with|along with|jointly with|вместе с|совместно с) |, )"?(?:the )?$/u;

interface Placed {
  index: number;
  at: number;
  after: number;
}

/** The list a slot belongs to, from its first item to its last, by the joiners between them. */
function listAround(template: Template, placed: Placed[], k: number): Placed[] {
  const joiner = (i: number) => template.text.slice(placed[i]!.after, placed[i + 1]!.at);
  let first = k;
  let last = k;
  while (first > 0 && JOINER.test(joiner(first - 1))) first--;
  while (last < placed.length - 1 && JOINER.test(joiner(last))) last++;
  // "X administers it, and the Secretariat coordinates": a comma before "and" between two names joins two clauses, not a list of two.
  if (last - first === 1 && /^"?, (?:and|и) /u.test(joiner(first))) return [placed[k]!];
  return placed.slice(first, last + 1);
}

/** A list of subjects whose head does not stand after a preposition or as an owner ("deliveries to X", "the president of X"). */
function asSubjects(template: Template, list: Placed[], kinds: Set<string>): Placed[] {
  const before = template.text.slice(Math.max(0, list[0]!.at - 30), list[0]!.at);
  if (PREPOSITION_BEFORE.test(before) || GUARDS.owned(before)) return [];
  return list.filter((item) => kinds.has(template.slots[item.index]!.kind) && template.slots[item.index]!.entityId);
}

/**
 * The finds of one sentence: each role predicate of a clause with its subjects, of the programme in focus.
 * `focus` is the programme the article has in focus before this sentence (named in the one before, earlier in the
 * paragraph or in the paragraph before); one this sentence names before a predicate is that predicate's.
 */
export function programmeRoles(template: Template, sentenceText: string, focus: FactEnd | undefined, language: 'en' | 'ru', isProgramme: (id: string) => boolean): ProgrammeRoleFind[] {
  if (/\?\s*["»”]?\s*$/u.test(sentenceText)) return [];
  const clauses = clausesOf(template.text);
  const placed: Placed[] = template.slots.map((_, index) => {
    const at = template.at[index]!;
    return { index, at, after: template.text.indexOf('⟧', at) + 1 };
  }).filter((item) => template.slots[item.index]!.kind !== 'DATE');
  const finds: ProgrammeRoleFind[] = [];
  const earlier: Array<{ type: ProgrammeRole; end: number; subjects: Placed[] }> = [];
  for (const { type, rule, pattern, agentAfter } of PREDICATES) {
    for (const match of template.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // The programme this sentence names before the predicate, else the one in focus ("…, as it does the Interstate Program" names another after it).
      const named = template.slots.filter((slot, i) => slot.kind === 'INIT' && slot.entityId && template.at[i]! < start && isProgramme(slot.entityId)).pop();
      // Or the one the money goes to, right after it: «перечислил первый взнос в Межгосударственную программу …», "its contribution to the Programme".
      const fundingOf = rule === 'programme-role.takes-part' && FUNDING_OF.test(match[0]);
      const into = named ? undefined : template.slots.find((slot, i) => slot.kind === 'INIT' && slot.entityId && template.at[i]! >= end && isProgramme(slot.entityId) && (MONEY_INTO.test(template.text.slice(end, template.at[i]!)) || ((FUNDS_ALONE.test(match[0]) || fundingOf) && FUNDED_OBJECT.test(template.text.slice(end, template.at[i]!)))));
      // "have taken part in the programme", the noun read as the programme it refers to (a slot of its own): that one, if it is a programme.
      const object = template.slots.find((slot, i) => slot.kind === 'INIT' && template.at[i]! >= start && template.at[i]! < end);
      if (object && !(object.entityId && isProgramme(object.entityId))) continue;
      // "administers the Interstate Program", «курирует закупки по Межгосударственной программе»: the programme the verb of running takes.
      const runs = type !== 'PARTICIPATES_IN' ? template.slots.find((slot, i) => slot.kind === 'INIT' && slot.entityId && template.at[i]! >= end && isProgramme(slot.entityId) && RUN_OBJECT_GAP.test(template.text.slice(end, template.at[i]!))) : undefined;
      const destination = object ?? runs ?? named ?? into;
      const programme = destination ? { entityId: destination.entityId, text: destination.text } : focus;
      if (!programme?.entityId) continue;
      const found = clauses.at(start);
      // A relative clause ends at its closing comma ("The programme, which X coordinates, entered its second stage"): what follows is the main clause's.
      const close = found.opensAfter === undefined ? -1 : template.text.indexOf(',', end);
      const closed = close >= 0 && close < found.end ? { ...found, end: close } : found;
      // ", and that Russia and Kazakhstan are still paying in": an English clause joined by ", and" begins there (a Russian «, и» already breaks).
      const joined = [...template.text.slice(closed.start, start).matchAll(/, (?:and|but) (?:that )?| (?:and|but) that /gu)].pop();
      const clause = joined ? { ...closed, start: closed.start + joined.index + joined[0].length } : closed;
      const lower = template.text.slice(clause.start, clause.end).toLowerCase();
      if (GUARDS.refused(template.text.slice(clause.start, start).toLowerCase().replace(UNDER_THE_PLAN, ' ')) || GUARDS.doubted(lower) || PROMISED.test(template.text.slice(clause.start, end)) || HEARSAY.test(lower)) continue;
      if (NOTHING_AFTER.test(template.text.slice(end))) continue;
      // «участвует в программе НАТО «Партнёрство ради мира»»: a programme its own name follows is another one.
      if (rule === 'programme-role.takes-part' && !fundingOf && /^,? ?(?:["«]|⟦(?!DATE)|\p{Lu})/u.test(template.text.slice(end))) continue;
      if (rule === 'programme-role.donor' && DONOR_OF_OTHER.test(template.text.slice(end))) continue;
      // The clause names what is paid for or run, and it is not the programme in focus.
      const inClause = placed.filter((item) => item.at >= clause.start && item.at < clause.end);
      const clauseWords = template.text.slice(clause.start, clause.end).replace(ADOPTION_ASIDE, ',').replace(/⟦\w+#\d+⟧/g, ' ');
      if (OTHER_OBJECT.test(clauseWords) || (type !== 'PARTICIPATES_IN' && STAGE.test(clauseWords)) || BESIDE_PROGRAMME.test(clauseWords) || namesOtherProgramme(template, clause.start, clause.end)) continue;
      // "the drills, which Russia paid for": a relative clause on an exercise or a meeting is about that, not the programme.
      const antecedent = clause.opensAfter === undefined ? undefined : /(\p{L}+)["»”]?$/u.exec(template.text.slice(Math.max(0, clause.start - 40), clause.start))?.[1];
      if (antecedent && (OTHER_OBJECT.test(antecedent) || (type !== 'PARTICIPATES_IN' && STAGE.test(antecedent)))) continue;
      // A programme the verb takes by name is its own, whatever other programme the clause names ("administers A and oversees procurement for B").
      if (inClause.some((item) => { const slot = template.slots[item.index]!; return (slot.kind === 'EVENT' || (slot.kind === 'INIT' && !(runs && slot.entityId && isProgramme(slot.entityId)))) && slot.entityId !== programme.entityId; })) continue;
      const kinds = SUBJECTS[type];
      const passive = language === 'en' && /^ (?:(?:mostly|largely|mainly|chiefly|primarily|partly|jointly) )?by /u.test(template.text.slice(end, end + 40));
      if (passive && !PASSIVE_SUBJECT.test(template.text.slice(clause.start, end))) continue;
      let subjects: Placed[] = [];
      // Whose money it was, named right after it («на средства России»): the owner after its own words, not a place after a preposition.
      if (agentAfter) {
        const k = inClause.find((item) => item.at >= end && /^ (?:the )?$/u.test(template.text.slice(end, item.at)));
        if (k) subjects = listAround(template, placed, placed.indexOf(k)).filter((item) => kinds.has(template.slots[item.index]!.kind) && template.slots[item.index]!.entityId);
        for (const subject of subjects) finds.push({ type, from: { entityId: template.slots[subject.index]!.entityId, text: template.slots[subject.index]!.text }, to: programme, rule });
        continue;
      }
      // Before the predicate, in its clause (not for a passive, whose subject is the thing paid for).
      if (!passive) {
        const k = [...inClause].reverse().find((item) => item.after <= start && SUBJECT_GAP.test(template.text.slice(item.after, start)));
        if (k) subjects = asSubjects(template, listAround(template, placed, placed.indexOf(k)), kinds);
      }
      // After it: Russian word order («несёт Россия», «администрирует — X»), or an English passive's agent.
      if (subjects.length === 0 && (language === 'ru' || passive)) {
        const gap = passive ? /^ (?:(?:mostly|largely|mainly|chiefly|primarily|partly|jointly) )?by (?:the )?"?$/u : OBJECT_GAP;
        const k = inClause.find((item) => item.at >= end && gap.test(template.text.slice(end, item.at)));
        if (k) subjects = asSubjects(template, listAround(template, placed, placed.indexOf(k)), kinds);
      }
      // A relative clause's predicate: the name the clause hangs on ("Russia, which provides most of the funds").
      if (subjects.length === 0 && clause.opensAfter !== undefined) {
        const k = placed.filter((item) => item.after <= clause.start && /^"?$/u.test(template.text.slice(item.after, clause.start))).pop();
        if (k) subjects = asSubjects(template, listAround(template, placed, placed.indexOf(k)), kinds);
      }
      // "administers the Interstate Program and oversees procurement for the border programme": a second verb of the same subjects.
      const previous = earlier.filter((find) => find.type === type && find.end <= start).sort((a, b) => a.end - b.end).pop();
      if (subjects.length === 0 && type !== 'PARTICIPATES_IN' && previous && COORDINATED_VERB.test(template.text.slice(previous.end, start))) subjects = previous.subjects;
      if (subjects.length > 0) earlier.push({ type, end, subjects });
      for (const subject of subjects) {
        const slot = template.slots[subject.index]!;
        finds.push({ type, from: { entityId: slot.entityId, text: slot.text }, to: programme, rule });
      }
      const gappedPart = subjects.length > 0 && type === 'PARTICIPATES_IN' ? GAPPED_PART.exec(template.text.slice(end)) : null;
      for (const [, index] of gappedPart ? gappedPart[1]!.matchAll(/⟦STATE#(\d+)⟧/gu) : []) {
        const slot = template.slots[Number(index)]!;
        if (slot.entityId) finds.push({ type, from: { entityId: slot.entityId, text: slot.text }, to: programme, rule });
      }
      // "Kazakhstan gave $10 million, Belarus $5 million", «Казахстан выделит 1,5 млрд руб., Белоруссия — 0,9 млрд»: the verb left out of the next items.
      if (subjects.length > 0 && /\d/u.test(match[0])) {
        for (const gapped of template.text.slice(end).matchAll(GAPPED_AMOUNT)) {
          const slot = template.slots[Number(gapped[1])]!;
          if (slot.entityId && kinds.has(slot.kind)) finds.push({ type, from: { entityId: slot.entityId, text: slot.text }, to: programme, rule });
        }
      }
    }
  }
  return finds;
}
