/**
 * A term told by its end, the end being the next holder's start: "X served as acting Secretary-General until Y took office",
 * "X ran the secretariat until Y was appointed", «X исполнял обязанности генсека до назначения Y», «X возглавлял штаб до прихода
 * Y». No verb of succession links the two names; the clause of the second one's arrival bounds the first one's term,
 * which makes the second his successor. Dated by the arrival ("took office in January 2020").
 */
import { en, ru, type Rule } from './facts';

/** The first holder's term: a verb of holding, serving or leading, and what he held (a title, a body, "the post"), up to "until". */
const TERM_EN = "(?:served|remained|stayed|held (?:the|that|this|his) (?:post|office|job|position)|ran|led|headed|acted)(?: (?:[^.;⟦]|⟦(?!PERSON|NAME)[^⟧]*⟧){1,80}?)?";
/** The second one's arrival, after "until": he took office, took over, was appointed (not "arrived": in a place, not a post). */
const ARRIVAL_EN = '(?:took (?:office|over|charge|up the post)|was (?:appointed|named|elected|confirmed|sworn in)|replaced him|succeeded him)';
const TERM_RU = '(?:занимал|возглавлял|руководил|исполнял|оставал(?:ся|ась)|работал|был)\\p{L}*(?: (?:[^.;⟦]|⟦(?!PERSON|NAME)[^⟧]*⟧){1,80}?)?';
/** «до назначения Y», «до прихода Y» (not «пока его не сменил Y»: ru.succeeded reads that verb, with the names' case). */
const ARRIVAL_RU = '(?:до (?:назначения|прихода|избрания|вступления в должность|утверждения))';

export const SUCCESSION_RULES: Rule[] = [
  en({ name: 'en.succeeded.until-arrival', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: `{PERSON|NAME:from}(?: of ⟦STATE#\\d+⟧)?{ANYDESC} {AUX}${TERM_EN} until {RANK}{PERSON|NAME:to}(?: of ⟦STATE#\\d+⟧)? ${ARRIVAL_EN}` }),
  ru({ name: 'ru.succeeded.until-arrival', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: `{PERSON|NAME:from}{ANYDESC} ${TERM_RU},? ${ARRIVAL_RU} {RANK}{PERSON|NAME:to}` }),
];
