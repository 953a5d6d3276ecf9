/**
 * The discourse layer behind the rules, the relation layer and the learned layer: facts whose trigger is
 * in a sentence but one of whose ends is not, because the article has it *in focus*. News prose names the
 * meeting it reports on once (the headline, the lead, "the session of the Council in Almaty") and then
 * writes "Lukashenko and Tokayev attended.", «Лидеры утвердили бюджет», "It was held in Dushanbe."; it
 * names the organization it is about and then writes "Armenia froze its participation in 2024". This
 * module keeps what is in focus while the article is read sentence by sentence (MeetingFocus) and reads,
 * within one clause of a sentence, a trigger of a type with the ends the sentence names, taking the
 * missing end from the focus. Like the relation layer it keeps precision by what it refuses: a negation,
 * a modal or a plan before the trigger in its clause, a doubt or a question anywhere, another meeting or
 * organization named in the clause, a date of the sentence that is not the meeting's (background).
 * Pure: the caller (facts.ts) dates and deduplicates the finds.
 */
import type { PartialDate } from '../model/partial-date';
import type { RelationshipTypeName } from '../model/vocabulary';
import type { FoundDate } from './dates';
import { clausesOf, GUARDS } from './relations';
import { heldMemberships } from './held-membership';
import { bodySessions, titledOfficial } from './body-session';
import { isDocument, leadingDocument, namesDocument } from './documents';
import { addressedPeople, agentPeople, chairsBeside, guestPeople, HELD_TOGETHER, presentAlongside, representedStates, speakerSigned, subjectPeople } from './meeting-people';
import { restore, slotEnd, type Slot, type Template } from './template';
import type { FactEnd } from './types';

/** A meeting or exercise the article has named, with the day it was held when the text gave one. */
export interface FocusedMeeting {
  end: FactEnd;
  date?: FoundDate;
  /** 0-based paragraph and the running index of the sentence that named it. */
  paragraph: number;
  sentence: number;
  exercise: boolean;
  /** The city or state it was held in, once a sentence said so: a signing there later is at this meeting. */
  place?: string;
}

const EXERCISE_WORDS = /(?<![a-zA-Zа-яА-ЯёЁ])(?:exercis[a-zA-Zа-яА-ЯёЁ]*|drills?|manoeuvres|maneuvers|war ?games|учени[a-zA-Zа-яА-ЯёЁ]*|маневр[a-zA-Zа-яА-ЯёЁ]*|манёвр[a-zA-Zа-яА-ЯёЁ]*)(?![a-zA-Zа-яА-ЯёЁ])/iu;

/**
 * The meeting in focus: the one the article reports on (named in the headline or lead, or by each new
 * meeting of the present the text names), and within a paragraph the one that paragraph named last, even
 * if it is background ("a meeting in Chisinau in October 2002": only that paragraph is about it).
 */
export class MeetingFocus {
  private article?: FocusedMeeting;
  private local?: FocusedMeeting;
  /** The meeting proper (not an exercise) in focus, article-wide and in the paragraph that named it: the frame its documents, guests and chair belong to. */
  private articleMeeting?: FocusedMeeting;
  private localMeeting?: FocusedMeeting;

  constructor(private readonly published: PartialDate | null) {}

  /** A meeting a sentence names, not one still to come: its end, its day when the sentence gives one, and the words naming it. */
  named(end: FactEnd, date: FoundDate | undefined, paragraph: number, sentence: number, words = end.text, readAsExercise = false): void {
    // "the Interaction exercise" is an exercise by its words, though its end is the series' name; "Rubezh-2026" bare is one
    // when the article reads it as an exercise (an edition of a series, or a name it calls an exercise elsewhere), and only its
    // paragraph's: named in passing, it does not take the article's focus off the meeting reported on.
    const exercise = EXERCISE_WORDS.test(words) || readAsExercise;
    const previous = this.at(paragraph);
    // "the summit" again, undated: the same meeting, with the day given before.
    const same = previous && !date && !end.entityId && !previous.end.entityId && previous.exercise === exercise;
    const meeting: FocusedMeeting = { end: same ? previous.end : end, date: date ?? (same ? previous.date : undefined), paragraph, sentence, exercise };
    this.local = meeting;
    if (!this.isBackground(date) && !(readAsExercise && !EXERCISE_WORDS.test(words))) this.article = meeting;
    if (!exercise) {
      this.localMeeting = meeting;
      if (!this.isBackground(date)) this.articleMeeting = meeting;
    }
  }

  /**
   * The meeting whose frame a paragraph is in: an exercise named since does not end it ("The summit was held in
   * Minsk. In October troops drilled in Kyrgyzstan. The leaders adopted a declaration."), another meeting does.
   */
  frame(paragraph: number): FocusedMeeting | undefined {
    return this.localMeeting && this.localMeeting.paragraph === paragraph ? this.localMeeting : this.articleMeeting;
  }

  /** Records where the meeting named last was held (the frame's place). */
  placed(place: string): void {
    if (this.local) this.local.place = place;
  }

  /** The meeting in focus at a paragraph: the one it named last, else the article's. */
  at(paragraph: number): FocusedMeeting | undefined {
    return this.local && this.local.paragraph === paragraph ? this.local : this.article;
  }

  /** A meeting dated more than a year before the publication is history the article recalls, not its subject. */
  private isBackground(date: FoundDate | undefined): boolean {
    if (!date || !this.published) return false;
    return Number(date.date.slice(0, 4)) < Number(this.published.text.slice(0, 4)) - 1;
  }
}

/** A meeting a sentence names: where in the template, and as an end. */
export interface SentenceMeeting {
  start: number;
  end: number;
  fact: FactEnd;
}

export interface DiscourseContext {
  template: Template;
  /** The whole sentence, for its final question mark. */
  sentenceText: string;
  /** The meetings the sentence names (common nouns or named events), in order. */
  meetings: SentenceMeeting[];
  /** The meetings the sentence before named, one still to come too (a pronoun's antecedent); none when unknown. */
  priorMeetings?: SentenceMeeting[];
  /** The meeting in focus, already updated with what this sentence names. */
  focus?: FocusedMeeting;
  /** The meeting proper in focus (MeetingFocus.frame): where documents were adopted when the focus is an exercise. */
  frame?: FocusedMeeting;
  /** The running index of this sentence (to tell the sentence just before). */
  sentence: number;
  /** The organization the article is about (its most named one). */
  organization?: FactEnd;
  /** The organization or treaty the sentence before (in the paragraph) named last: what "it" stands for. */
  prior?: FactEnd;
  /** The heading line ending in a colon whose list this sentence is an item of ("Members:" + "- Armenia"). */
  heading?: string;
  /** The paragraph before asks who the members are ("Who is in it now?", «Сколько стран входит в ОДКБ?»), and this sentence opens the answer. */
  answersMembers?: boolean;
}

const BULLET = /^\s*(?:[-*•▪●–—]|\d{1,2}[.)])\s/u;
/** What stands before a bulleted line's sentence in its paragraph (the splitter leaves the marker out). */
const BULLET_BEFORE = /(?:^|\n)[ \t]*[-•*▪●][ \t]+$/u;

/**
 * The heading a line of a list falls under: a line ending in a colon ("Participants:", «Члены
 * организации:») holds for the bulleted lines after it, until a line that is neither.
 */
export class ListHeading {
  private heading?: string;

  /** The heading in force for this sentence (not itself), given the sentence's text and what precedes it in its paragraph. */
  next(sentenceText: string, before: string): string | undefined {
    const bullet = BULLET.test(sentenceText) || BULLET_BEFORE.test(before);
    const current = bullet ? this.heading : undefined;
    if (/:\s*$/u.test(sentenceText)) this.heading = sentenceText;
    else if (!bullet) this.heading = undefined;
    return current;
  }
}

export interface DiscourseFind {
  type: RelationshipTypeName;
  from: FactEnd;
  to: FactEnd;
  /** "discourse.<what>". */
  rule: string;
  /** The stretch of the template whose dates are the find's. */
  start: number;
  end: number;
  /** The day of the meeting taken from the focus, for a sentence that gives none. */
  date?: FoundDate;
  /** Only the sentence's dates before this offset date the find (an adopted document's own years come after its verb). */
  datedBefore?: number;
  /** How the sentence's date makes since / until: a membership's start or end, else since. */
  dating?: 'start' | 'end';
  status?: string;
}

/** Being there: a person attends, a state or an organization takes part. */
const ATTEND =
  /(?<![a-zA-Zа-яА-ЯёЁ])(?:выступил[a-zA-Zа-яА-ЯёЁ]* с (?:докладом|речью|обращением|сообщением|приветственным словом)|[Сс] (?:докладом|речью|обращением|сообщением)(?: (?:[^.;,⟦ ]+|⟦(?:DATE|ORG)#\d+⟧)){0,8}? выступил[a-zA-Zа-яА-ЯёЁ]*|(?:delivered|gave) (?:a|the|his|her) (?:report|speech|keynote(?: address| speech)?|address)|used (?:his|her) (?:speech|address|remarks) to|spoke (?:about|on)(?! (?:the )?(?:phone|telephone|condition|television|TV|radio|(?:summit|meeting|session|talks|visit)(?![a-zA-Z])))|[Pp]resent (?:at|for) (?:[^.;,⟦ ]+ ){0,4}(?:were|was)|[Jj]oining (?:them|him|her|the leaders|the presidents|the talks)(?: (?:later|too|also|by video(?: ?link)?))? (?:were|was)|(?:was|were) (?:also |all |both )?(?:in attendance|among the (?:guests|participants|attendees))|[Сс]реди (?:участников|гостей)(?: [a-zA-Zа-яА-ЯёЁ]+)? (?:были|был|была|оказались|значились)|к (?:ним|нему|ней|лидерам|коллегам) (?:(?:позже|затем|потом|также|тоже) )?присоединил[a-zA-Zа-яА-ЯёЁ]*|attended|attending|attends|attend(?= ?[;.]|$| too| as well)|were present|was present|(?:[Aa]round|[Aa]t) the table (?:were|sat)|(?:were|was|sat) (?:all |also |both )?(?:(?:seated|sitting) )?(?:at|around) the (?:round |negotiating |same |summit )?table|(?:were|was) (?:all |also |both )?in the (?:room|hall)|(?:был[аи]?|was|were) (?:в|во|in) ⟦PLACE#\d+⟧ (?:(?:вместе|наряду) с|together with|along with|alongside|with)(?= (?:лидерами|президентами|главами|коллегами|the (?:leaders|presidents|heads)|(?:his|her) counterparts)(?![a-zA-Zа-яА-ЯёЁ]))|(?<participle>выступая|выступив|speaking|addressing)(?: ⟦DATE#\d+⟧)?(?= (?:(?:на|в ходе|at|to) )?(?:(?:the|a|its|this|⟦DATE#\d+⟧) )?(?:(?!(?:after|before|following|ahead of|после|перед|накануне|до)(?![a-zA-Zа-яА-ЯёЁ]))[a-zA-Zа-яА-ЯёЁ-]+ ){0,2}(?:summit|session|meeting|sitting|саммит[а-яё]*|сесси[а-яё]*|заседани[а-яё]*|встреч[а-яё]*|совещани[а-яё]*)(?![a-zA-Zа-яА-ЯёЁ]))|sat (?:down )?(?:beside|next to|alongside|opposite|with)|(?:joined|took part|attended) (?:by|via) video(?: ?link| ?conference)?|[Зз]а (?:круглым )?столом (?:сидели|были|собрались|оказались)|подключил[a-zA-Zа-яА-ЯёЁ]* (?:к [a-zA-Zа-яА-ЯёЁ]+ )?по видео(?:связи|конференции)|(?:were|was) (?:all |also |both )?there|took part|take part|takes part|taking part|participated|joined (?:them|the talks|the leaders|(?:his|her|their) (?:colleagues|counterparts))|arrived|(?:first|last) to arrive|присоединил[a-zA-Zа-яА-ЯёЁ]* к (?:коллегам|лидерам|переговорам|ним)|flew in|travell?ed to|(?:was|were) (?:watched|observed) by|(?<ruParticiple>(?:приняв|принимавш)[a-zA-Zа-яА-ЯёЁ]* участие|участвовавш[a-zA-Zа-яА-ЯёЁ]*|присутствовавш[a-zA-Zа-яА-ЯёЁ]*)|присутствовал[a-zA-Zа-яА-ЯёЁ]*|присутству[a-zA-Zа-яА-ЯёЁ]*|участвовал[a-zA-Zа-яА-ЯёЁ]*|участву(?:ет|ют)|принял[a-zA-Zа-яА-ЯёЁ]* участие|принима[a-zA-Zа-яА-ЯёЁ]* участие|прибыл[a-zA-Zа-яА-ЯёЁ]*|приехал[a-zA-Zа-яА-ЯёЁ]*|прилетел[a-zA-Zа-яА-ЯёЁ]*)(?![a-zA-Zа-яА-ЯёЁ])/giu;
/** The triggers of ATTEND that are a report or a speech given. */
const SPEECH = /(?:докладом|речью|обращением|сообщением|приветственным|report|speech|keynote|address)/u;
/** Adopting documents: "the leaders adopted …", «были подписаны …». */
const ADOPT =
  /(?<![a-zA-Zа-яА-ЯёЁ])(?:(?:ended|concluded|closed|culminated) (?:with|in) the (?:signing|adoption) of|(?:завершил|закончил)[a-zA-Zа-яА-ЯёЁ]* (?:подписанием|принятием|утверждением)|adopted|approved|signed|endorsed|утвердил[a-zA-Zа-яА-ЯёЁ]*|подписал[a-zA-Zа-яА-ЯёЁ]*|одобрил[a-zA-Zа-яА-ЯёЁ]*|приняли(?! участие)|принят(?!и[еяюи]|ием)[a-zA-Zа-яА-ЯёЁ]*|утвержд[её]н(?!и[еяюи]|ием)[a-zA-Zа-яА-ЯёЁ]*|подписан(?!и[еяюи]|ием)[a-zA-Zа-яА-ЯёЁ]*|одобрен(?!и[еяюи]|ием)[a-zA-Zа-яА-ЯёЁ]*)(?![a-zA-Zа-яА-ЯёЁ])/giu;
/** A person who runs the meeting rather than attends it: "chaired by X", «под председательством X», «где председательствовал X». */
const RUNS_IT = /(?<![a-zA-Zа-яА-ЯёЁ])(?:chaired|chairing|chairs|hosted|hosting|hosts|led|presided|председательств[a-zA-Zа-яА-ЯёЁ]*|председательством|вед[её]т|вёл|вел)(?: (?:by|over))?(?: (?:[^⟦ ]+|⟦\w+#\d+⟧)){0,3} $/iu;
/** The other side of talks, not a guest: "talks with X", «встреча с X». */
const PARTNER = /(?<![a-zA-Zа-яА-ЯёЁ])(?:with|между|с|со)(?: (?:[^⟦ ]+|⟦\w+#\d+⟧)){0,3} $/iu;
/** A sentence that says where the meeting named just before was held, by a pronoun: "It was held in Dushanbe.", «Она прошла в Минске». */
const PRONOUN_HELD =
  /^["«“]?(?:It|Она|Оно|Он|⟦ORG#(\d+)⟧)(?: (?:was|will be|is|had been|has been|also|then|finally))* (?:held|hosted|convened|staged|took place|takes place|opened|прошл\p{L}*|пройд[её]т|состоял\p{L}*|состоится|проходил\p{L}*|проходит|открыл\p{L}*)(?: [^⟦.;,]{0,30}?)? (?:in|at|в|во|на) ⟦(?:PLACE|STATE)#(\d+)⟧"?(?=[ ,.;]|$)/u;

const clauseText = (template: Template, clause: { start: number; end: number }) => template.text.slice(clause.start, clause.end);
const slotAt = (template: Template, i: number) => ({ slot: template.slots[i]!, at: template.at[i]! });

/** Whether two partial dates can be the same day ("2026-11" and "2026-11-11"). */
const compatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * The meeting a find in a clause is about: the one the clause names, else the one the sentence names, else
 * the one in focus, unless the clause is dated otherwise than the focus's meeting (another occasion).
 */
function meetingFor(context: DiscourseContext, clause: { start: number; end: number }, datedBefore = clause.end): { end: FactEnd; date?: FoundDate } | undefined {
  const { template, meetings, focus } = context;
  // The focus was set by this sentence's own meeting, or names the same one.
  const isFocus = (end: FactEnd) =>
    focus !== undefined && (focus.sentence === context.sentence || (end.entityId ? end.entityId === focus.end.entityId : !focus.end.entityId && end.text.toLowerCase() === focus.end.text.toLowerCase()));
  const inClause = meetings.find((meeting) => meeting.start >= clause.start && meeting.start < clause.end);
  if (inClause) return { end: inClause.fact, date: isFocus(inClause.fact) ? focus!.date : undefined };
  // "The drill took place in May, and the Council, which met in Moscow, approved …": the meeting nearest before the clause is its subject's.
  const nearest = meetings.filter((meeting) => meeting.start < clause.start).pop() ?? meetings[0];
  // A date of the clause, or one that opens the sentence before it ("In January 2022, when …"), is when the clause's statement was.
  // A date inside a meeting's own words ("its 11 November summit") dates that meeting, and one after an earlier meeting of the
  // sentence but before the nearest ("the drill took place in May, and the Council …") the earlier one: not another occasion.
  const earlier = meetings.find((meeting) => nearest && meeting.start < nearest.start);
  const dated = template.slots.filter((slot, i) => {
    const at = template.at[i]!;
    return slot.kind === 'DATE' && slot.date!.role !== 'scope' && at < datedBefore && !meetings.some((meeting) => at >= meeting.start && at < meeting.end) && !(earlier && nearest && at > earlier.start && at < nearest.start);
  });
  // The meeting another clause of the sentence names, or the one in focus: unless the clause is dated otherwise (another occasion).
  const other = nearest ? { end: nearest.fact, date: isFocus(nearest.fact) ? focus!.date : undefined } : focus;
  if (!other || dated.some((slot) => !other.date || !compatible(slot.date!.date, other.date.date))) return undefined;
  return { end: other.end, date: other.date };
}

/** Whether a clause takes its statement back: a negation, modal or plan before the trigger, or a doubt anywhere. */
function refused(template: Template, clause: { start: number; end: number }, trigger: number): boolean {
  const before = template.text.slice(clause.start, trigger).toLowerCase();
  return GUARDS.refused(before) || GUARDS.doubted(clauseText(template, clause).toLowerCase());
}

/** The matches of a trigger in a template that their clause does not take back, with their clause. */
function* statedTriggers(template: Template, trigger: RegExp, clauses: ReturnType<typeof clausesOf>, stated = template) {
  for (const match of template.text.matchAll(trigger)) {
    const clause = clauses.at(match.index);
    if (!refused(stated, clause, match.index)) yield { match, clause };
  }
}

/** "…, the statement said": the words that report the sentence, not a document of its list. */
const REPORTED = /(?<![a-zA-Zа-яА-ЯёЁ])(?:said|says|added|noted|stated|reported|showed|shows|сообщил[a-zA-Zа-яА-ЯёЁ]*|заявил[a-zA-Zа-яА-ЯёЁ]*|отметил[a-zA-Zа-яА-ЯёЁ]*|говорится)(?![a-zA-Zа-яА-ЯёЁ])/iu;

/** The list after a verb that stands inside its subject: "Among the documents (they) signed were …", «Среди подписанных ими документов — …». */
const INVERTED_OBJECT = /^ (?:(?:ими|им|there|там) )?(?:(?:were|was|are|is|included|include|includes)|(?:документ\p{L}*|documents)(?: (?:were|are))? ?[—–:])(?= )/iu;

/** A city after the document, where it was signed ("a protocol on the forces in Astana as well"): not the document's words. */
const SIGNED_WHERE = / (?:in|at|в|во) ⟦PLACE#\d+⟧(?: (?:as well|too|также|тоже))?[.!]*$/u;

/** A Russian active verb of adopting, which may follow its object: «утвердили», «подписала». */
const ACTIVE_RU = /^(?:утвердил|подписал|одобрил|принял)[а-яё]*$/iu;

/** The place between the verb and its object («подписал в Минске заявление»): the list after it. */
const PLACE_FIRST = /^ (?:in|at|в|во) ⟦(?:PLACE|STATE)#\d+⟧,?(?= )/u;

/** "approved the plan and adopted …": a plan adopted is a document, not an intention that takes the next verb back. */
const ADOPTED_PLAN = /(?<![a-zA-Zа-яА-ЯёЁ])(?:(?:adopted|approved|endorsed|signed) (?:the|a|its|their) plans?|(?:утвердил|одобрил|подписал|принял)[а-яё]* план[а-яё]*)(?![a-zA-Zа-яА-ЯёЁ])/giu;

/** A person and a relative pronoun just before a verb: "X, who also", «X, который также». */
const WHO_BEFORE = /⟦PERSON#(\d+)⟧,? (?:who|котор(?:ый|ая)) (?:(?:also|too|himself|herself|также|тоже|лично) )?$/u;

/** The subject a participle of speaking follows: "X, speaking …", «X, выступая …». */
const PARTICIPLE_SUBJECT = /⟦PERSON#(\d+)⟧, $/u;

const SPEAKER_AFTER = /^"?,? (?:said|says|told|added|noted|stated|заявил\p{L}*|сообщил\p{L}*|отметил\p{L}*|сказал\p{L}*)(?![\p{L}])/u;

/**
 * "X, Y and Z attended.", «В столицу прибыли президент Белоруссии X, …»: each person at the meeting. Not a
 * state "taking part": its troops or ministers take part, and the corpus states which.
 */
function attendances(context: DiscourseContext, clauses: ReturnType<typeof clausesOf>): DiscourseFind[] {
  const { template } = context;
  const finds: DiscourseFind[] = [];
  for (const { match, clause } of statedTriggers(template, ATTEND, clauses)) {
    // A report or a speech is given at the meeting in focus, unless the clause says where ("gave a speech in Moscow"); the dates
    // inside its words are its subject's ("a report on the year's work", «с докладом о работе за год»), not another occasion's.
    const speech = SPEECH.test(match[0]);
    const triggerEnd = match.index + match[0].length;
    const placed = (at: number) =>
      (at >= triggerEnd && /^,? (?:in|at|в|во|на) $/u.test(template.text.slice(triggerEnd, at))) || (at >= clause.start && at < match.index && /(?:in|at|в|во|на) $/iu.test(template.text.slice(0, at)));
    if (speech && template.slots.some((slot, i) => (slot.kind === 'PLACE' || slot.kind === 'STATE') && placed(template.at[i]!))) continue;
    // "attended the Cobalt exercise" names its own object: the rules' reading, or another layer's.
    // "sat at the round table" is where they sat, not a round-table meeting.
    const own = { ...context, meetings: context.meetings.filter((m) => m.start < match.index || m.start >= triggerEnd) };
    const meeting = meetingFor(own, clause, speech ? match.index : clause.end);
    if (!meeting) continue;
    // "X, who also attended, told …", «X, который также присутствовал, …»: the person the relative clause stands after, in the clause before.
    // "X, speaking at the session, recalled …", «X, выступая на сессии, напомнил …»: the subject the participle stands after.
    // «X, принявший участие в сессии, …»: the Russian participle's subject is the name it follows, as the English one's.
    const relative = match.groups?.participle || match.groups?.ruParticiple ? PARTICIPLE_SUBJECT.exec(template.text.slice(0, match.index)) : WHO_BEFORE.exec(template.text.slice(0, match.index)) ?? pastRelative(template.text.slice(0, match.index));
    const { from, to } = rosterSpan(template, clauses, clause, match.index);
    for (let i = 0; i < template.slots.length; i++) {
      const { slot, at } = slotAt(template, i);
      if (relative && Number(relative[1]) === i && slot.entityId) {
        finds.push({ type: 'ATTENDED', from: slotEnd(slot), to: meeting.end, rule: 'discourse.attended', start: at, end: match.index + match[0].length, date: meeting.date });
        continue;
      }
      if (slot.kind !== 'PERSON' || !slot.entityId || at < from || at >= to) continue;
      const before = template.text.slice(Math.max(from, at - 40), at);
      if (RUNS_IT.test(before) || PARTNER.test(before) || SPEAKER_AFTER.test(template.text.slice(at + template.text.slice(at).indexOf('⟧') + 1))) continue;
      finds.push({ type: 'ATTENDED', from: slotEnd(slot), to: meeting.end, rule: 'discourse.attended', start: Math.min(at, match.index), end: Math.max(at, match.index + match[0].length), date: meeting.date, ...(speech ? { datedBefore: match.index } : {}) });
    }
  }
  return finds;
}

/** The subject before a relative clause that ends right before the verb: "X, whose country chairs next year, spoke about …". */
const PAST_RELATIVE = /⟦PERSON#(\d+)⟧, (?:who|whose|котор(?:ый|ая|ого|ому)|чей|чья|чь[её])(?: (?:[^;:.,⟦]|⟦(?:STATE|ORG|PLACE|DATE)#\d+⟧)+?), (?:(?:also|then|later|too|также|тоже) )?$/u;
/** A relative clause that has the subject run the meeting makes him its chair, not one who attended. */
const CHAIR_WORDS = /(?<![\p{L}])(?:chaired|chairs|chairing|presided|presides|presiding|hosted|hosts|hosting|председательств\p{L}*|пров[её]л\p{L}*)(?![\p{L}])/iu;
/** "whose country chairs …", «чья страна председательствует …»: the chairing is his country's, so he is still one who attended. */
const POSSESSIVE = /^⟦PERSON#\d+⟧, (?:whose|чей|чья|чь[её])/u;

function pastRelative(before: string): RegExpExecArray | null {
  const match = PAST_RELATIVE.exec(before);
  return match && (POSSESSIVE.test(match[0]) || !CHAIR_WORDS.test(match[0])) ? match : null;
}

/** Names in brackets right before the verb: "The presidents of A and B (X and Y) attended", «Лидеры (X, Y) прибыли». */
const BRACKET_BEFORE = /^\) (?:(?:all|also|both|too|все|также|тоже|лично) )*$/u;
/** A Russian list's last item after «, а также»: «приняли участие A, B, а также генеральный секретарь X» (a title and names, no verb). */
const ALSO_ITEM = /^, а также (?:(?!(?:с|со|к|ко|в|во|на|по|для|о|об|от|у|за|над|под|между|при)\s)(?:[\p{L}-]+|⟦(?:ORG|STATE)#\d+⟧) ){0,6}⟦PERSON#\d+⟧(?:(?:,| и) (?:(?!(?:с|со|к|в|на|по|для|о|от|у|за)\s)(?:[\p{L}-]+|⟦(?:ORG|STATE)#\d+⟧) ){0,6}⟦PERSON#\d+⟧)*[.!]?$/u;

/**
 * The stretch whose people a verb of attending reports: its clause, widened over a bracket of names just before the verb
 * and over a «, а также …» item that ends the list after it (the clause breaks at both, though the verb is theirs).
 */
function rosterSpan(template: Template, clauses: ReturnType<typeof clausesOf>, clause: { start: number; end: number }, verb: number): { from: number; to: number } {
  const from = clause.start > 0 && BRACKET_BEFORE.test(template.text.slice(clause.start, verb)) ? clauses.at(clause.start - 1).start : clause.start;
  const next = clause.end < template.text.length ? clauses.at(clause.end + 1) : undefined;
  const to = next && next.start === clause.end && ALSO_ITEM.test(template.text.slice(next.start, next.end)) ? next.end : clause.end;
  return { from, to };
}

/**
 * Whether the subject just before a verb is a state ("Belarus signed …"), not its president or its troops
 * ("the presidents of Belarus and Kazakhstan … adopted"): the list the last slot ends is looked at from its head.
 */
function stateSubject(template: Template, clause: { start: number; end: number }, verb: number): boolean {
  const afterSlot = (k: number) => template.text.indexOf('⟧', template.at[k]!) + 1;
  let i = template.slots.map((_, k) => k).filter((k) => template.at[k]! >= clause.start && template.at[k]! < verb).pop();
  if (i === undefined || template.slots[i]!.kind !== 'STATE') return false;
  // The verb follows it closely, in the same stretch of words.
  if (!/^"?(?: [^⟦,;.]+?)? $/u.test(template.text.slice(afterSlot(i), verb))) return false;
  // Back to the head of its list: "X, Y and Z".
  while (i > 0 && template.slots[i - 1]!.kind === 'STATE' && /^"?(?:,? (?:and|и) |, )"?$/u.test(template.text.slice(afterSlot(i - 1), template.at[i]!))) i--;
  return !GUARDS.owned(template.text.slice(clause.start, template.at[i]!));
}

/**
 * Whether an end is the meeting in focus, named by an earlier sentence, and that meeting is an exercise ("the Interaction
 * exercise", «учения»). A sentence that names its own meeting is read by its own words ("met and adopted the plan for our exercises").
 */
export function exerciseInFocus(focused: FocusedMeeting | undefined, end: FactEnd, sentence: number): boolean {
  return Boolean(focused?.exercise && focused.sentence < sentence && (focused.end.entityId ? focused.end.entityId === end.entityId : focused.end.text === end.text));
}

/** "The leaders adopted the Plan and a declaration on …", «Были подписаны заявление и протокол»: each document at the meeting. */
function adoptions(context: DiscourseContext, clauses: ReturnType<typeof clausesOf>): DiscourseFind[] {
  const { template } = context;
  const finds: DiscourseFind[] = [];
  // The same length, so that offsets stay those of the template.
  const stated = { ...template, text: template.text.replace(ADOPTED_PLAN, (whole) => whole.replace(/plan/u, 'text').replace(/план/u, 'текс')) };
  /** The end of the first verb of adopting in each clause: the dates after it are the documents' ("the plan for 2027 and adopted …"). */
  const firstVerbEnd = new Map<number, number>();
  for (const { match, clause } of statedTriggers(template, ADOPT, clauses, stated)) {
    if (!firstVerbEnd.has(clause.start)) firstVerbEnd.set(clause.start, match.index + match[0].length);
    // "Documents to be signed: …", «будут подписаны»: still to come.
    if (/(?:to be|will be|would be|будут|будет|должны быть|должен быть) $/iu.test(template.text.slice(Math.max(0, match.index - 20), match.index))) continue;
    // "Documents signed: a declaration …", «Подписаны: декларация …»: the list after a colon is the verb's object.
    const verbEnd = match.index + match[0].length;
    const objectEnd = /^: /u.test(template.text.slice(verbEnd)) ? clauses.at(verbEnd + 2).end : clause.end;
    const inClause = template.slots.map((slot, i) => ({ slot, at: template.at[i]! })).filter(({ at }) => at >= clause.start && at < objectEnd);
    // A state that signs is a signatory (the rules read its SIGNED), and "signed in Tashkent" names another occasion.
    // A state after an earlier verb of the clause is of that verb's object ("signed a declaration on Afghanistan and approved …").
    if (firstVerbEnd.get(clause.start)! > match.index && stateSubject(template, clause, match.index)) continue;
    // Not in the city of the meeting in focus: a signing there is at that meeting.
    const framePlace = (context.frame ?? context.focus)?.place;
    if (inClause.some(({ slot, at }) => slot.kind === 'PLACE' && slot.entityId !== framePlace && at > match.index && /(?:in|в|во) $/u.test(template.text.slice(match.index, at))) && !context.meetings.some((m) => m.start >= clause.start && m.start < clause.end)) continue;
    // "the plan of joint exercises", «план совместных учений»: the exercises a document is about are not where it was adopted.
    // A date after the verb is the document's ("the plan of work for the first half of 2027"), not another occasion's.
    const datedBefore = firstVerbEnd.get(clause.start)!;
    // A meeting noun inside a document's name after a verb of the clause ("the plan of joint exercises … and signed") is not where it was adopted.
    const firstVerb = firstVerbEnd.get(clause.start)!;
    const ownMeetings = { ...context, meetings: context.meetings.filter((m) => !(m.start > firstVerb && namesDocument(template.text.slice(firstVerb, m.start)))) };
    let meeting = meetingFor(ownMeetings, clause, datedBefore);
    // Documents are adopted at meetings: the exercise in focus is not where "the leaders approved the budget", the meeting whose frame it interrupted is.
    if (meeting && exerciseInFocus(context.focus, meeting.end, context.sentence)) meeting = context.frame ? meetingFor({ ...ownMeetings, focus: context.frame }, clause, datedBefore) : undefined;
    if (!meeting) continue;
    const after = match.index + match[0].length;
    // "The declaration was signed by X and Y", «Декларацию подписали X и Y»: the document before the verb, its signatories after it were there.
    if (namesDocument(template.text.slice(clause.start, match.index))) {
      for (const i of agentPeople(template, after)) finds.push(signatory(template, i, meeting, match.index, verbEnd));
    }
    // The documents after the verb ("adopted the Plan", «подписаны заявление и протокол»), not a passive's agent ("approved by the ministers").
    if (/^ by /u.test(template.text.slice(after))) continue;
    const meetingWords = (at: number) => context.meetings.some((m) => at >= m.start && at < m.end) || EXERCISE_WORDS.test(template.text.slice(at, at + 60).split(/[,;]/u)[0]!);
    // A draft, or a document an act is about ("an order on signing the Protocol", «распоряжение о подписании Протокола»), is not adopted yet.
    const draft = (at: number) => /(?:draft|проект[a-zA-Zа-яА-ЯёЁ]*|о (?:подписании|ратификации)|on (?:the )?(?:signing|ratification) of|to (?:sign|ratify)(?: the)?) "?$/iu.test(template.text.slice(Math.max(0, at - 30), at));
    const documents: FactEnd[] = inClause.filter(({ slot, at }) => slot.kind === 'INIT' && slot.entityId && at > match.index && !meetingWords(at) && !draft(at)).map(({ slot }) => slotEnd(slot));
    // Documents without a name, in a list after the verb: "a declaration … and the budget".
    for (const piece of template.text.slice(after, objectEnd).replace(/^: /u, ' ').replace(INVERTED_OBJECT, '').replace(PLACE_FIRST, '').split(/,? (?:and|и|as well as|а также) |, /u)) {
      if (isDocument(piece.trim()) && !REPORTED.test(piece)) documents.push({ text: restore(template, piece.trim().replace(SIGNED_WHERE, '')).replace(/^(?:(?:among them|including|in particular|в том числе) )?(?:a|an|the|its|their) /i, '').replace(/[.!]+$/u, '') });
    }
    // «Бюджет на 2027 год лидеры утвердили», «Декларацию X и Y подписали»: a Russian object before its active verb, opening the clause.
    if (documents.length === 0 && ACTIVE_RU.test(match[0])) {
      const front = template.text.slice(clause.start, match.index).replace(/^[,;:]?\s*(?:(?:а|и|но) )?["«]?/u, '');
      const document = leadingDocument(front);
      if (document) documents.push({ text: restore(template, document) });
    }
    for (const document of documents) finds.push({ type: 'ADOPTED_AT', from: document, to: meeting.end, rule: 'discourse.adopted', start: match.index, end: verbEnd, date: meeting.date, datedBefore });
    // "The presidents, including X and Y, adopted …": who signs a meeting's documents was at it.
    if (documents.length > 0) {
      // "X said he had signed …", «X сообщил, что подписал …»: the speaker, in the sentence's clause before.
      const signers = [...subjectPeople(template, clause.start, match.index), ...speakerSigned(template, 0, match.index)];
      for (const i of new Set(signers)) finds.push(signatory(template, i, meeting, match.index, verbEnd));
    }
  }
  return finds;
}

/** A person who signed or adopted at a meeting, as attending it (dated by the verb's stretch, else the meeting's day). */
function signatory(template: Template, i: number, meeting: { end: FactEnd; date?: FoundDate }, start: number, end: number): DiscourseFind {
  return { type: 'ATTENDED', from: slotEnd(template.slots[i]!), to: meeting.end, rule: 'discourse.attended-signed', start: Math.min(start, template.at[i]!), end, date: meeting.date, datedBefore: end };
}

/** "Five leaders — X, Y and Z — held the session", "a summit with three guests: X, Y and Z", «Саммит собрал лидеров — X, Y …». */
function gatherings(context: DiscourseContext, clauses: ReturnType<typeof clausesOf>): DiscourseFind[] {
  const { template } = context;
  const finds: DiscourseFind[] = [];
  const attended = (i: number, meeting: { end: FactEnd; date?: FoundDate }, start: number, end: number, rule: string) =>
    finds.push({ type: 'ATTENDED', from: slotEnd(template.slots[i]!), to: meeting.end, rule, start: Math.min(start, template.at[i]!), end: Math.max(end, template.at[i]! + 1), date: meeting.date });
  for (const { match, clause } of statedTriggers(template, HELD_TOGETHER, clauses)) {
    // One person holding a meeting chairs it: only several together are its participants.
    const people = subjectPeople(template, clause.start, match.index);
    const meeting = people.length > 1 ? meetingFor(context, clause) : undefined;
    if (meeting) for (const i of people) attended(i, meeting, match.index, match.index + match[0].length, 'discourse.attended-held');
  }
  for (const { person, start, end, verb } of addressedPeople(template)) {
    // What they were urged to do is no plan of the speaker's: only the words before the verb may take it back.
    const clause = clauses.at(verb);
    if (!template.slots[person]!.entityId || refused(template, clause, verb)) continue;
    const meeting = meetingFor(context, clause);
    if (meeting && !exerciseInFocus(context.focus, meeting.end, context.sentence)) attended(person, meeting, start, end, 'discourse.attended-addressed');
  }
  for (const { trigger, people, needsMeeting } of guestPeople(template)) {
    const clause = clauses.at(trigger);
    if (refused(template, clause, trigger)) continue;
    // "X welcomed Y and Z" is a meeting's guests only when the sentence says which meeting ("… to Dushanbe for the summit").
    if (needsMeeting && !context.meetings.some((meeting) => meeting.start > trigger)) continue;
    const meeting = meetingFor(context, clause);
    if (meeting) for (const i of people) attended(i, meeting, trigger, trigger + 1, 'discourse.attended-guest');
  }
  for (const { trigger, people } of presentAlongside(template)) {
    const clause = clauses.at(trigger);
    if (refused(template, clause, trigger)) continue;
    const meeting = meetingFor(context, clause);
    if (meeting && !exerciseInFocus(context.focus, meeting.end, context.sentence)) for (const i of people) attended(i, meeting, trigger, trigger + 1, 'discourse.attended-alongside');
  }
  return finds;
}

/** Verbs of being at a meeting or of doing there what only those present do (arriving, gathering, signing). */
const PRESENCE =
  String.raw`(?:attended|attend|attending|took part|take part|participated|arrived|gathered|convened|assembled|came|flew in|(?:were|are) (?:all |also |both )?(?:present|there|in attendance)|in attendance|(?:(?:sat|were) )?(?:around|at) the table|met(?= (?:in|at|on|with|behind|for|last|this|again|separately|privately|twice|together)(?![\p{L}])|[,.;]|$)|joined|adopted|approved|signed|endorsed|sat|приехал\p{L}*|прибыл\p{L}*|прилетел\p{L}*|собрал\p{L}*сь|съехал\p{L}*сь|встретил\p{L}*сь|встречал\p{L}*сь|участвовал\p{L}*|участвуют|принял\p{L}* участие|принима\p{L}* участие|присутствовал\p{L}*|присутствуют|подписал\p{L}*|утвердил\p{L}*|одобрил\p{L}*|приняли(?! решени)|сели)(?![\p{L}])`;
/** The representatives as the verb's subject before it, past adverbs, a day or a city: "the ministers of A and B all arrived in Minsk on Monday and signed". */
const PRESENCE_AFTER = new RegExp(
  String.raw`^"?(?:,? (?:all|also|both|too|then|later|again|together|personally|themselves|have|had|has|все|также|тоже|лично|вместе))*(?:,? (?:in|on|at|в|во|на) (?:the )?⟦(?:DATE|PLACE)#\d+⟧|,? ⟦DATE#\d+⟧)*,? (?:have |had |also )*${PRESENCE}`,
  'iu',
);
/** The verb before them: a Russian subject after its verb («В Москву приехали министры обороны A, B»), a passive's agent ("attended by the leaders of A, B"), "Present were …". */
const PRESENCE_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])${PRESENCE}|(?:attended|joined|signed|adopted|approved) by|[Pp]resent (?:were|was)|[Aa]ttending (?:were|was)|(?:brought together|собрал[аи]?)(?:(?: (?:\p{Lu}[\p{L}-]*|⟦(?:PERSON|NAME|STATE)#\d+⟧)(?:'s|’s)?,?)+ (?:and|и))?|(?:был[аи]?|was|were) (?:в|во|in) ⟦PLACE#\d+⟧ (?:(?:вместе|наряду) с|together with|along with|alongside|with)|(?<![\p{L}])(?<received>received|welcomed|hosted|greeted|принял|принимал|встретил))(?: (?:также|тоже|все|лично|вместе|also|all))*(?: the)? $`,
  'iu',
);

/** What follows a verb of presence: an object or a status other than the meeting's ("attended a concert", "attended as observers") says they were not at it as its participants. */
const ATTENDED_OBJECT = /^(?: (?:in|at|into|в|во|на))?(?: (?:a|an|the|its|their|this|that|этом|этой|том|той))? ([\p{Ll}][\p{L}-]*)/u;
const AS_OBSERVERS = /^,? (?:as|в качестве) (?:[\p{L}-]+ )?(?:observers?|guests?|наблюдател\p{L}*|гост\p{L}*)(?![\p{L}])/iu;
const MEETING_OBJECT = /^(?:summit|meeting|session|talks|conference|forum|sitting|person|full|force|together|саммит\p{L}*|заседани\p{L}*|сесси\p{L}*|встреч\p{L}*|совещани\p{L}*|переговор\p{L}*|работе|полном|лично)$/iu;
/** A verb whose object is what they were at (a verb of adopting has its documents after it, one of coming its adverbs). */
const ATTENDING = /(?:attended|attend|attending|joined|took part|take part|participated|участие|участвовал\p{L}*|участвуют|присутствовал\p{L}*|присутствуют)$/iu;

/** Whether the words after a verb of presence (the verb given with them) leave its subject at the meeting. */
function presentAtMeeting(verb: string, afterVerb: string): boolean {
  if (AS_OBSERVERS.test(afterVerb)) return false;
  if (!ATTENDING.test(verb)) return true;
  const object = ATTENDED_OBJECT.exec(afterVerb);
  return !object || MEETING_OBJECT.test(object[1]!);
}

/**
 * States whose leaders, ministers or delegations were at a meeting take part in it: "the heads of state of A, B and C
 * adopted …", «В Москву приехали министры обороны A, B …», «В работе сессии участвовали делегации парламентов A и B»,
 * "attended by the leaders of A and B", «Делегацию A на нём возглавил министр …». The phrase must be a verb of presence's
 * subject or agent; nothing for a clause that takes it back ("the ministers of A did not come"), nor at an exercise.
 */
function representations(context: DiscourseContext, clauses: ReturnType<typeof clausesOf>): DiscourseFind[] {
  const { template } = context;
  const finds: DiscourseFind[] = [];
  for (const phrase of representedStates(template)) {
    const clause = clauses.at(phrase.start);
    let verb: number | undefined = phrase.headed ? phrase.end - 1 : undefined;
    const after = PRESENCE_AFTER.exec(template.text.slice(phrase.end, clause.end));
    if (verb === undefined && after) verb = phrase.end + after[0].length - 1;
    const before = PRESENCE_BEFORE.exec(template.text.slice(clause.start, phrase.start));
    // A host receiving the leaders of one state holds talks with him; those of several, a meeting of theirs.
    if (verb === undefined && before && (before.groups?.received === undefined || phrase.states.length > 1)) verb = phrase.start;
    if (verb === undefined || refused(template, clause, verb) || EXERCISE_WORDS.test(clauseText(template, clause))) continue;
    if (after && !presentAtMeeting(after[0], template.text.slice(verb + 1))) continue;
    const meeting = meetingFor(context, clause);
    if (!meeting || exerciseInFocus(context.focus, meeting.end, context.sentence)) continue;
    for (const i of phrase.states) {
      finds.push({ type: 'PARTICIPATES_IN', from: slotEnd(template.slots[i]!), to: meeting.end, rule: 'discourse.represented', start: Math.min(phrase.start, verb), end: Math.max(phrase.end, verb + 1), date: meeting.date });
    }
  }
  return finds;
}

/** Where a meeting is the setting of a clause: "At the summit, X said …", «В ходе сессии X проинформировал …». */
const AT_MEETING = /(?:^|[ ,])(?:at|during|on the sidelines of|on the margins of|в ходе|на|во время|на полях)(?: (?:the|its|this|a))?(?: (?:⟦(?:DATE|PLACE|ORG)#\d+⟧(?:'s)?|\p{L}+'s|[а-яё-]+(?:ом|ем|ой|ей|ых|их)(?:ся)?)){0,3} "?$/iu;
/** A name followed by its verb (a subject), possibly after an apposition: "X, the Secretary-General, told …", «X проинформировал». */
const SUBJECT_AFTER = /^"?(?:, [^,;⟦]{1,60},)? (?:(?:also|then|later|again|too|также|тоже) )?(?!and |и |or |или )[\p{Ll}]/u;

/** A person who acts at the meeting a clause is set at attended it: "During the session, Secretary-General X briefed the leaders." */
function actorsAtMeeting(context: DiscourseContext, clauses: ReturnType<typeof clausesOf>): DiscourseFind[] {
  const { template } = context;
  const finds: DiscourseFind[] = [];
  for (const meeting of context.meetings) {
    if (!AT_MEETING.test(template.text.slice(Math.max(0, meeting.start - 60), meeting.start))) continue;
    const clause = clauses.at(meeting.start);
    if (GUARDS.doubted(clauseText(template, clause).toLowerCase())) continue;
    const date = meetingFor(context, { start: meeting.start, end: meeting.end });
    for (let i = 0; i < template.slots.length; i++) {
      const { slot, at } = slotAt(template, i);
      if (slot.kind !== 'PERSON' || !slot.entityId || at < meeting.end || at >= clause.end) continue;
      const before = template.text.slice(meeting.end, at);
      const after = template.text.slice(template.text.indexOf('⟧', at) + 1, clause.end);
      // The subject opens the clause after the setting (a title may stand before it), and a verb follows it.
      if (/(?<![a-zA-Zа-яА-ЯёЁ])(?:with|and|to|for|by|about|of|from|с|со|и|к|для|о|об|от|между)(?![a-zA-Zа-яА-ЯёЁ])/iu.test(before.replace(/⟦\w+#\d+⟧/gu, ' ')) || !SUBJECT_AFTER.test(after)) continue;
      if (GUARDS.refused(template.text.slice(clause.start, at + after.length).toLowerCase())) continue;
      finds.push({ type: 'ATTENDED', from: slotEnd(slot), to: meeting.fact, rule: 'discourse.attended-at', start: meeting.start, end: at + 1, date: date?.date });
    }
  }
  return finds;
}

/**
 * "X put it at the Council of Foreign Ministers in Moscow on 10 November": the body's session, held in that city, and the
 * official titled by his state who opens the clause at it for his state (body-session.ts).
 */
function sessionsOfBodies(context: DiscourseContext, clauses: ReturnType<typeof clausesOf>): DiscourseFind[] {
  const { template } = context;
  const finds: DiscourseFind[] = [];
  for (const session of bodySessions(template)) {
    const clause = clauses.at(session.start);
    if (refused(template, clause, session.start)) continue;
    const place = template.slots[session.place]!;
    if (!place.entityId) continue;
    const meeting: FactEnd = { text: restore(template, template.text.slice(session.start, template.text.indexOf('⟧', template.at[session.body]!) + 1)) };
    finds.push({ type: 'HELD_IN', from: meeting, to: slotEnd(place), rule: 'discourse.body-session', start: session.start, end: session.end });
    const official = titledOfficial(template, { start: clause.start, end: session.start });
    if (!official) continue;
    const state = template.slots[official.state]!;
    const person = template.slots[official.person]!;
    if (state.entityId) finds.push({ type: 'PARTICIPATES_IN', from: slotEnd(state), to: meeting, rule: 'discourse.body-session-official', start: clause.start, end: session.end });
    if (person.entityId && person.kind === 'PERSON') finds.push({ type: 'ATTENDED', from: slotEnd(person), to: meeting, rule: 'discourse.body-session-official', start: clause.start, end: session.end });
  }
  return finds;
}

/** "It was held in Dushanbe." right after the sentence that named the meeting. */
function pronounPlace(context: DiscourseContext): DiscourseFind[] {
  const { template, focus } = context;
  const match = PRONOUN_HELD.exec(template.text);
  if (!match || !focus || focus.sentence !== context.sentence - 1 || focus.end.entityId) return [];
  // Coreference may have read the pronoun as the organization in focus: it is the meeting here.
  if (match[1] !== undefined && !/^(?:It|Она|Оно|Он)$/u.test(template.slots[Number(match[1])]!.text)) return [];
  const place = template.slots[Number(match[2])]!;
  if (!place.entityId || GUARDS.refused(match[0].toLowerCase())) return [];
  return [{ type: 'HELD_IN', from: focus.end, to: slotEnd(place), rule: 'discourse.held-in', start: 0, end: match[0].length, date: focus.date }];
}

/**
 * Presiding without an object: "Putin, whose country chairs the bloc, is presiding.", "X chaired.",
 * «Председательствует президент России X», «Вёл заседание председатель ПА X»: the person runs the meeting
 * of the clause, else the one in focus. The person before the verb (past an apposition or a relative
 * clause between commas), or, in Russian, after a verb that opens the sentence.
 */
const PRESIDES_AFTER =
  /⟦(?:PERSON|NAME)#(\d+)⟧(?:, (?:(?:who|whose|which|a|an|the|который|которая|чья|чей) |⟦STATE#\d+⟧ )(?:[^.;⟦,]|⟦\w+#\d+⟧)*?,)? (?:(?:is|was|will be|has been) )?(?:presiding|presided|presides|chaired|chairs|was in the chair|is in the chair|председательствовал[аи]?|председательствует)(?: over (?:it|the (?:session|meeting|summit|talks)))?(?=$|[.;,!])/u;
const PRESIDES_BEFORE =
  /^(?:(?:\d{1,2}[.:]\d\d|\d{1,2}[.)]) ?[—–-]? ?)*(?:Председательствует|Председательствовал[аи]?|Председательствовать будет|Будет председательствовать|(?:Вёл|Вел|Ведёт|Ведет|Провёл|Провел) (?:заседание|сессию|встречу|совещание)|(?:Заседание|Сессию|Встречу|Совещание) (?:вёл|вел|ведёт|ведет|провёл|провел)|Presiding (?:over it )?(?:is|was))(?: (?!(?:в|во|на|по|с|со|из|за|под|in|at|on|by|for|with) )(?:[^⟦.;, ]+|⟦(?:STATE|ORG)#\d+⟧))*? ⟦(?:PERSON|NAME)#(\d+)⟧/u;

function presiding(context: DiscourseContext, clauses: ReturnType<typeof clausesOf>): DiscourseFind[] {
  return [...presidingVerb(context, clauses), ...presidingBeside(context, clauses)];
}

/** A clause that reports a meeting by its verb: "the Council met", «собрались», «прошёл». */
const MET = /(?<![\p{L}])(?:met|meets|convened|gathered|opened|held|took place|собрал\p{L}*|прош[её]л|прошл\p{L}*|проход\p{L}*|состоял\p{L}*|открыл\p{L}*)(?![\p{L}])/iu;

const PRONOUN_FOR_MEETING = /(?<![\p{L}])(?:н[её]м|ней|его|е[её])(?![\p{L}])|^"?It /u;

/** "a summit … chaired by X", "with X in the chair", «Председательствовать на нём будет X» (meeting-people.ts chairsBeside). */
function presidingBeside(context: DiscourseContext, clauses: ReturnType<typeof clausesOf>): DiscourseFind[] {
  const { template } = context;
  const finds: DiscourseFind[] = [];
  for (const { person, start, end } of chairsBeside(template)) {
    const slot = template.slots[person];
    if (!slot?.entityId || slot.kind !== 'PERSON') continue;
    const clause = clauses.at(end - 1);
    if (refused(template, { start, end: clause.end }, end - 1)) continue;
    // The phrase hangs on its meeting: the one named before it in the sentence («саммит …, а вести его будет X»), else the
    // focus, which a day the sentence gives does not make another occasion when the focus has none ("The Council met on
    // 11 November, with X in the chair").
    // A pronoun with nothing named before it in the sentence stands for the meeting the sentence before named last.
    const pronoun = PRONOUN_FOR_MEETING.test(template.text.slice(start, end));
    const antecedent = context.meetings.filter((named) => named.end <= start).pop() ?? (pronoun ? context.priorMeetings?.at(-1) : undefined);
    const undated = context.focus && !context.focus.date && !context.focus.exercise && MET.test(clauseText(template, clause)) ? { end: context.focus.end } : undefined;
    const meeting: { end: FactEnd; date?: FoundDate } | undefined =
      pronoun && antecedent ? { end: antecedent.fact } : (meetingFor(context, { start, end }) ?? meetingFor(context, clause) ?? (antecedent ? { end: antecedent.fact } : undated));
    if (meeting && !exerciseInFocus(context.focus, meeting.end, context.sentence)) finds.push({ type: 'CHAIRS', from: slotEnd(slot), to: meeting.end, rule: 'discourse.chaired-beside', start, end, date: meeting.date });
  }
  return finds;
}

function presidingVerb(context: DiscourseContext, clauses: ReturnType<typeof clausesOf>): DiscourseFind[] {
  const { template } = context;
  const match = PRESIDES_BEFORE.exec(template.text) ?? PRESIDES_AFTER.exec(template.text);
  if (!match) return [];
  // Not a body the verb has as its object: "the Commission, which X chairs" (nor «Председательствует в ассамблее X»: no preposition in the pattern).
  const clauseBefore = template.text.slice(clauses.at(match.index).start, match.index);
  if (/(?<![\p{L}])(?:which|that|whom|котор\p{L}*)(?![\p{L}])[^,;⟦]*$/iu.test(clauseBefore)) return [];
  const clause = clauses.at(match.index + match[0].length - 1);
  if (refused(template, { start: match.index, end: clause.end }, match.index + match[0].length - 1)) return [];
  const meeting = meetingFor(context, clause) ?? meetingFor(context, { start: match.index, end: match.index + match[0].length });
  if (!meeting) return [];
  const person = template.slots[Number(match[1])]!;
  // The verb's own stretch gives the dates, not an apposition before it ("whose country chairs the bloc this year").
  const start = match.index + match[0].lastIndexOf(',') + 1;
  return [{ type: 'CHAIRS', from: slotEnd(person), to: meeting.end, rule: 'discourse.presided', start, end: match.index + match[0].length, date: meeting.date }];
}

/** The people a state sends to an exercise: "contingents from Russia and Tajikistan", «военнослужащих из Казахстана, Киргизии …», and the formations they come in ("a reconnaissance company", «роту», "supply columns"). */
const TROOPS = String.raw`(?:troops|servicemen|service ?members|soldiers|units?|contingents?|personnel|detachments?|peacekeepers|paratroopers|sappers|commandos|crews|columns|convoys|companies|company|battalions?|brigades?|platoons?|squads?|teams|elements|подразделени[а-яё]*|контингент[а-яё]*|военнослужащ[а-яё]*|войск[а-яё]*|военны[а-яё]*|бойц[а-яё]*|миротворц[а-яё]*|десантник[а-яё]*|спецназовц[а-яё]*|рот[аыуе]|батальон[а-яё]*|бригад[а-яё]*|взвод[а-яё]*|расч[её]т[а-яё]*|экипаж[а-яё]*|колонн[а-яё]*|групп[а-яё]*)`;
/** A list of states: "⟦STATE#1⟧, ⟦STATE#2⟧ and ⟦STATE#3⟧" (each slot's index in group 1 of STATE_ITEM). */
const STATE_LIST = String.raw`⟦STATE#\d+⟧(?:(?:,| and|, and| и| as well as| а также) ⟦STATE#\d+⟧)*`;
const STATE_ITEM = /⟦STATE#(\d+)⟧/gu;
/** Whose troops they are besides the states: "troops of the Collective Peacekeeping Forces from …", «военнослужащих КСОР из …». */
const FORCE_OWNER = String.raw`(?: (?:of (?:the )?)?⟦ORG#\d+⟧(?=,? (?:from|из|от) ))?`;
// «подразделения России, Белоруссии и Казахстана»: the Russian genitive of a list says whose units they are, as "from" does.
const TROOPS_FROM = new RegExp(String.raw`(?<![a-zA-Zа-яА-ЯёЁ])${TROOPS}${FORCE_OWNER} (?:(?:from|из|от) (?:the )?)?(${STATE_LIST})`, 'giu');
/** A verb of taking part between the troops and the states they came from: "troops of the forces took part, from Russia, …". */
const TOOK_PART = String.raw`(?:took part|participated|were involved|were deployed|joined in|приняли участие|участвовали|были задействованы|прибыли)`;
const TROOPS_TOOK_PART_FROM = new RegExp(String.raw`(?<![a-zA-Zа-яА-ЯёЁ])${TROOPS}${FORCE_OWNER.replace('(?=,? (?:from|из|от) )', '')} ${TOOK_PART},? (?:(?:coming|mostly|mainly|all) )?(?:from|из) (?:the )?(${STATE_LIST})`, 'giu');
/** The states named after a dash or a colon that says whose they are: «подразделения всех пяти государств — России, …», "units of all five members: Russia, …". */
const TROOPS_OF_STATES_APPOSED = new RegExp(String.raw`(?<![a-zA-Zа-яА-ЯёЁ])${TROOPS} (?:of (?:all )?(?:the )?|вс[а-яё]+ )?(?:[a-zа-яё\d-]+ ){0,3}?(?:states|countries|members|member states|allies|государств|стран|участниц|союзников)(?: (?:of )?(?:the )?(?:⟦ORG#\d+⟧|организации|блока|alliance|bloc))?(?: —|:|,) (?:(?:namely|а именно|именно) )?(${STATE_LIST})`, 'giu');
const SENT_STATES = new RegExp(String.raw`(?<![a-zA-Zа-яА-ЯёЁ])${TROOPS} (?:прислал[а-яё]*|направил[а-яё]*|выделил[а-яё]*|выставил[а-яё]*|предоставил[а-яё]*) (${STATE_LIST})`, 'giu');
/** "Russia and Kazakhstan each deployed a battalion", "Kazakhstan fielded the largest foreign contingent", «Казахстан и Киргизия направили разведывательные роты». */
// Not the state a Russian noun before it governs («Министерство обороны республики направило роту»: the ministry's state, a slot of the subject).
const NOT_GOVERNED_RU = String.raw`(?:(?<=(?:^|[^а-яё])(?:и|а|но|также|тоже|затем|вновь|снова|уже|ещё|когда|где|куда|как|что|причём) )|(?<![а-яё] ))`;
const STATES_SENT = new RegExp(String.raw`${NOT_GOVERNED_RU}(${STATE_LIST}),? (?:(?:also|too|each|both|again|has|have|had|тоже|также|вновь|снова|по-прежнему) )*(?:sent|send|sends|contributed|contributes|deployed|deploys|fielded|fields|provided|provides|dispatched|committed|supplied|brought|прислал[а-яё]*|направил[а-яё]*|выделил[а-яё]*|выставил[а-яё]*|предоставил[а-яё]*|отправил[а-яё]*)(?: (?:their|its|a|an|the|one|two|three|some|about|around|roughly|over|nearly|[\d,]+|сво[а-яё]*|по|около|более|свыше|порядка))*(?: [a-zа-яё][a-zа-яё-]*,?){0,3}? ${TROOPS}(?![a-zA-Zа-яА-ЯёЁ])`, 'giu');
/** The passive: "Units were contributed by Russia, Belarus and Kazakhstan", «Подразделения были направлены Россией …» (the instrumental is another slot's case: English only). */
const TROOPS_SENT_BY = new RegExp(String.raw`(?<![a-zA-Zа-яА-ЯёЁ])${TROOPS} (?:were|had been|have been) (?:(?:also|mostly|mainly) )?(?:sent|contributed|provided|deployed|fielded|supplied|committed|dispatched) by (?:the )?(${STATE_LIST})`, 'giu');

/** A verb of the future or of a plan after the troops: "units from Kazakhstan will take part", «подразделения Киргизии примут участие». */
const PLANNED_AFTER = /^[^.;]{0,40}?(?<![a-zA-Zа-яА-ЯёЁ])(?:will|would|shall|are to|is to|are due|are expected|plan|планиру[а-яё]*|будут|будет|примут|направят|прибудут|должны)(?![a-zA-Zа-яА-ЯёЁ])/iu;

/**
 * States taking part in an exercise through the troops they send ("Contingents from Russia and Tajikistan
 * worked side by side", «свои подразделения прислали Казахстан, Киргизия, Россия и Таджикистан»): each
 * state takes part in the exercise the clause or sentence names, else the one in focus. Only a known
 * exercise (a state's troops at a summit are its guards), and only states the troops come from (not
 * "troops from Russia guarded Armenia").
 */
function troopsSent(context: DiscourseContext, clauses: ReturnType<typeof clausesOf>): DiscourseFind[] {
  const { template } = context;
  const finds: DiscourseFind[] = [];
  for (const pattern of [TROOPS_FROM, STATES_SENT, SENT_STATES, TROOPS_TOOK_PART_FROM, TROOPS_OF_STATES_APPOSED, TROOPS_SENT_BY]) {
    for (const { match, clause } of statedTriggers(template, pattern, clauses)) {
      // "Contingents from Russia were not sent": taken back after the trigger too; "Teams from Kazakhstan will take part": a plan.
      if (GUARDS.refused(clauseText(template, clause).toLowerCase()) || PLANNED_AFTER.test(template.text.slice(match.index + match[0].length, clause.end))) continue;
      const meeting = meetingFor(context, clause);
      if (!meeting) continue;
      // The wider frames (round 22: a force's troops, an apposition, a formation, a passive) read the exercise in focus only while it is
      // near (named in this sentence or the one before): farther back, another topic may have come between ("The next exercise is planned …").
      const wider = pattern === TROOPS_TOOK_PART_FROM || pattern === TROOPS_OF_STATES_APPOSED || pattern === TROOPS_SENT_BY || match[0].includes('⟦ORG');
      if (wider && !context.meetings.length && !(context.focus && context.sentence - context.focus.sentence <= 1)) continue;
      // A known exercise (an exercise the text names by its noun alone is too often another one than the label's): the sentence
      // speaks of an exercise, or the meeting in focus is one.
      if (!meeting.end.entityId || !(EXERCISE_WORDS.test(template.text) || context.focus?.exercise)) continue;
      for (const item of match[1]!.matchAll(STATE_ITEM)) {
        const slot = template.slots[Number(item[1])]!;
        if (slot.entityId) finds.push({ type: 'PARTICIPATES_IN', from: slotEnd(slot), to: meeting.end, rule: 'discourse.troops', start: match.index, end: match.index + match[0].length, date: meeting.date });
      }
    }
  }
  return finds;
}

/** A state's membership that begins, ends or is frozen, said without the organization. */
const MEMBERSHIP: Array<{ words: RegExp; dating: 'start' | 'end'; status?: string; name: string }> = [
  {
    name: 'joined',
    dating: 'start',
    words: /(?<![a-zA-Zа-яА-ЯёЁ])(?:acceded|joined|rejoined|re-joined|re-entered|returned|came back|became (?:a )?(?:full )?members?|was admitted|were admitted|вступил[a-zA-Zа-яА-ЯёЁ]*|присоединил[a-zA-Zа-яА-ЯёЁ]*|вернул[a-zA-Zа-яА-ЯёЁ]*|стал[a-zA-Zа-яА-ЯёЁ]* (?:полноправн[a-zA-Zа-яА-ЯёЁ]* )?член[a-zA-Zа-яА-ЯёЁ]*)(?![a-zA-Zа-яА-ЯёЁ])/giu,
  },
  {
    name: 'left',
    dating: 'end',
    words: /(?<![a-zA-Zа-яА-ЯёЁ])(?:left|withdrew|quit|pulled out|walked out|dropped out|exited|вышл[a-zA-Zа-яА-ЯёЁ]*|вышел|покинул[a-zA-Zа-яА-ЯёЁ]*)(?![a-zA-Zа-яА-ЯёЁ])/giu,
  },
  {
    name: 'frozen',
    dating: 'start',
    status: 'participation frozen',
    words: /(?<![a-zA-Zа-яА-ЯёЁ])(?:froze|frozen|has frozen|заморозил[a-zA-Zа-яА-ЯёЁ]*) (?:its |their |сво[a-zA-Zа-яА-ЯёЁ]* )?(?:participation|membership|участие|членство)(?![a-zA-Zа-яА-ЯёЁ])/giu,
  },
  {
    name: 'suspended',
    dating: 'start',
    status: 'participation suspended',
    words: /(?<![a-zA-Zа-яА-ЯёЁ])(?:suspended|put|приостановил[a-zA-Zа-яА-ЯёЁ]*) (?:its |their |сво[a-zA-Zа-яА-ЯёЁ]* )?(?:participation|membership|участие|членство)(?: on ice)?(?![a-zA-Zа-яА-ЯёЁ])/giu,
  },
];
/** What may follow a verb of membership without an object: a date, an adverb, the end of the clause. */
const NO_OBJECT = /^(?: (?:again|twice|formally|officially|too|also|only|back|in turn|снова|вновь|официально|тоже|также))*(?:$|[,.;:!)]| —| (?:(?:in|on|в|во|с) )?⟦DATE#\d+⟧)/u;
/** "acceded to it", «вышел из него»: the organization or treaty the sentence before named. */
const PRONOUN_OBJECT = /^ (?:to it|it|from it|к нему|к ней|из него|из не[её]|его|е[её])(?![\p{L}])/u;

/**
 * "Armenia froze its participation in 2024", «Узбекистан вышел в 2012 году», "Belarus acceded to it the
 * following year": a state's membership of the organization in focus (of the treaty "it" stands for).
 * Not when the clause names an organization (another layer's reading), nor a verb with another object
 * ("left Moscow", "joined the talks").
 */
function memberships(context: DiscourseContext, clauses: ReturnType<typeof clausesOf>): DiscourseFind[] {
  const { template } = context;
  const finds: DiscourseFind[] = [];
  for (const frame of MEMBERSHIP) {
    for (const { match, clause } of statedTriggers(template, frame.words, clauses)) {
      const inClause = template.slots.map((slot, i) => ({ slot, at: template.at[i]! })).filter(({ at }) => at >= clause.start && at < clause.end);
      if (inClause.some(({ slot }) => slot.kind === 'ORG' || slot.kind === 'INIT' || slot.kind === 'EVENT')) continue;
      const after = template.text.slice(match.index + match[0].length, clause.end);
      // A membership that begins or ends is dated in news prose ("joined in 1993"); undated, "joined later" may be a meeting joined.
      if (!frame.status && !inClause.some(({ slot }) => slot.kind === 'DATE' && slot.date!.role !== 'scope')) continue;
      // Without an object, what was joined is what the sentence before spoke of ("The treaty was signed in 1992. Belarus joined the following year."), else the article's organization.
      // A participation frozen is the organization's (a treaty has parties, not participants).
      const organization = frame.status ? context.organization : NO_OBJECT.test(after) ? context.prior ?? context.organization : PRONOUN_OBJECT.test(after) ? context.prior : undefined;
      if (!organization) continue;
      // The subjects: the states of the clause before the verb, not one owned by a title or troops ("the president of Belarus").
      const states = subjectList(template.text, inClause.filter(({ slot, at }) => slot.kind === 'STATE' && slot.entityId && at < match.index && !GUARDS.owned(template.text.slice(clause.start, at))));
      for (const { slot, at } of states) {
        finds.push({ type: 'MEMBER_OF', from: slotEnd(slot), to: organization, rule: `discourse.member-${frame.name}`, start: at, end: match.index + match[0].length, dating: frame.dating, status: frame.status });
      }
    }
  }
  return finds;
}

/**
 * The subject of a verb of membership among the states before it: the list nearest the verb, not a list before a clause of
 * its own ("Azerbaijan and Georgia left in 1999, and Uzbekistan suspended …") nor companions after "with" («Узбекистан,
 * вышедший вместе с Азербайджаном и Грузией, вернулся …»).
 */
function subjectList<T extends { at: number }>(text: string, states: T[]): T[] {
  const runs: T[][] = [];
  for (const state of states) {
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    const end = previous ? previous.at + (/^⟦\w+#\d+⟧/u.exec(text.slice(previous.at))?.[0].length ?? 0) : 0;
    if (last && /^"?(?:, ?|,? (?:and|и) )"?$/u.test(text.slice(end, state.at))) last.push(state);
    else runs.push([state]);
  }
  const companions = /(?:^|[\s,])(?:with|together with|along with|alongside|с|со|вместе с|наряду с) "?$/iu;
  return [...runs].reverse().find((run) => !companions.test(text.slice(Math.max(0, run[0]!.at - 20), run[0]!.at))) ?? [];
}

/** Words that qualify a standing membership without taking it back: "nominally still a full member", «формально остается полноправным членом». */
const STANDING_QUALIFIER = String.raw`(?:(?:still|formally|nominally|officially|technically|legally|now|also|however|itself|a founding|founding|full|full-fledged|fully fledged|original|current|nominal|formal|paid-up|active|fellow|по-прежнему|вс[её] ещ[её]|формально|номинально|официально|юридически|ещ[её]|также|тоже|полноправн\p{L}*|действующ\p{L}*|формальн\p{L}*|постоянн\p{L}*|(?:ее|её|его|их)) )*`;
/**
 * A state described as a member or an observer, the organization left out because the article is about it:
 * "Armenia, a founding member, sent no one", "Armenia, nominally still a member, was absent", "Serbia remains an
 * observer", «Армения остается ее полноправным членом», «Сербия является наблюдателем». The word must end its
 * phrase: "a member of the EU" and "a member state" are other readings. One aside may stand between the state and
 * its verb («Армения, заморозившая участие в ОДКБ, остается ее членом»).
 */
const STANDING = new RegExp(
  String.raw`⟦STATE#(\d+)⟧(?:(?:, [^,.;⟦]*(?:⟦\w+#\d+⟧[^,.;⟦]*){0,3},)|, (?:which|who|которая|который|которое) | —|,)? ?` +
    String.raw`${STANDING_QUALIFIER}(?:(?:is|remains|was|has been|stays|остается|остаётся|является|считается|был[аои]?) )?` +
    String.raw`${STANDING_QUALIFIER}(?:(?:an?|one) )?(?:of (?:its|the) )?${STANDING_QUALIFIER}(members?|членом|член|observers?|наблюдател(?:ем|ь))(?= ?[,.;:)—–]|$)`,
  'giu',
);

/** The state's membership (or observer seat) of the organization in focus, when the sentence describes it as one without naming what of. */
function standingMemberships(context: DiscourseContext, clauses: ReturnType<typeof clausesOf>): DiscourseFind[] {
  const { template } = context;
  const finds: DiscourseFind[] = [];
  for (const match of template.text.matchAll(STANDING)) {
    const slot = template.slots[Number(match[1])]!;
    if (!slot.entityId) continue;
    const words = match[0];
    // "is not a member", «больше не является членом», "would remain a member": the predicate takes it back (not the aside before it).
    const predicate = words.lastIndexOf(',') + 1;
    if (GUARDS.refused(words.slice(predicate).toLowerCase()) || GUARDS.doubted(clauseText(template, clauses.at(match.index + words.length - 1)).toLowerCase())) continue;
    if (GUARDS.owned(template.text.slice(clauses.at(match.index).start, match.index))) continue;
    // «ее членом», "one of its members": the organization the sentence before named, else the article's.
    const pronoun = /(?<![\p{L}])(?:its|ее|её|его|их)(?![\p{L}])/iu.test(words.slice(predicate));
    const organization = pronoun ? (context.prior ?? context.organization) : context.organization;
    if (!organization) continue;
    // A date in the aside or the next clause is of another fact ("Armenia, absent this year, remains a member"); one opening the sentence dates it.
    const type = /^(?:observ|наблюд)/iu.test(match[2]!) ? ('OBSERVER_OF' as const) : ('MEMBER_OF' as const);
    finds.push({ type, from: slotEnd(slot), to: organization, rule: `discourse.standing-${type === 'MEMBER_OF' ? 'member' : 'observer'}`, start: match.index + predicate, end: match.index + words.length, datedBefore: match.index });
  }
  return finds;
}

/** A state's turn at the helm, the organization left out (a programme or bid for one is not a turn held): "Russia's rotating chairmanship", «Россия завершает год председательства», «в период председательства Казахстана», «эстафета перейдет к Таджикистану». */
const TURN_AT_HELM = [
  String.raw`⟦STATE#(?<owner>\d+)⟧['’]s? (?:(?:rotating|annual|one-year|year-long|current|first|second|own) )*chairmanship(?! (?:programme|program|plan|bid|candidacy|priorities|agenda))`,
  // Not «под председательством Армении»: a meeting chaired.
  String.raw`(?:chairmanship|председательств[ао]|председательству) (?:of )?⟦STATE#(?<genitive>\d+)⟧`,
  String.raw`⟦STATE#(?<subject>\d+)⟧ (?:(?:[^⟦\s,.;:—]+|⟦DATE#\d+⟧) ){0,2}?(?:(?:год|года|годом|итоги|рамках|период|ходе|в|во|с|за|свое|своё|своего|своим|своем|своём|завершает|начинает|открывает|подводит) )+председательств(?:о|а|ом|е)`,
  String.raw`(?:эстафет\p{L}* (?:председательства )?(?:\p{L}+ )?(?:перейд[её]т|переходит|перешла|передана|передаст|передается|передаётся) (?:\p{L}+ )?к|baton (?:\p{L}+ )?(?:passes|passed|will pass|goes|went|will go) (?:\p{L}+ )?to) ⟦STATE#(?<baton>\d+)⟧`,
].join('|');
const HELM = new RegExp(`(?<![\\p{L}])(?:${TURN_AT_HELM})(?![\\p{L}])`, 'giu');
/** What makes the chairmanship another body's: "Russia's chairmanship of the BRICS", «председательство России в ЕАЭС». */
const HELM_OF_NAMED = /^(?: (?:of|in|at|в|во|на) (?:the )?⟦(?:ORG|INIT|EVENT)#\d+⟧| (?:of|in|at|в|во|на) (?:the )?(?:session|meeting|summit|council|заседани\p{L}*|саммит\p{L}*|совет\p{L}*))/iu;

const SOUGHT = /(?<![\p{L}])(?:bid\p{L}*|seek\p{L}*|sought|compet\p{L}*|vying|претенду\p{L}*|добива\p{L}*)(?![\p{L}])/iu;

/** The state chairing the organization in focus, when the sentence speaks of its chairmanship without naming what of. */
function turnsAtHelm(context: DiscourseContext, clauses: ReturnType<typeof clausesOf>): DiscourseFind[] {
  const { template } = context;
  const organization = context.organization;
  if (!organization) return [];
  const finds: DiscourseFind[] = [];
  for (const { match, clause } of statedTriggers(template, HELM, clauses)) {
    const groups = match.groups ?? {};
    const index = groups.owner ?? groups.genitive ?? groups.subject ?? groups.baton;
    const slot = template.slots[Number(index)]!;
    // "Russia does not begin its year of chairmanship": a negation between the state and its chairmanship.
    if (!slot.entityId || GUARDS.refused(match[0].toLowerCase()) || HELM_OF_NAMED.test(template.text.slice(match.index + match[0].length))) continue;
    // "bidding for Russia's chairmanship", «претендует на председательство»: a turn sought, not held.
    if (SOUGHT.test(template.text.slice(clause.start, match.index))) continue;
    // Another organization in the clause is the one chaired ("Russia's chairmanship of the CSTO" is the rules' reading).
    const inClause = template.slots.filter((other, i) => template.at[i]! >= clause.start && template.at[i]! < clause.end && (other.kind === 'ORG' || other.kind === 'INIT'));
    if (inClause.some((other) => other.entityId !== organization.entityId)) continue;
    finds.push({ type: 'CHAIRS', from: slotEnd(slot), to: organization, rule: `discourse.helm-${groups.baton ? 'baton' : 'turn'}`, start: match.index, end: match.index + match[0].length });
  }
  return finds;
}

/** A label of members ("Members", "Current member states", «Государства-члены»): its list is of members. */
const MEMBERS_LABEL = /^(?:(?:current|full|present|the) )?(?:members?|member (?:states|countries)|membership|члены|государства-члены|страны-члены|состав)(?![a-zA-Zа-яА-ЯёЁ-])/iu;
/** A label of those taking part ("Participants", "Taking part", «В учениях участвуют», «К участию привлекались»). */
const PARTICIPANTS_LABEL = /(?<![a-zA-Zа-яА-ЯёЁ])(?:participants|participating|taking part|took part|attended by|attendees|участник[a-zA-Zа-яА-ЯёЁ]*|участву[a-zA-Zа-яА-ЯёЁ]*|участвовал[a-zA-Zа-яА-ЯёЁ]*|участию|приняли участие|привлека[a-zA-Zа-яА-ЯёЁ]*|привлечен[a-zA-Zа-яА-ЯёЁ]*|присутствовал[a-zA-Zа-яА-ЯёЁ]*)(?![a-zA-Zа-яА-ЯёЁ])/iu;
/**
 * A question about who belongs, as an interview, a Q&A or a readers' column asks it: its answer's list
 * (the next paragraph's first sentence, "Six: A, B, …") is the members.
 */
const MEMBERS_QUESTION =
  /(?<![a-zA-Zа-яА-ЯёЁ])(?:who(?: is|'s| are) (?:in it|in the (?:bloc|alliance|organi[sz]ation)|(?:its |the )?members)|how many (?:countries|states|members)|which (?:countries|states) (?:are|belong)|сколько (?:стран|государств)|какие (?:страны|государства) (?:входят|состоят)|кто (?:(?:сейчас|теперь|ещё|еще|реально|фактически|по-прежнему) )*(?:входит|состоит|остаётся|остается|работает|участвует))(?![a-zA-Zа-яА-ЯёЁ])[^?]*\?\s*["»”]?(?:\s*[—–-][^?]*)?\s*$/iu;

export function asksMembers(paragraph: string): boolean {
  return MEMBERS_QUESTION.test(paragraph);
}

/** A line's own label before a colon: "* CURRENT MEMBERS: Russia, Belarus …". */
const INLINE_LABEL = /^\s*(?:[-*•▪●–—]\s*)?([^:⟦]{2,40}):\s/u;

/**
 * The items of a list under a label, each taking the label's fact: the members (of the organization the
 * label names, else the one in focus), or those taking part (states, or people attending) in the meeting
 * the label names, else the one in focus. The label is the line's own ("Members: Armenia, Belarus …") or
 * the heading of the bulleted line. Only the states and people that open the item or follow the label,
 * not those named later in it ("- Belarus, whose troops trained in Russia": Belarus only).
 */
function listItems(context: DiscourseContext): DiscourseFind[] {
  const { template } = context;
  const inline = INLINE_LABEL.exec(template.text);
  // The answer to "Who is in it now?" may be the bare list: «Россия, Белоруссия и Таджикистан.»
  if (!inline && !context.heading && context.answersMembers && BARE_STATES.test(context.template.text)) return bareAnswer(context);
  const label = inline ? inline[1]! : context.heading?.replace(BULLET, '').replace(/:\s*$/u, '').trim();
  if (!label || GUARDS.refused(label.toLowerCase()) || /(?<![a-zA-Zа-яА-ЯёЁ])(?:former|бывш[a-zA-Zа-яА-ЯёЁ]*|left|вышедш[a-zA-Zа-яА-ЯёЁ]*)(?![a-zA-Zа-яА-ЯёЁ])/iu.test(label)) return [];
  // "On paper, six states: A, B, …" after "Who is in it now?": a count as the label.
  const members = MEMBERS_LABEL.test(label.replace(/^["«]/u, '')) || Boolean(inline && context.answersMembers);
  if (!members && !PARTICIPANTS_LABEL.test(label)) return [];
  // The list opens the item (after the bullet and the label): slots joined by commas and "and".
  const start = inline ? inline[0].length : (BULLET.exec(template.text)?.[0].length ?? 0);
  const items: Slot[] = [];
  const list = /^(?:(?:от|from|the) )?"?⟦(\w+)#(\d+)⟧"?(?: \([^)]*\))?((?:,? (?:and|и|as well as|а также) |, )?)/u;
  let rest = template.text.slice(start);
  for (let item = list.exec(rest); item; item = list.exec(rest)) {
    const slot = template.slots[Number(item[2])]!;
    if (slot.entityId) items.push(slot);
    // The list ends where no comma or "and" follows its item.
    if (!item[3]) break;
    rest = rest.slice(item[0].length);
  }
  if (members) {
    const named = /⟦(?:ORG|INIT)#(\d+)⟧/u.exec(inline ? inline[1]! : context.heading ?? '');
    const organization = inline && named ? slotEnd(template.slots[Number(named[1])]!) : context.organization;
    if (!organization) return [];
    return items.filter((slot) => slot.kind === 'STATE').map((slot) => ({ type: 'MEMBER_OF' as const, from: slotEnd(slot), to: organization, rule: 'discourse.list-members', start: 0, end: template.text.length }));
  }
  const meeting = context.focus;
  if (!meeting) return [];
  return items
    .filter((slot) => slot.kind === 'STATE' || slot.kind === 'PERSON')
    .map((slot) => ({ type: slot.kind === 'PERSON' ? ('ATTENDED' as const) : ('PARTICIPATES_IN' as const), from: slotEnd(slot), to: meeting.end, rule: 'discourse.list-participants', start: 0, end: template.text.length, date: meeting.date }));
}

/** A sentence that is a list of states and nothing else. */
const BARE_STATES = /^(?:⟦STATE#\d+⟧(?:, |,? (?:and|и) ))+⟦STATE#\d+⟧\.?$/u;

function bareAnswer(context: DiscourseContext): DiscourseFind[] {
  const organization = context.organization;
  if (!organization) return [];
  return context.template.slots
    .filter((slot) => slot.kind === 'STATE' && slot.entityId)
    .map((slot) => ({ type: 'MEMBER_OF' as const, from: slotEnd(slot), to: organization, rule: 'discourse.list-members', start: 0, end: context.template.text.length }));
}

/** What a sentence states of the meeting or organization in focus that no other layer can read: the finds, undated. */
export function discourseFinds(context: DiscourseContext): DiscourseFind[] {
  if (/\?\s*["»”]?\s*$/.test(context.sentenceText)) return [];
  const clauses = clausesOf(context.template.text);
  return [...attendances(context, clauses), ...actorsAtMeeting(context, clauses), ...adoptions(context, clauses), ...gatherings(context, clauses), ...representations(context, clauses), ...presiding(context, clauses), ...troopsSent(context, clauses), ...pronounPlace(context), ...sessionsOfBodies(context, clauses), ...memberships(context, clauses), ...standingMemberships(context, clauses), ...heldMemberships(context, clauses), ...turnsAtHelm(context, clauses), ...listItems(context)];
}
