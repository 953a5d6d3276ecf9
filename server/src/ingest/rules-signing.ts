/**
 * Who signed a document, when the document is the treaty told by its common noun or the signer is told as one of its
 * signatories (round 23, DOCUMENTS): "Azerbaijan and Georgia signed the 1992 treaty but left it", "Armenia signed the
 * treaty in Tashkent", "Kazakhstan was one of the treaty's original signatories", «Армения была в числе шести государств,
 * подписавших Договор о коллективной безопасности», «Узбекистан — одна из стран, подписавших договор», «главы Армении,
 * Казахстана и России подписывают Договор» (a chronicle's present). The treaty described, not named, is the one named
 * before with that noun, else the one the organization in focus is named after (facts.ts's priorHead), as the labels
 * give it since batch 35 ("signed the 1992 treaty" SIGNED the Collective Security Treaty). A state that signs is read
 * here; one that ratifies or joins is a party (MEMBER_OF, other rules). Not read: a signing denied or to come ("did not
 * sign", "declined to sign", "will sign", «не подписали», «отказались подписывать»), an initialled text.
 */
import { en, ru, type Rule } from './facts';

const TREATY = /(?:treaty|договор)/iu;
/** Not a signing denied, refused or to come: the words just before the verb. */
const NOT_DENIED_EN = "(?<!(?:not|never|n't|to|will|would|could|may|might|should|yet to) )";
const NOT_DENIED_RU = '(?<!(?:не|будут|будет|может|могут|должны|должна|должен|отказались|отказалась|отказался) )';
/** The treaty by its noun, with the words a writer puts before it: "the 1992 treaty", "the original security treaty", "its founding treaty". */
const TREATY_EN = "(?:the |a |its |their |that )?(?:(?:⟦DATE#\\d+⟧|original|founding|collective|security|Tashkent|post-Soviet|mutual(?:-| )defen[cs]e|defen[cs]e) ){0,3}(?<head>treaty)(?![\\p{L}])";
const TREATY_RU = '(?:(?:⟦DATE#\\d+⟧ (?:года )?|первоначальн\\p{L}* |основополагающ\\p{L}* |ташкентск\\p{L}* )?(?<head>[Дд]оговор\\p{L}*)(?![\\p{L}]))';
/** A signing in every tense a report or a chronicle uses: "signed", "had signed", "signs", «подписали», «подписывают», «поставили подписи под». */
const SIGN_EN = '(?:signed|signs|sign|put (?:its|their) signatures? (?:to|on|under))';
const SIGN_RU = '(?:подписал\\p{L}*|подписывают|подписывает|подписывали|поставил\\p{L}* (?:свои )?подпис\\p{L}* под)';
/** Those who sign for a state: «главы Армении, Казахстана …», "the leaders of Armenia and Russia". */
const HEADS_RU = '(?:(?:главы|руководители|лидеры|президенты|представители|полномочные представители) (?:государств )?)';
const HEADS_EN = '(?:(?:the )?(?:heads of state|heads|leaders|presidents|representatives|plenipotentiaries) of )';
/** One of a document's signers: "one of the six original signatories of", «в числе шести государств, подписавших», «одна из стран, подписавших». */
const SIGNATORY_EN = '(?:one of (?:the |its |their )?(?:[a-z-]+ ){0,2}|an? (?:original |founding |first )?|the (?:original |founding |first )?)signator(?:y|ies)(?: (?:of|to))?';
const SIGNATORY_RU = '(?:(?:был[аио]?|входил[аио]?|входит|является|являлась|являлся|оказал\\p{L}*|—|–|-) )?(?:в числе|в число|одн\\p{L}* из|среди) (?:[а-яё-]+ ){0,2}?(?:государств|стран|республик|участник\\p{L}*)(?:-[а-яё]+)?,? (?:подписавш\\p{L}*|(?:первыми )?поставивш\\p{L}* (?:свои )?подпис\\p{L}* под)';

export const SIGNING_RULES: Rule[] = [
  // "Azerbaijan, Georgia and Uzbekistan signed the treaty in its early years", "Armenia signed the 1992 treaty in Tashkent", "The
  // leaders of Armenia and Russia signed the treaty". A named treaty is read by rules-en.ts's en.signed.treaty.
  en({ name: 'en.signed.described-treaty', type: 'SIGNED', dating: 'start', toFallback: 'priorHead', toName: TREATY,
    pattern: `(?<![\\p{L}])${HEADS_EN}?{STATE:from} {AUX}(?:(?:had|have|has|also|jointly|originally|first) ){0,2}${NOT_DENIED_EN}${SIGN_EN} ${TREATY_EN}` }),
  // "Uzbekistan was one of the original signatories of the treaty", "Kazakhstan, an original signatory of the 1992 treaty, …".
  en({ name: 'en.signed.signatory-of', type: 'SIGNED', dating: 'start', toFallback: 'priorHead', toName: TREATY,
    pattern: `{STATE:from}(?:,| (?:is|was|remains|became|had been|has been|were|are)) (?:also )?${SIGNATORY_EN} (?:{INIT:to}|${TREATY_EN})` }),
  // «Армения была в числе шести государств, подписавших Договор о коллективной безопасности», «Узбекистан — одна из стран,
  // подписавших договор в 1992 году», «Казахстан входил в число государств, подписавших Договор».
  ru({ name: 'ru.signed.among-signers', type: 'SIGNED', dating: 'start', toFallback: 'priorHead', toName: TREATY,
    pattern: `{STATE:from},? ${SIGNATORY_RU} (?:{INIT:to}|${TREATY_RU})` }),
  // «В Ташкенте главы Армении, Казахстана … подписывают Договор о коллективной безопасности», «Армения и Россия подписали договор
  // в Ташкенте», «лидеры шести государств поставили подписи под Договором».
  ru({ name: 'ru.signed.heads', type: 'SIGNED', dating: 'start', toFallback: 'priorHead', toName: TREATY,
    pattern: `(?<![\\p{L}])${HEADS_RU}?{STATE:from}(?: (?:в |во )?⟦(?:DATE|PLACE)#\\d+⟧(?: года| году)?)? ${NOT_DENIED_RU}${SIGN_RU} (?:{INIT:to}|${TREATY_RU})` }),
];
