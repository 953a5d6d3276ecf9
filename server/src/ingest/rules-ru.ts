/** Fact rules for Russian news prose. Macros: see compile() in facts.ts. */
import type { Rule } from './facts';

const ru = (rule: Omit<Rule, 'language'>): Rule => ({ ...rule, language: 'ru' });

const VERB_END = '\\p{L}*';

export const RUSSIAN_RULES: Rule[] = [
  // Членство.
  ru({ name: 'ru.member.joined', type: 'MEMBER_OF', dating: 'start',
    pattern: `{STATE|ORG|NAME:from}{ANY} (?:вступил${VERB_END}|вступивш${VERB_END}|вступ[яи]т|вступает|присоединивш${VERB_END}|присоедин${VERB_END}|вернул${VERB_END}|возобновил${VERB_END} членство|стал${VERB_END} (?:полноправн\\p{L}+ )?член\\p{L}*) (?:в |к )?{ORG|INIT:to}` }),
  ru({ name: 'ru.member.left', type: 'MEMBER_OF', dating: 'end',
    pattern: `{STATE|ORG|NAME:from}{ANY} (?:вышел|вышла|вышли|выйдет|выйдут|выходит|вышедш${VERB_END}|покинул${VERB_END}|покинувш${VERB_END}|покида${VERB_END}) (?:из )?{ORG|INIT:to}` }),
  ru({ name: 'ru.member.left-object-first', type: 'MEMBER_OF', dating: 'end',
    pattern: `{ORG|INIT:to} (?:покидал${VERB_END}|покинул${VERB_END}) {STATE|NAME:from}` }),
  ru({ name: 'ru.member.suspended', type: 'MEMBER_OF', dating: 'start', status: 'participation suspended', toFallback: 'lastOrg',
    pattern: `{STATE|NAME:from}{ANY} приостанов${VERB_END} (?:сво[её] )?(?:участие|членство)(?: в {ORG|INIT:to})?` }),
  ru({ name: 'ru.member.frozen', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen', toFallback: 'mainOrg',
    pattern: `{STATE|NAME:from},?{ANY} замороз${VERB_END} (?:сво[её] )?(?:участие|членство)(?: в {ORG|INIT:to})?` }),
  ru({ name: 'ru.observer', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: `{STATE|ORG|NAME:from},? (?:имеют|имеет|имеющ${VERB_END}|получил${VERB_END}|получивш${VERB_END}|получат|получит|обладают|обладает|обладающ${VERB_END}) статус${VERB_END} наблюдател${VERB_END} (?:при|в) {ORG:to}` }),
  // Отглагольные существительные, только с датой: «выход Узбекистана из ОДКБ в 2012 году».
  ru({ name: 'ru.member.left-noun', type: 'MEMBER_OF', dating: 'end', toFallback: 'mainOrg',
    pattern: `(?<!(?:возможн|предполагаем|планируем|вероятн)${VERB_END} )(?:выход${VERB_END}) {STATE:from}(?: из {ORG|INIT:to})? (?:в )?⟦DATE#\\d+⟧` }),
  ru({ name: 'ru.member.joined-noun', type: 'MEMBER_OF', dating: 'start',
    pattern: `(?<!(?:возможн|предполагаем|планируем|вероятн)${VERB_END} )(?:вступлени${VERB_END}|присоединени${VERB_END}) {STATE:from} (?:в|к) {ORG|INIT:to} (?:в )?⟦DATE#\\d+⟧` }),

  // Председательство.
  ru({ name: 'ru.chair.passes-to', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg',
    pattern: `председательств${VERB_END}(?: в {ORG:to})? (?:перейд[её]т|перешло|переходит|передано|будет передано) (?:к )?{STATE:from}` }),
  ru({ name: 'ru.chair.take-over', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg',
    pattern: `{STATE:from}{ANY} (?:примет|принял${VERB_END}|принимает|получит|получил${VERB_END}|возьм[её]т) (?:на себя )?председательство(?: в {ORG:to})?` }),
  ru({ name: 'ru.chair.hand-over', type: 'CHAIRS', dating: 'end', role: 'chair', toFallback: 'mainOrg', handover: true,
    pattern: `{STATE:from}{ANY} (?:переда${VERB_END}|сдаст|сдал${VERB_END}) (?:ей |ему |им )?председательство(?: в {ORG:to})?(?: {STATE:next})?` }),
  ru({ name: 'ru.chair.chairs', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: `{STATE|PERSON:from},? (?:председательствует|председательствовал${VERB_END}|будет председательствовать|председательствующ${VERB_END}|председательствовавш${VERB_END}) (?:в|на) {ORG|EVENT|MEET:to}` }),
  ru({ name: 'ru.chair.under', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'meeting',
    pattern: `под председательством (?:{TITLE} (?:{STATE|ORG} )?{RANK})?{PERSON|STATE|NAME:from}` }),

  // Должности.
  ru({ name: 'ru.post.appointed', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `{PERSON|NAME:from}{ANY} (?:назначен${VERB_END}|избран${VERB_END}|утвержд[её]н${VERB_END}) (?:на (?:пост|должность) )?{RUROLE}(?: {ORG|STATE:to})?` }),
  ru({ name: 'ru.post.appointed-inverted', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `{RUROLE}(?: {ORG|STATE:to})?{ANY} (?:назначен${VERB_END}|избран${VERB_END}|утвержд[её]н${VERB_END}|стал${VERB_END}|станет) {PERSON|NAME:from}` }),
  ru({ name: 'ru.post.title', type: 'POST', dating: 'post',
    pattern: `{RUROLE} {ORG|STATE:to} {RANK}{PERSON|NAME:from}` }),
  ru({ name: 'ru.post.bare-title', type: 'POST', dating: 'post', toFallback: 'onlyState',
    pattern: `(?<!(?:вице|бывший|бывшего|экс|первый|первого|⟧)[ -])(?<![а-яА-ЯёЁ-])(?<role>президент|премьер-министр|министр иностранных дел|министр обороны) {RANK}{PERSON|NAME:from}` }),
  ru({ name: 'ru.heads', type: 'HEADS', dating: 'post',
    pattern: `{PERSON|NAME:from} (?:возглавляет|возглавлял${VERB_END}|возглавит|руководит|руководил${VERB_END}) {ORG:to}` }),
  ru({ name: 'ru.succeeded', type: 'SUCCEEDED_BY', dating: 'start',
    pattern: `{PERSON|NAME:to}{ANY} (?:сменит|сменил${VERB_END}|сменяет|заменит|заменил${VERB_END}|сменив|заменив)(?: на (?:этом )?посту(?: [^ ⟦⟧.]+){0,3})? {PERSON|NAME:from}` }),

  // Программы.
  ru({ name: 'ru.administers', type: 'ADMINISTERS', dating: 'none',
    pattern: `{ORG|STATE:from} (?:управляет|администрирует|курирует|реализует|отвечает за реализацию) {INIT:to}` }),
  ru({ name: 'ru.coordinates.object-first', type: 'COORDINATES', dating: 'none',
    pattern: `(?<to>(?:[\\p{L}-]+ ){0,2}(?:этап\\p{L}*|программ\\p{L}*|проект\\p{L}*|учени\\p{L}*))(?: [^.;⟦]{0,80}?,)? (?:координирует|координировал${VERB_END}|будет координировать) {STATE|ORG:from}` }),
  ru({ name: 'ru.coordinates', type: 'COORDINATES', dating: 'none',
    pattern: `{STATE|ORG|PERSON:from} (?:координирует|координировал${VERB_END}|будет координировать) (?<to>⟦(?:INIT|EVENT)#\\d+⟧|(?:[\\p{L}-]+ ){0,2}(?:этап\\p{L}*|программ\\p{L}*|работ\\p{L}*|проект\\p{L}*|учени\\p{L}*))` }),

  // События.
  ru({ name: 'ru.held-in', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|INIT|MEET:from}"?(?:,? котор${VERB_END})?,? (?:состоявш${VERB_END}|прошедш${VERB_END}|проходивш${VERB_END}|прош(?:л|ла|ло|ли)|пройд[её]т|пройдут|состоится|состоятся|состоял${VERB_END}|проходит|проходят|проводится|проводятся|будет проведен${VERB_END}|будут проведены|открыл${VERB_END}|завершил${VERB_END}|стартовал${VERB_END}|начал${VERB_END})(?: [^ ⟦⟧.]+| ⟦DATE#\\d+⟧){0,2}? (?:в|во|под|близ|около|в районе|на территории) {PLACE|STATE:to}` }),
  ru({ name: 'ru.held-in.organiser', type: 'HELD_IN', dating: 'span',
    pattern: `{ORG|STATE}(?:,? котор${VERB_END})? (?:провел${VERB_END}|провела|проводит|провед[её]т|открыл${VERB_END}) {MEET:from} (?:в|во) {PLACE|STATE:to}` }),
  ru({ name: 'ru.held-in.gathered', type: 'HELD_IN', dating: 'span',
    pattern: `(?:собрал${VERB_END}|собравш${VERB_END}|собер[её]тся|собираются|собирается) на {MEET:from} (?:в|во) {PLACE|STATE:to}` }),
  ru({ name: 'ru.held-in.ellipsis', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|INIT:from}"? — (?:в|во) {PLACE|STATE:to}` }),
  ru({ name: 'ru.held-in.place-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^|[,;] )(?:(?:в )?⟦DATE#\\d+⟧ )?(?:в|во) {PLACE|STATE:to} (?:прош(?:л|ла|ло|ли)|пройд[её]т|пройдут|состоится|состоятся|состоял${VERB_END}|завершил${VERB_END}|начал${VERB_END}|стартовал${VERB_END}) {EVENT|MEET:from}` }),
  ru({ name: 'ru.conducts', type: 'CONDUCTS', dating: 'span',
    pattern: `{STATE|ORG:from}{ANY} (?:провед[её]т|провел${VERB_END}|проводит|проводят|планирует провести|организует|организовал${VERB_END}) (?:учения |маневры |манёвры )?{INIT|EVENT:to}` }),
  ru({ name: 'ru.participates', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `{STATE|ORG:from} (?:принял${VERB_END}|примут|примет|принимают|принимает) участие в {EVENT|INIT|MEET:to}` }),
  ru({ name: 'ru.participates.inverted', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `в {EVENT|MEET:to} (?:участвуют|участвовали|участвует|участвовал${VERB_END}|примут участие|принимают участие|приняли участие|задействованы) (?:военнослужащие |подразделения |представители |делегации |контингенты |силы )?{STATE|ORG:from}` }),
  ru({ name: 'ru.attended', type: 'ATTENDED', dating: 'span',
    pattern: `{PERSON|NAME:from} (?:принял${VERB_END}|примут|примет|принимают|принимает) участие в (?:работе )?{EVENT|MEET:to}` }),
  ru({ name: 'ru.attended.inverted', type: 'ATTENDED', dating: 'span',
    pattern: `(?:в|во) (?:работе )?{EVENT|MEET:to} (?:принял${VERB_END}|примут|примет|участвовал${VERB_END}) (?:участие )?{PERSON|NAME:from}` }),
  ru({ name: 'ru.signed', type: 'SIGNED', dating: 'span',
    pattern: `{STATE|PERSON|ORG:from} (?:подписал${VERB_END}|подпишут|подпишет|ратифицировал${VERB_END}) {INIT:to}` }),
  ru({ name: 'ru.adopted-at', type: 'ADOPTED_AT', dating: 'start',
    pattern: `{INIT:from} (?:был${VERB_END} )?(?:принят${VERB_END}|утвержден${VERB_END}|утверждён${VERB_END}|подписан${VERB_END}|одобрен${VERB_END}) (?:на|в ходе) {EVENT|MEET:to}` }),
];
