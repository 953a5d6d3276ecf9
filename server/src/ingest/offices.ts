/**
 * A state's offices beyond the few titles every rule knows (facts.ts: President, Prime Minister, the two ministers): a
 * ministry's spokeswoman, a deputy minister, an ambassador, the Security Council's secretary, the speaker of a chamber, an
 * aide. News prose names an official the graph lacks by such a post far more often than by the core titles, and the post
 * is the one fact it states about him. The words are regular-expression sources, read case-insensitively by the rules.
 */
import { STATE_ADJECTIVES } from './russian';

const MINISTRY_EN = '(?:foreign|defen[cs]e|interior|justice|finance|economy|emergencies|energy|trade|transport|health|education|agriculture)';
/** The institutions of a state whose officers journalists name: "the Foreign Ministry", "the Security Council". */
export const INSTITUTION_EN = `(?:${MINISTRY_EN} ministry|ministry of (?:${MINISTRY_EN}|foreign affairs|internal affairs)|security council|general staff|parliament|senate|presidential administration|presidential office)`;
/** An officer of an institution: "spokeswoman", "secretary", "deputy head". */
export const OFFICER_EN = '(?:spokes(?:man|woman|person)|press secretary|secretary|(?:first )?deputy (?:head|chief|secretary)|head|chief|speaker|chair(?:man|woman)?)';
/** A post named by its own words: "deputy foreign minister", "Foreign Ministry spokeswoman", "ambassador", "foreign policy aide". */
export const OFFICE_EN = `(?:(?:first )?deputy (?:${MINISTRY_EN} minister|minister of (?:${MINISTRY_EN}|foreign affairs))|${MINISTRY_EN} minister|minister of (?:${MINISTRY_EN}|foreign affairs|internal affairs)|${INSTITUTION_EN} ${OFFICER_EN}|security council secretary|(?:foreign[- ]policy |presidential |national security |press |senior |top )?aide|spokes(?:man|woman|person)|press secretary|ambassador|envoy|top diplomat|parliament(?:ary)? speaker|(?:State )?Duma (?:speaker|chairman)|speaker of (?:the )?(?:State )?Duma)`;

/** An office that is a state's whatever state: with none named, the one the text speaks of ("Deputy Foreign Minister X said Yerevan …"). */
export const BARE_OFFICE_EN = `(?:(?:first )?deputy (?:${MINISTRY_EN} minister|minister of (?:${MINISTRY_EN}|foreign affairs))|(?:${MINISTRY_EN}|interior) ministry spokes(?:man|woman|person)|security council secretary)`;
/** Ministers and envoys in the plural, before a list of them each with his state: "the defence ministers, X of Belarus and Y of Kazakhstan". */
export const PLURAL_OFFICE_EN = `(?:(?:(?:first )?deputy )?(?:${MINISTRY_EN} )?ministers|ministers of (?:${MINISTRY_EN}|foreign affairs)|ambassadors|envoys|chiefs of (?:the )?general staff|(?:security council )?secretaries(?: of (?:the )?security councils)?)`;

/** The Russian institutions: «МИД», «Минобороны», «Совета безопасности», «Кремля». */
const INSTITUTION_RU =
  '(?:МИД|Минобороны|МВД|Минфин\\p{L}*|Минюст\\p{L}*|министерств\\p{L}* (?:иностранных дел|обороны|внутренних дел|финансов|юстиции|экономики)|внешнеполитическ\\p{L}* ведомств\\p{L}*|оборонн\\p{L}* ведомств\\p{L}*|Кремля|администраци\\p{L}* президента|Совета безопасности|Совбеза|Генштаба|Генерального штаба)';
/**
 * A chamber of a parliament, a name it goes by in its own language after it («Маджлиси милли Маджлиси Оли»). Not the Duma: its
 * chairman chairs the CSTO's Parliamentary Assembly, and the labels give him that post only (labels.json, round 16).
 */
const CHAMBER_RU =
  '(?:(?:верхней |нижней )?палат\\p{L}* (?:парламента|представителей)|парламент\\p{L}*|сенат\\p{L}*|мажилис\\p{L}*|маджлис\\p{L}*(?: милли| намояндагон)?|совета федерации|совета республики|национальн\\p{L}* собрани\\p{L}*|жогорку кенеш\\p{L}*|милли меджлис\\p{L}*)(?: ⟦NAME#\\d+⟧)?';
/** A Russian post by its own words: «официальный представитель МИД», «заместитель министра иностранных дел», «посол», «председатель сената». */
export const OFFICE_RU = `(?:(?:(?:официальн\\p{L}* )?представител\\p{L}*|пресс-секретар\\p{L}*|спикер\\p{L}*|(?:перв\\p{L}* )?заместител\\p{L}* (?:министр\\p{L}*|руководител\\p{L}*|глав\\p{L}*|секретар\\p{L}*|начальник\\p{L}*)|замминистр\\p{L}*|замглав\\p{L}*|секретар\\p{L}*|глав\\p{L}*|руководител\\p{L}*|начальник\\p{L}*) ${INSTITUTION_RU}|(?:перв\\p{L}* )?заместител\\p{L}* министр\\p{L}* (?:иностранных дел|обороны|внутренних дел)|замминистр\\p{L}* (?:иностранных дел|обороны)|министр\\p{L}* (?:внутренних дел|юстиции|финансов|экономики|по чрезвычайным ситуациям)|(?:председател\\p{L}*|спикер\\p{L}*) ${CHAMBER_RU}|(?:чрезвычайн\\p{L}* и полномочн\\p{L}* )?(?:посол|посла|послу|послом|послы|послов))`;

/** The role of an office as the text words it: "Foreign Ministry spokeswoman", "Security Council secretary" (the institution before its officer). */
export function officeRole(office: string, institution?: string): string {
  const words = (institution ? `${institution} ${office}` : office).replace(/⟦\w+#\d+⟧/g, '').replace(/\s+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * «его российский коллега X», «своему казахстанскому коллеге»: the state of a counterpart, named by its adjective (the state's
 * Russian name, where it stands in the text).
 */
const COLLEAGUE_ADJECTIVE = new RegExp(
  `(?<![\\p{L}])(${Object.keys(STATE_ADJECTIVES).join('|')})(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими)(?= (?:коллег\\p{L}*|визави)(?![\\p{L}]))`,
  'giu',
);
export function colleagueAdjectives(text: string): Array<{ start: number; end: number; text: string; state: string }> {
  return [...text.matchAll(COLLEAGUE_ADJECTIVE)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0], state: STATE_ADJECTIVES[match[1]!.toLowerCase()]! }));
}

/**
 * «армянский министр иностранных дел X», «глава белорусского оборонного ведомства X», «российский посол X»: a state named by its
 * adjective before a post or an institution (not before «дипломат», «эксперт»: a description, not a post).
 */
const TITLE_ADJECTIVE = new RegExp(
  `(?<![\\p{L}])(${Object.keys(STATE_ADJECTIVES).join('|')})(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими|ое)(?= (?:министр|заместител|замминистр|посол|посла|послом|послу|постпред|постоянн\\p{L}* представител|МИД|Минобороны|МВД|Совбез|Совета безопасности|оборонн\\p{L}* ведомств|внешнеполитическ\\p{L}* ведомств|премьер|вице-премьер))`,
  'giu',
);
export function titleAdjectives(text: string): Array<{ start: number; end: number; text: string; state: string }> {
  return [...text.matchAll(TITLE_ADJECTIVE)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0], state: STATE_ADJECTIVES[match[1]!.toLowerCase()]! }));
}
