/**
 * Officials of a state named by a post of it (offices.ts): "Russian Deputy Foreign Minister X", "X, the secretary of
 * Armenia's Security Council", «официальный представитель МИД России X», a gapped list of ministers, a counterpart.
 * A post held before ("former", «бывший») is no fact without its date, and is left out.
 */
import { en, ru, type Rule } from './facts';
import { BARE_OFFICE_EN, INSTITUTION_EN, OFFICE_EN, OFFICE_RU, OFFICER_EN, PLURAL_OFFICE_EN } from './offices';

/** Where an apposition ends: its comma, or the verb of the clause when the writer left the comma out. */
const APPOSITION_END = '(?=[,;.)]| —|$| (?:said|says|told|added|noted|stated|wrote|insisted|confirmed|announced)(?![\\p{L}]))';
/** "ambassador to France", «посол России в Армении»: where the post is held, which is not its owner. */
const POSTED_TO_EN = '(?: (?:to|in|at) (?:the )?⟦(?:STATE|ORG|PLACE)#\\d+⟧)?';
const POSTED_TO_RU = '(?: (?:в|во|при) ⟦(?:STATE|ORG|PLACE)#\\d+⟧)?';
const NOT_FORMER_EN = '(?<!(?:former|ex-|ex|then|late|retired|ousted|sacked) )';
const NOT_FORMER_RU = '(?<!(?:бывш\\p{L}*|экс|прежн\\p{L}*|тогдашн\\p{L}*)[ -])(?<![\\p{L}-])';

export const OFFICIAL_RULES: Rule[] = [
  // "Russian Deputy Foreign Minister X", "Armenia's ambassador to France, X". One state or two joined by "and", not a list a comma
  // joins: "a statement on Afghanistan, Russian aide X said" names no post of Afghanistan.
  en({ name: 'en.official.title', type: 'POST', dating: 'post',
    pattern: `${NOT_FORMER_EN}(?<to>⟦STATE#\\d+⟧(?: and ⟦STATE#\\d+⟧)?)(?:'s)? (?:new |current |acting |top )?(?<office>${OFFICE_EN})${POSTED_TO_EN},? {RANK}{PERSON|NAME:from}` }),
  // "X, Russia's deputy foreign minister,", "X, the Russian Foreign Ministry spokeswoman, said".
  en({ name: 'en.official.apposition', type: 'POST', dating: 'post',
    pattern: `{PERSON|NAME:from}, (?:the |a |an )?(?:current |acting |top )?{STATE:to}(?:'s)? (?:current |new |acting |top )?(?<office>${OFFICE_EN})${POSTED_TO_EN}${APPOSITION_END}` }),
  // "X, the deputy foreign minister of Armenia,".
  en({ name: 'en.official.apposition-of', type: 'POST', dating: 'post',
    pattern: `{PERSON|NAME:from}, (?:the |a |an )?(?:current |acting )?(?<office>${OFFICE_EN}) of {THE}{STATE:to}${APPOSITION_END}` }),
  // "X, the secretary of Russia's Security Council", "X, a spokesman for the Russian Foreign Ministry".
  en({ name: 'en.official.officer-of', type: 'POST', dating: 'post',
    pattern: `{PERSON|NAME:from}, (?:the |a |an )?(?:current |acting )?(?<office>${OFFICER_EN}) (?:of|for|at) (?:the )?{STATE:to}(?:'s)? (?<institution>${INSTITUTION_EN})${APPOSITION_END}` }),
  // "X, the secretary of the Security Council of Armenia".
  en({ name: 'en.official.officer-of-of', type: 'POST', dating: 'post',
    pattern: `{PERSON|NAME:from}, (?:the |a |an )?(?:current |acting )?(?<office>${OFFICER_EN}) (?:of|for|at) the (?<institution>${INSTITUTION_EN}) of {THE}{STATE:to}${APPOSITION_END}` }),
  // "Secretary of the Security Council of Kazakhstan X", "chaired by Secretary of the Security Council of the Russian Federation X": an
  // official release's full title, the institution and its state after the officer, the name last.
  en({ name: 'en.official.officer-of-title', type: 'POST', dating: 'post',
    pattern: `${NOT_FORMER_EN}(?<![\\p{L}-])(?<office>${OFFICER_EN}) of the (?<institution>${INSTITUTION_EN}) of {THE}{STATE:to},? {RANK}{PERSON|NAME:from}` }),
  en({ name: 'en.official.officer-of-possessive-title', type: 'POST', dating: 'post',
    pattern: `${NOT_FORMER_EN}(?<![\\p{L}-])(?<office>${OFFICER_EN}) of {STATE:to}'s (?<institution>${INSTITUTION_EN}),? {RANK}{PERSON|NAME:from}` }),
  // "Uzbek Defence Minister X met his Russian counterpart Y": Y holds the same post of his state (the title named before).
  en({ name: 'en.official.counterpart', type: 'POST', dating: 'post', roleFallback: true,
    pattern: '(?:his|her|their) {STATE:to} (?:counterparts?|colleagues?),? {RANK}{PERSON|NAME:from}' }),

  // "Uzbekistan is not considering it, Deputy Foreign Minister X said": no state named before the office, the state the text speaks of (stateBefore in facts.ts).
  en({ name: 'en.official.bare', type: 'POST', dating: 'post', toFallback: 'stateBefore',
    pattern: `(?<!(?:former|ex|then|late|acting|retired|⟧|'s) )(?<![\\p{L}-])(?<office>${BARE_OFFICE_EN}),? {RANK}{PERSON|NAME:from}(?! of ⟦)` }),
  // "The defence ministers, X of Belarus, Y of Kazakhstan and Z of Kyrgyzstan, attended": each of his own state.
  en({ name: 'en.official.plural-list', type: 'POST', dating: 'post',
    pattern: `(?<=(?<role>${PLURAL_OFFICE_EN}),? (?:⟦(?:PERSON|NAME)#\\d+⟧ (?:of|from) ⟦STATE#\\d+⟧(?:,| and|, and) )*){PERSON|NAME:from} (?:of|from) (?<to>⟦STATE#\\d+⟧)` }),

  // «официальный представитель МИД России X», «посол России в Армении X», «председатель сената Казахстана X».
  ru({ name: 'ru.official.title', type: 'POST', dating: 'post',
    pattern: `${NOT_FORMER_RU}(?<office>${OFFICE_RU}) {STATE:to}${POSTED_TO_RU} {RANK}{PERSON|NAME:from}` }),
  // «армянский министр иностранных дел X», «российский посол X»: the state's adjective before the title (facts.ts reads it as the state).
  ru({ name: 'ru.official.adjective-title', type: 'POST', dating: 'post',
    pattern: `${NOT_FORMER_RU}{STATE:to} {RUROLE} {RANK}{PERSON|NAME:from}` }),
  ru({ name: 'ru.official.adjective-office', type: 'POST', dating: 'post',
    pattern: `${NOT_FORMER_RU}{STATE:to} (?<office>${OFFICE_RU})${POSTED_TO_RU} {RANK}{PERSON|NAME:from}` }),
  // «глава армянского МИД X», «официальный представитель российского МИД X»: the head or the voice of the state's institution.
  ru({ name: 'ru.official.head-of-adjective', type: 'POST', dating: 'post',
    pattern: `${NOT_FORMER_RU}(?<office>(?:глав\\p{L}*|руководител\\p{L}*|(?:официальн\\p{L}* )?представител\\p{L}*|пресс-секретар\\p{L}*|спикер\\p{L}*|заместител\\p{L}* глав\\p{L}*|замглав\\p{L}*) {STATE:to} (?:МИД|Минобороны|МВД|оборонн\\p{L}* ведомств\\p{L}*|внешнеполитическ\\p{L}* ведомств\\p{L}*|Совбеза|Совета безопасности)) {RANK}{PERSON|NAME:from}` }),
  // «X, официальный представитель МИД России, …».
  ru({ name: 'ru.official.apposition', type: 'POST', dating: 'post',
    pattern: `{PERSON|NAME:from}, (?:(?:нынешн|действующ)\\p{L}* )?(?<office>${OFFICE_RU}) {STATE:to}${POSTED_TO_RU}(?=[,;.)]| —|$)` }),
  // A gapped list: «министры обороны Белоруссии X, Казахстана Y и Киргизии Z»: each state's own minister (the first pair is the title's).
  ru({ name: 'ru.official.gapped', type: 'POST', dating: 'post',
    pattern: '(?<={RUROLE} (?:⟦STATE#\\d+⟧ {RANK}"?⟦(?:PERSON|NAME)#\\d+⟧"?(?:,| и| а также) )+){STATE:to} {RANK}{PERSON|NAME:from}' }),
  // «Армения … своего министра X в Москву не направила»: the subject's own minister (the verb's negation is not the post's).
  ru({ name: 'ru.official.own', type: 'POST', dating: 'post',
    pattern: '{STATE:to}(?:, (?:[^.;⟦]|⟦(?!STATE|PERSON|NAME)[^⟧]*⟧){1,80}?,)? (?:(?:[^.;⟦, ]+|⟦(?:PLACE|DATE)#\\d+⟧) ){0,4}?сво(?:его|ему|им|ей|ю|я|й) (?<role>министр\\p{L}*(?: обороны| иностранных дел)?|посл(?:а|ом|у)|постпред\\p{L}*|постоянн\\p{L}* представител\\p{L}*|глав\\p{L}* (?:МИД|Минобороны)) {RANK}{PERSON|NAME:from}' }),
  // «министр обороны Узбекистана X и его российский коллега Y».
  ru({ name: 'ru.official.counterpart', type: 'POST', dating: 'post', roleFallback: true,
    pattern: '(?:его|её|ее|их|сво\\p{L}*) {STATE:to} (?:коллег\\p{L}*|визави),? {RANK}{PERSON|NAME:from}' }),
];
