/**
 * A body's seat said of the body itself, not of a "headquarters" noun: an aside participle ("The Joint Staff, created in
 * 2003 and also based in Moscow, …", "The Secretariat, based in Moscow, …"), a present copula or locative verb with one or two
 * coordinated bodies at the head of a clause ("The Secretariat and the Joint Staff are in Moscow", «Секретариат и Объединенный штаб ОДКБ, оба
 * размещаются в Москве»). Only the present and no date: "was in Minsk on Tuesday" is a meeting's place, not a seat.
 */
import { en, ru, type Rule } from './facts';

/** An aside before the participle: other participles or a date, no other body ("created in ⟦DATE⟧ and also"). */
const ASIDE = '(?:(?:[^.;,⟦]|⟦DATE#\\d+⟧){1,60}? and )?';
const SEATED_EN = '(?:also |likewise |still )?(?:based|headquartered|seated|located)';
const IN_PRESENT_EN = '(?:is|are) (?:both |all |still )?(?:(?:based|headquartered|located) )?in';
/** What makes "are in Moscow" a visit rather than a seat: a time after the place. */
const NOT_A_VISIT_EN = '(?! ?(?:⟦DATE|today|this week|now|on |for (?:talks|a meeting|the)))';
const SEATED_RU = '(?:(?:оба|обе|также|тоже) )?(?:размещаются|размещается|находятся|находится|располагаются|располагается|базируются|базируется|расположены|расположен)';

/**
 * A body described by a noun phrase, the seat said of the description: "The CSTO, a military alliance of six states headquartered in
 * Moscow", "The CSTO is an intergovernmental alliance based in Moscow", «ОДКБ — военный союз шести государств со штаб-квартирой в Москве»,
 * "X, the Moscow-based alliance". The phrase is the body's own: no other body named in it, nor a verb (up to the participle).
 */
const DESCRIPTION_EN = "(?:,|:| —| –| (?:is|was|remains|has become|became)(?! (?:not|never|no longer)(?![\\p{L}])))(?: (?:an?|the|one))?(?: [\\p{L}-]+| ⟦(?:STATE|PLACE)#\\d+⟧(?:['’]s)?){1,9}?";
const DESCRIPTION_RU = '(?: —| –|,)(?: [\\p{L}-]+| ⟦(?:STATE|PLACE)#\\d+⟧){1,8}?';
const DESCRIBED_SEAT_EN = "(?:,? (?:headquartered|based|seated) in|,? with (?:its|a) (?:headquarters|seat|secretariat) in)";
const DESCRIBED_SEAT_RU = '(?:,? (?:со|с) (?:штаб-квартир|секретариат)\\p{L}* (?:в|во)|, (?:расположенн|базирующ|находящ)\\p{L}* (?:в|во))';

export const SEAT_RULES: Rule[] = [
  en({ name: 'en.headquarters.described', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from}(?: \\(⟦ORG#\\d+⟧\\))?${DESCRIPTION_EN}${DESCRIBED_SEAT_EN} {PLACE:to}(?![\\p{L}-])` }),
  // "X, the Moscow-based alliance", "The Minsk-based Y": the seat as a compound before the body's noun or the body.
  en({ name: 'en.headquarters.place-based', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from}(?: \\(⟦ORG#\\d+⟧\\))?, (?:the|a|an) {PLACE:to}-(?:based|headquartered) (?:[\\p{L}-]+ ){0,3}?(?:alliance|bloc|organi[sz]ation|body|grouping|pact|union|assembly|secretariat|staff|commission|centre|center)(?![\\p{L}])` }),
  ru({ name: 'ru.headquarters.described', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from}${DESCRIPTION_RU}${DESCRIBED_SEAT_RU} {PLACE:to}(?![\\p{L}-])` }),
  en({ name: 'en.headquarters.aside', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from}, ${ASIDE}${SEATED_EN} in {PLACE:to}(?![\\p{L}-])(?=[,)]| —)` }),
  en({ name: 'en.headquarters.present-in', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `(?<=^|: |— |; )(?:[Tt]he )?{ORG:from} ${IN_PRESENT_EN} {PLACE:to}(?![\\p{L}-])${NOT_A_VISIT_EN}` }),
  ru({ name: 'ru.headquarters.present', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `(?<=^|: |— |; )(?:[\\p{L}-]+ ){0,3}?{ORG:from}(?:,| —)? ${SEATED_RU} (?:в|во) {PLACE:to}(?![\\p{L}-])` }),
];
