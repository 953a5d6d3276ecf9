/**
 * Fact rules for an organization's members, seat, observers and bodies where the sentence names one end
 * half (round 14b, MEMBER2): the list of members as a reference paragraph states it («ОДКБ объединяет …», "It has
 * six members: …", «Членов шесть: …»), "Its headquarters are in X", "…, where X is an observer", "Its highest
 * body is X" (the chair of a meeting named by a pronoun, «Его вёл министр X», is rules-ru.ts's ru.chair.pronoun-led). Macros: see compile() in
 * facts.ts. They run after the rules of rules-en.ts, rules-ru.ts and rules-phrases.ts.
 */
import { en, ru, type Rule } from './facts';
import { ENGLISH_FOUNDING_RULES, RUSSIAN_FOUNDING_RULES } from './rules-founding';


/** A count of members as journalists write it, in words or digits. */
const COUNT_EN = '(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})';
/** The same in the genitive, after a noun: «союз шести государств». */
const COUNT_RU_GEN = '(?:двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|\\d{1,2})';
const COUNT_RU = '(?:дв[ае]|тр[иё]|четыре|пять|шесть|семь|восемь|девять|десять|\\d{1,2})';
/** A time word that may sit beside the verb of a list: "today", «сейчас». */
const NOW_EN = '(?:(?:today|now|currently|at present|still|⟦DATE#\\d+⟧) )?';
const NOW_RU = '(?:(?:сейчас|ныне|сегодня|теперь|в настоящее время|по-прежнему) )?';
/** The organization spoken of without its name: "the bloc", «организация». */
const BLOC_EN = '(?:[Ii]t|[Tt]he (?:bloc|alliance|organi[sz]ation|pact|grouping))';
const BLOC_RU = '(?:н[её]й|не[её]|организации|блоке|союзе|альянсе)';

export const ENGLISH_MEMBER_RULES: Rule[] = [
  ...ENGLISH_FOUNDING_RULES,
  // "It has six members: Russia, …", "The CSTO now counts six member states — …": a count, then the list.
  en({ name: 'en.member.count-list', type: 'MEMBER_OF', dating: 'none', toFallback: 'priorOrg',
    pattern: `(?:{ORG:to}|${BLOC_EN}) ${NOW_EN}(?:has|counts|numbers|comprises|includes) ${NOW_EN}${COUNT_EN} (?:full )?(?:members|member states|member countries|member nations|states|countries|nations)(?: (?:today|now|at present|⟦DATE#\\d+⟧))?(?::| —| –| -|,) {STATE:from}` }),
  // "Armenia still appears in the bloc's records as a full member", "Belarus is listed as a member state": what the records say.
  en({ name: 'en.member.listed-as', type: 'MEMBER_OF', dating: 'none', toFallback: 'mainOrg',
    pattern: `{STATE:from} (?:is |are )?(?:(?:still|formally|officially) )?(?:appears|appear|listed|registered|counted|figures|counts)(?: (?:in|on) (?:[^.;⟦]|⟦ORG#\\d+⟧){1,40}?)? as (?:a |an )?(?:(?:full|full-fledged|formal) )?member(?: state| country)?(?: of {THE}{ORG:to})?(?![\\p{L}-])` }),
  // "The members of the CSTO are Belarus, …", "The other members of the bloc today are …": the predicate noun first.
  en({ name: 'en.member.members-of-are', type: 'MEMBER_OF', dating: 'none', toFallback: 'lastOrMainOrg',
    pattern: `(?<![\\p{L}])(?:[Tt]he )?(?:(?:other|remaining|current|full|present) )?(?:members|member states|member countries) of (?:{THE}{ORG:to}|the (?:bloc|alliance|organi[sz]ation|pact)(?![\\p{L}])) ${NOW_EN}(?:are|include|remain) ${NOW_EN}{STATE:from}` }),
  // "The CSTO, whose members are Russia, Belarus, …, held its summit": the list in the relative clause (round 20).
  en({ name: 'en.member.whose-members', type: 'MEMBER_OF', dating: 'none',
    pattern: `{ORG:to}(?: \\([^)]{1,40}\\))?,? whose (?:(?:current|full|other|present) )?(?:members|member states|member countries) (?:are|include|are now|include now) (?:(?:now|today|currently) )?{STATE:from}` }),
  // "The CSTO is a Russian-led military alliance of six former Soviet states: Armenia, …": a count of states after the
  // organization's predicate noun, then the list.
  en({ name: 'en.member.alliance-of-count', type: 'MEMBER_OF', dating: 'none', toFallback: 'priorOrg',
    pattern: `(?:{ORG:to}|${BLOC_EN})(?: \\([^)]{1,40}\\))?(?: (?:is|was|remains)|,) (?:an?|the) (?:[^.;:⟦]|⟦(?:PLACE|STATE)#\\d+⟧){0,80}?(?:alliance|bloc|organi[sz]ation|grouping|union|pact|club) of ${COUNT_EN} (?:(?:former |ex-)?(?:Soviet|post-Soviet) )?(?:states|countries|republics|nations|members)(?::| —| –| -) {STATE:from}` }),
  // "Besides Russia and Belarus, the bloc includes …": the states before the verb are members too.
  en({ name: 'en.member.besides', type: 'MEMBER_OF', dating: 'none', toFallback: 'lastOrMainOrg',
    pattern: `(?:^|[,;:] )(?:[Bb]esides|[Ii]n addition to|[Aa]longside|[Aa]long with) {STATE:from},? (?:${BLOC_EN}|{ORG:to}|its (?:members|membership)) (?:(?:also|formally|still|now) )?(?:includes|comprises|counts|has|include|are|is)(?![\\p{L}])` }),
  // "Its headquarters are in Moscow": the organization named last before, else the article's.
  en({ name: 'en.headquarters.its', type: 'HEADQUARTERED_IN', dating: 'none', fromFallback: 'priorOrMainOrg',
    pattern: `(?:^|[,;] |(?<![\\p{L}])and )(?:[Ii]ts|[Tt]heir) (?:headquarters|seat) (?:is|are|remains|remain|has been|have been) (?:(?:located|situated|based) )?in {PLACE:to}(?![\\p{L}-])` }),
  // "… in the UN General Assembly, where the CSTO has been an observer since 2004": the body before "where".
  en({ name: 'en.observer.where', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: `{ORG:to},? where {THE}{STATE|ORG|NAME:from} {AUX}(?:has been|have been|is|are|was|were|remains|sits|sit|became|has become) (?:an? )?(?:(?:official|permanent) )?observers?(?! (?:at|in|of|to|with) )` }),
  // "The National Assembly of Serbia attended as an observer": the body the article is about. The observer opens its
  // clause: "Representatives of Uzbekistan attended as observers" watched one exercise, they are not a member's observers.
  en({ name: 'en.observer.attended-as', type: 'OBSERVER_OF', dating: 'start', status: 'observer', toFallback: 'mainOrg',
    pattern: `(?:^|[,;:] )(?:[Tt]he )?{STATE|ORG|NAME:from} {AUX}(?:attended|attend|attends|took part|participated|was present|were present|joined in) as (?:an? )?observers?(?! (?:at|in|of|to|with) )` }),
  // "The Parliamentary Assembly has two observers: the National Assembly of Serbia and …", "… has observers — for example, …".
  en({ name: 'en.observer.has-observers', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: `{ORG:to}(?:, (?:which|where)[^;.]{0,140}?,)? (?:has|keeps|retains|counts|also has) (?:(?:two|three|four|several|\\d{1,2}) )?observers?(?: (?:today|now|at present))? ?[—–:-] ?(?:(?:for example|for instance|including|namely),? )?{THE}{STATE|ORG:from}` }),
  // "Its highest body is the Collective Security Council", "The CSTO's executive body is the Secretariat": the body after the verb.
  en({ name: 'en.part-of.body-is', type: 'PART_OF', dating: 'none', toFallback: 'mainOrg',
    pattern: `(?:{ORG:to}'s|[Ii]ts|[Tt]he) (?:top|highest|supreme|main|chief|principal|governing|executive|standing|permanent|working|consultative|advisory)(?: decision-making| political| military| executive| working)? (?:body|organ) (?:is|remains|was) {THE}{ORG:from}` }),
  // "Uzbekistan, Azerbaijan and Georgia left the treaty in 1999": "the treaty" is the one named last, else the one the
  // organization in focus is named after (the Collective Security Treaty beside the Collective Security Treaty Organization).
  en({ name: 'en.member.left-the-treaty', type: 'MEMBER_OF', dating: 'end', toFallback: 'priorHead',
    pattern: '{STATE:from} {AUX}(?:(?:simply|quietly|all|both) )?(?:left|leave|quit|withdrew from|walked out of|pulled out of|dropped out of|exited) the (?<head>treaty|pact)(?![\\p{L}-])' }),
  // "… and left (the treaty) together with Georgia and Uzbekistan": the companions of a departure left too, the treaty
  // the sentence spoke of before, or the one it named last when "the treaty" follows the verb.
  en({ name: 'en.member.left-together-with', type: 'MEMBER_OF', dating: 'end', toFallback: 'priorHead',
    pattern: '(?:(?<=(?<![\\p{L}])(?<head>treaty|pact)(?![\\p{L}])[^.;]{0,160}?)|(?=\\p{L}+(?: out)? (?:from |of )?the (?:treaty|pact) ))(?:left|quit|withdrew|walked out|pulled out|dropped out)(?: (?:from |of )?the (?:treaty|pact))?(?: in ⟦DATE#\\d+⟧)?,? (?:together|along) with {STATE:from}' }),
  // "Prime Minister X froze his country's participation in the bloc", "X has frozen Armenia's participation", "X announced
  // that his country had frozen its participation": a leader acting for his state, the state his known post gives.
  en({ name: 'en.member.frozen-by-leader', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen', toFallback: 'mainOrg', fromFallback: 'leaderState',
    pattern: `{PERSON:leader} {AUX}(?:froze|freezes|has frozen|had frozen|(?:announced|said|declared)(?: (?:in |on )?⟦DATE#\\d+⟧)? that (?:his|her) (?:country|nation|government) (?:had|has) ["“]?frozen["”]?) (?:(?:his|her) (?:country's|nation's|government's)|{STATE:from}'s|its) (?:participation|membership)(?: in {THE}(?:{ORG|INIT:to}|(?:bloc|alliance|organi[sz]ation)(?![\\p{L}])))?` }),
  en({ name: 'en.member.suspended-by-leader', type: 'MEMBER_OF', dating: 'start', status: 'participation suspended', toFallback: 'mainOrg', fromFallback: 'leaderState',
    pattern: `{PERSON:leader} {AUX}(?:suspended|suspends|has suspended|had suspended|(?:announced|said|declared)(?: (?:in |on )?⟦DATE#\\d+⟧)? that (?:his|her) (?:country|nation|government) (?:had|has) suspended) (?:(?:his|her) (?:country's|nation's|government's)|{STATE:from}'s|its) (?:participation|membership)(?: in {THE}(?:{ORG|INIT:to}|(?:bloc|alliance|organi[sz]ation)(?![\\p{L}])))?` }),
  // "Uzbekistan, whose participation in the CSTO has been suspended since 2012, …": the relative clause of a suspension.
  en({ name: 'en.member.whose-suspended', type: 'MEMBER_OF', dating: 'start', status: 'participation suspended', toFallback: 'mainOrg',
    pattern: "{STATE:from}(?:'s|, whose) (?:participation|membership)(?: in (?:the (?:work|activities|bodies) of )?{THE}{ORG|INIT:to})? {AUX}(?:(?:been|remained|remains|stayed) )?suspended" }),
  // "Its foreign ministry keeps describing Armenia as a full member", "officials still regard Armenia as a member de jure".
  en({ name: 'en.member.described-as', type: 'MEMBER_OF', dating: 'none', toFallback: 'mainOrg',
    pattern: '(?<!(?:no longer|not|never|n\'t|stopped|ceased to|ceases to|refuse to|refused to) )(?:describ|regard|consider|treat|refer to)\\p{L}* {STATE:from} as (?:a |an )?(?:(?:full|full-fledged|formal|legitimate|fully fledged) )?member(?: state| country)?(?![\\p{L}-])(?: of {THE}{ORG:to})?(?! of {THE}⟦(?!ORG))' }),
  // "Belarus, a member since 1993, …", "Armenia, the sixth member, …", "Armenia, a member whose participation …": a bare
  // apposition of membership, of the organization the article is about ("a member of X" is en.member.apposition; "a member
  // state" alone may be of any body).
  en({ name: 'en.member.apposition-bare', type: 'MEMBER_OF', dating: 'none', toFallback: 'mainOrg',
    pattern: `{STATE:from}, (?:a|an|the) (?:(?:full|formal|full-fledged|second|third|fourth|fifth|sixth|longtime|long-standing) )?member(?=,| whose| since ⟦DATE| from ⟦DATE)` }),
  // "Kyrgyzstan and Tajikistan, two of its own members": the states counted among the members of the organization named before.
  en({ name: 'en.member.of-its-members', type: 'MEMBER_OF', dating: 'none', toFallback: 'lastOrMainOrg',
    pattern: `{STATE:from}, (?:two|three|four|five|both|all) of (?:its|the (?:bloc|alliance|organi[sz]ation)'s|{ORG:to}'s) (?:own )?(?:members|member states|member countries)(?![\\p{L}])` }),
  // "Its members besides Russia are Belarus, …": the state set apart is a member too.
  en({ name: 'en.member.besides', type: 'MEMBER_OF', dating: 'none', toFallback: 'priorOrg',
    pattern: `(?:(?:{ORG:to}|[Ii]ts|[Tt]heir)(?:'s)? )(?:other )?(?:member(?: states| countries)?|members) (?:besides|apart from|other than|alongside) {STATE:from} (?:are|include)(?![\\p{L}])` }),
  // "Armenia, a founding member, has kept its participation frozen since 2024".
  en({ name: 'en.member.kept-frozen', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen', toFallback: 'mainOrg',
    pattern: `{STATE|NAME:from} {AUX}(?:has kept|have kept|kept|keeps|keep|has left|left) (?:its|their) (?:participation|membership)(?: in {THE}{ORG|INIT:to})? frozen` }),
  // "Yerevan remains a formal member but has frozen its participation since 2024": the subject of the first verb freezes.
  en({ name: 'en.member.frozen-coordinated', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen', toFallback: 'mainOrg',
    pattern: `{STATE|NAME:from} (?:(?:still|formally|officially|nonetheless) )?(?:is|remains|stays) (?:still |formally |officially )?(?:a|an) (?:(?:full|formal|nominal|full-fledged) )?member(?: state| country)?(?: (?:of|in) {THE}{ORG:to})?(?: on paper| in law| de jure)?,? (?:but|yet|though|and) (?:it )?(?:has|had) (?:since )?(?:frozen|suspended) (?:its|their) (?:participation|membership)` }),
  // "Nikol Pashinyan, …, stayed away, as he has since his government froze its participation": the state the leader leads.
  en({ name: 'en.member.frozen-his-government', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen', toFallback: 'mainOrg', fromFallback: 'leaderState',
    pattern: `{PERSON:leader}(?:[^.;⟦]|⟦(?!PERSON|NAME)[^⟧]*⟧){1,140}? (?:since|after|when|because) (?:his|her) (?:government|country|nation) {AUX}(?:froze|had frozen|has frozen) (?:its|their) (?:participation|membership)(?: in {THE}(?:{ORG|INIT:to}|(?:bloc|alliance|organi[sz]ation)(?![\\p{L}])))?` }),
];

export const RUSSIAN_MEMBER_RULES: Rule[] = [
  ...RUSSIAN_FOUNDING_RULES,
  // «ОДКБ, в которую входят Россия, Белоруссия …», «…, членами которой являются …»: the list in the relative clause (round 20).
  ru({ name: 'ru.member.whose-members', type: 'MEMBER_OF', dating: 'none',
    pattern: `{ORG:to},? (?:в (?:состав )?(?:которую|который|которое|которой|которого)|членами (?:которой|которого)) (?:(?:сейчас|ныне|сегодня|формально|также|по-прежнему) )*(?:входят|входит|являются|является) {STATE:from}` }),
  // «ОДКБ — военно-политический союз шести государств: Армении, …»: a count of states after the predicate noun, then the list.
  ru({ name: 'ru.member.union-of-count', type: 'MEMBER_OF', dating: 'none',
    pattern: `{ORG:to} (?:—|–|является) (?:[^.;:⟦]){0,60}?(?:союз|блок|объединени|организаци|альянс)\\p{L}* ${COUNT_RU_GEN} (?:(?:бывших |постсоветских )?(?:советских )?)?(?:государств|стран|республик)(?::| —| –) {STATE:from}` }),
  // «Помимо России, Белоруссии …, в нее формально входит Армения»: the states before the verb are members too, and its subject after it.
  ru({ name: 'ru.member.besides', type: 'MEMBER_OF', dating: 'none', toFallback: 'lastOrMainOrg',
    pattern: `(?:^|[,;:] )[Пп]омимо {STATE:from},? (?:в )?(?:не[её]|него|{ORG:to}|организацию|блок|союз|альянс) (?:(?:формально|также|тоже|ещё|еще|сейчас|ныне) )*(?:входит|входят|состоит|состоят|включает)(?![\\p{L}])` }),
  ru({ name: 'ru.member.into-it', type: 'MEMBER_OF', dating: 'none', toFallback: 'lastOrMainOrg',
    pattern: `(?:^|[,;:] )(?:(?:[Пп]омимо|[Кк]роме) [^.;]{1,160}?, )?[Вв] (?:не[её]|него|организацию|блок|альянс) (?:(?:формально|также|тоже|ещё|еще|сейчас|ныне|сегодня|по-прежнему|и) )*(?:входит|входят) {STATE:from}` }),
  // «Никол Пашинян объявил о «заморозке» участия в блоке», «Пашинян заморозил участие страны в ОДКБ»: the state the leader leads.
  ru({ name: 'ru.member.frozen-by-named-leader', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen', toFallback: 'mainOrg', fromFallback: 'leaderState',
    pattern: `{PERSON:leader}{ANY} (?:(?:объявил\\p{L}*|заявил\\p{L}*) о ["«“]?заморозк\\p{L}*["»”]?|заморозил\\p{L}*) (?:сво\\p{L}* )?(?:участи\\p{L}*|членств\\p{L}*)(?: (?:страны|республики|государства))?(?: в (?:деятельности |работе )?(?:{ORG|INIT:to}|(?:блоке|организации|альянсе)(?![\\p{L}])))?` }),
  // «В 1999 году Азербайджан, Грузия и Узбекистан продлевать договор не стали»: the object before the verb of refusal.
  ru({ name: 'ru.member.not-renewed-object-first', type: 'MEMBER_OF', dating: 'end', toFallback: 'priorHead', negates: true,
    pattern: `{STATE:from}{ANY} (?:продлевать|продлить) (?:(?<head>договор)\\p{L}*|{INIT:to}) (?:не стал\\p{L}*|не захотел\\p{L}*|отказал\\p{L}*)` }),
  // «Позже к нему присоединились Азербайджан, Белоруссия и Грузия»: the treaty or organization named last before the pronoun.
  ru({ name: 'ru.member.joined-pronoun', type: 'MEMBER_OF', dating: 'start', toFallback: 'priorHead',
    pattern: `(?:^|[,;:] |(?<![\\p{L}])(?:[Пп]озже|[Зз]атем|[Пп]отом|[Вв]скоре|[Аа]) )к (?:нему|ней) (?:(?:позже|затем|потом|вскоре|также) )?(?:присоединил\\p{L}*|присоедин[яи]тся|примкнул\\p{L}*) {STATE:from}` }),
  // «ОДКБ объединяет Армению, Белоруссию …», «Организация включает шесть государств: …»: the organization as the subject.
  ru({ name: 'ru.member.unites', type: 'MEMBER_OF', dating: 'none',
    pattern: `{ORG:to} ${NOW_RU}(?:объединяет|объединяла|объединяют|включает в себя|включает|включала|насчитывает) ${NOW_RU}(?:${COUNT_RU} (?:государств|стран|республик)(?:-член\\p{L}*)?: )?{STATE:from}` }),
  // «Членами ОДКБ являются Белоруссия, Казахстан …», «Помимо Армении, членами организации являются …»: the predicate noun first.
  ru({ name: 'ru.member.members-are', type: 'MEMBER_OF', dating: 'none', toFallback: 'lastOrMainOrg',
    pattern: `(?<![\\p{L}])(?:[Чч]ленами|[Гг]осударствами-членами|[Сс]транами-членами|[Уу]частниками) (?:{ORG:to}|${BLOC_RU}(?![\\p{L}])|блока|альянса) ${NOW_RU}(?:являются|остаются|являлись) ${NOW_RU}(?:${COUNT_RU} (?:государств|стран|республик)(?:-член\\p{L}*)?: )?{STATE:from}` }),
  // «Её членами являются Россия, …» after a sentence that opens with the organization: the pronoun takes up that subject
  // (facts.ts's openingOrganization), not the treaty it was founded on.
  ru({ name: 'ru.member.its-members-are', type: 'MEMBER_OF', dating: 'none', toFallback: 'priorOrg',
    pattern: `(?<![\\p{L}])(?:[Ее][её]|[Ее]го) (?:(?:нынешними|полноправными|действующими) )?(?:членами|государствами-членами|странами-членами) ${NOW_RU}(?:являются|остаются) ${NOW_RU}{STATE:from}` }),
  // «Сейчас членов шесть: Россия, …», «У ОДКБ шесть членов: …», «В организации шесть государств-членов: …».
  ru({ name: 'ru.member.count-list', type: 'MEMBER_OF', dating: 'none', toFallback: 'lastOrMainOrg',
    pattern: `(?:(?<![\\p{L}])[УуВв] (?:{ORG:to}|${BLOC_RU}) )?${NOW_RU}(?:(?:членов|государств-членов|стран-членов|стран-участниц|государств-участников) ${NOW_RU}${COUNT_RU}|${COUNT_RU} (?:членов|государств-членов|стран-членов|стран-участниц|государств-участников))(?::| —| –) {STATE:from}` }),
  // «Штаб-квартира находится в Москве», «Её штаб-квартира расположена в Москве»: the organization named last before, else the article's.
  ru({ name: 'ru.headquarters.bare', type: 'HEADQUARTERED_IN', dating: 'none', fromFallback: 'priorOrMainOrg',
    pattern: `(?:^|[,;:—] |\\s(?:а|и) )(?:(?:[Ее][её]|[Ее]го) )?[Шш]таб-квартира (?:(?:организации|блока|альянса) )?(?:находится|расположена|размещается|располагается) (?:в|во) {PLACE:to}(?![\\p{L}-])` }),
  // «… состоится в Москве, в штаб-квартире организации»: the place, then the seat in apposition.
  ru({ name: 'ru.headquarters.apposition', type: 'HEADQUARTERED_IN', dating: 'none', fromFallback: 'priorOrMainOrg',
    pattern: `(?:в|во) {PLACE:to}, (?:в|во) штаб-квартире (?:{ORG:from}|организации|блока|альянса)(?![\\p{L}-])` }),
  // «… в Генассамблее ООН, где ОДКБ имеет статус наблюдателя», «где Сербия — наблюдатель».
  ru({ name: 'ru.observer.where', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: `{ORG:to},? где {STATE|ORG|NAME:from}(?: (?:с |со )?⟦DATE#\\d+⟧)? (?:имеет статус наблюдателя|является наблюдателем|—|-|–) ?(?:наблюдатель)?(?<=наблюдател\\p{L}*)` }),
  // «Парламентская ассамблея ОДКБ сохраняет наблюдателей — Народную скупщину Сербии и …», «в Ассамблее есть наблюдатели — например,
  // …»: the body that has observers, then the list after a dash or colon (a relative clause may stand between).
  ru({ name: 'ru.observer.has-observers', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: `(?:(?:(?<![\\p{L}])(?:[Вв]|[Пп]ри) )?{ORG:to}(?:, (?:котор|где)[^;.]{0,140}?,)? (?:сохраняет|имеет|насчитывает|есть|имеются)(?: (?:также|и|сейчас|ныне|свои))?) (?:(?:дв[ае]|тр[иоё]\\p{L}*|двух|тр[её]х|\\d{1,2}) )?наблюдател\\p{L}* ?[—–:-] ?(?:(?:например|в том числе|в частности),? )?{STATE|ORG:from}` }),
  // «Народная скупщина Сербии участвовала в качестве наблюдателя»: the body the article is about.
  ru({ name: 'ru.observer.attended-as', type: 'OBSERVER_OF', dating: 'start', status: 'observer', toFallback: 'mainOrg',
    pattern: `(?:^|[,;:—] ){STATE|ORG|NAME:from} (?:участвовал\\p{L}*|присутствовал\\p{L}*|принял\\p{L}* участие) в (?:качестве|статусе) наблюдател\\p{L}*(?! (?:в|при) )` }),
];
