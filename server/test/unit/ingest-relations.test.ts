import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of a text, described, with the relation layer as asked: on (with the rules), off, or alone. */
const facts = (text: string, relations: boolean | 'only' = true, published = '2025-11-27') =>
  extract(text, { gazetteer: cstoGazetteer, published, relations }).proposals.map(describeFact);
/** What the layer alone reads: its proposals without the rules'. */
const layer = (text: string) => facts(text, 'only');

describe('ingest: the relation layer behind the rules', () => {
  it('reads a nominal construction, Russian word order and a passive that no rule names, with their dates', () => {
    const participation = 'Участие Киргизии в учениях «Взаимодействие» в 2024 году подтвердили в Минобороны.';
    expect(facts(participation)).toEqual(['PARTICIPATES_IN kyrgyzstan → interaction 2024..2024']);
    expect(facts(participation, false)).toEqual([]);
    const staged = 'The Interaction exercise was staged in October near Minsk, the ministry said.';
    expect(facts(staged)).toEqual(['HELD_IN interaction → minsk 2025-10..2025-10']);
    expect(facts(staged, false)).toEqual([]);
    expect(facts('Kazakhstan and Kyrgyzstan are founding members of the CSTO.')).toEqual([
      'MEMBER_OF kazakhstan → csto {founding member}',
      'MEMBER_OF kyrgyzstan → csto {founding member}',
    ]);
  });

  it('reads a clause after "but" on its own, and an apposition as a clause about the name before it, with its own date', () => {
    expect(facts("Russia chaired the Collective Security Council, but Armenia's membership in the CSTO remained frozen.")).toEqual([
      'CHAIRS russia → collective-security-council [chair]',
      'MEMBER_OF armenia → csto {participation frozen}',
    ]);
    // The troops were sent at no date the sentence gives: 1994 is the membership's.
    expect(facts('Kazakhstan, a CSTO member since 1994, sent 200 troops to the Interaction exercise.')).toEqual([
      'MEMBER_OF kazakhstan → csto 1994..',
      'PARTICIPATES_IN kazakhstan → interaction',
    ]);
    expect(layer('Belarus, which hosted the Echelon drills in 2024, also took part in the Search exercise.')).toEqual([
      'HOSTS belarus → echelon 2024..2024',
      'PARTICIPATES_IN belarus → search 2024..2024',
    ]);
  });

  it('proposes nothing that a negation, a modal, a plan, a call, a refusal, a denial, a question or a condition takes back', () => {
    for (const text of [
      'The accession of Tajikistan to the CSTO is not on the agenda.',
      'Kyrgyzstan may join the Interaction exercise next year.',
      'Kazakhstan plans to take part in the Search drills.',
      'Belarus denied reports that it sent troops to the Interaction exercise.',
      'Did Kyrgyzstan take part in the Interaction drills?',
      'If Kyrgyzstan takes part in the Interaction drills, Russia will send more troops.',
      'Киргизия от участия в учениях «Взаимодействие» отказалась.',
      'Узбекистан в учениях «Поиск» участвовать не будет.',
      'Казахстан намерен принять участие в учениях «Поиск».',
      'Russia chairs the CSTO this year; Armenia is not a member of the bloc.',
    ]) {
      expect([text, layer(text).filter((fact) => !fact.startsWith('CHAIRS russia'))]).toEqual([text, []]);
    }
  });

  it('does not take a place a meeting comes from for where it is held, nor a state in a title or an owner for the actor', () => {
    expect(layer('The Interaction exercise was staged in October with troops from Minsk.')).toEqual([]);
    // The forces left the country: Kazakhstan did not leave them.
    expect(layer('The last units of the Collective Peacekeeping Forces left Kazakhstan in January.')).toEqual([]);
    // The president took part, not Belarus; the parliaments are observers, not Serbia.
    expect(layer('Президент Белоруссии Александр Лукашенко принял участие в учениях «Взаимодействие».')).toEqual(['ATTENDED alexander-lukashenko → interaction']);
    expect(layer('The parliaments of Serbia and Afghanistan are observers at the CSTO Parliamentary Assembly.')).toEqual([]);
    expect(layer('Генеральный секретарь ОДКБ Имангали Тасмагамбетов провёл встречу с министром.')).toEqual([]);
  });

  it('leaves a fact the rules read to the rules: one proposal, the rule\'s', () => {
    const result = extract('Armenia joined the CSTO in 1992.', { gazetteer: cstoGazetteer, published: '2025-11-27' });
    expect(result.proposals.map((fact) => `${describeFact(fact)} (${fact.rule})`)).toEqual(['MEMBER_OF armenia → csto 1992.. (en.member.joined)']);
    expect(layer('Armenia joined the CSTO in 1992.')).toEqual(['MEMBER_OF armenia → csto 1992..']);
  });
});

describe('ingest: a capital or a description standing for its state', () => {
  it('reads a capital or the Kremlin as its state where it acts', () => {
    expect(facts('Moscow takes over the chairmanship of the CSTO on 1 January 2026.')).toEqual(['CHAIRS russia → csto 2026-01-01.. [chair]']);
    expect(facts('Кремль принял председательство в ОДКБ с 1 января 2026 года.')).toEqual(['CHAIRS russia → csto 2026-01-01.. [chair]']);
    expect(facts('Yerevan froze its participation in the CSTO in February 2024.')).toEqual(['MEMBER_OF armenia → csto 2024-02.. {participation frozen}']);
    expect(facts('Минск, по данным министерства, вступил в ОДКБ ещё в 1993 году.')).toEqual(['MEMBER_OF belarus → csto 1993..']);
  });

  it('keeps a capital a place where something happens in it, is named after it or comes from it', () => {
    expect(facts('The summit in Moscow ended without a declaration.')).toEqual(['HELD_IN "summit" → moscow']);
    expect(facts('Minsk hosted the CSTO summit in 2023.')).toEqual(['HELD_IN "CSTO summit" → minsk 2023..2023']);
    expect(facts('Хренин сообщил, что Минск, принимающий учения «Поиск» третий год подряд, готов к ним.').some((fact) => fact.includes('belarus'))).toBe(false);
    // Named after it: the meeting was held there, and Minsk is no state here.
    expect(facts('Officials from Minsk said the Minsk summit went well.')).toEqual(['HELD_IN "summit" → minsk']);
  });

  it('reads "the republic", «республика» as the state named last, and nothing where no state was named or the noun is any country', () => {
    expect(facts('Armenia has stayed away from the bloc since 2024. The republic froze its participation in the CSTO in February.')).toEqual([
      'MEMBER_OF armenia → csto 2025-02.. {participation frozen}',
    ]);
    expect(facts('Армения с 2024 года не участвует в работе блока. В феврале республика заморозила участие в ОДКБ.')).toEqual([
      'MEMBER_OF armenia → csto 2025-02.. {participation frozen}',
    ]);
    expect(facts('The country froze its participation in the CSTO.')).toEqual([]);
    expect(facts('Armenia met Russia. Each country joined the CSTO in 1992.')).toEqual([]);
  });
});

describe('ingest: the relation layer over lists, gapping and treaties (sentences written for the test)', () => {
  it('reads a list of exercises as one end each, in English and Russian', () => {
    expect(layer('Belarus and Armenia took part in the Interaction and Search exercises.')).toEqual([
      'PARTICIPATES_IN belarus → interaction',
      'PARTICIPATES_IN belarus → search',
      'PARTICIPATES_IN armenia → interaction',
      'PARTICIPATES_IN armenia → search',
    ]);
    expect(layer('В учениях «Взаимодействие» и «Поиск» участвовали Россия и Белоруссия.')).toEqual([
      'PARTICIPATES_IN russia → interaction',
      'PARTICIPATES_IN russia → search',
      'PARTICIPATES_IN belarus → interaction',
      'PARTICIPATES_IN belarus → search',
    ]);
  });

  it('reads a gapped second end with its own date, of the object or of the subject', () => {
    expect(layer('The Interaction exercise was held in Belarus in 2024 and in Kazakhstan in 2025.')).toEqual([
      'HELD_IN interaction → belarus 2024..2024',
      'HELD_IN interaction → kazakhstan 2025..2025',
    ]);
    expect(layer('Учения «Взаимодействие» прошли в 2024 году в Белоруссии, а в 2025 году — в Казахстане.')).toEqual([
      'HELD_IN interaction → belarus 2024..2024',
      'HELD_IN interaction → kazakhstan 2025..2025',
    ]);
    expect(layer('Russia hosted the Interaction exercise in 2023, and Belarus in 2024.')).toEqual([
      'HOSTS russia → interaction 2023..2023',
      'HOSTS belarus → interaction 2024..2024',
    ]);
  });

  it('reads no gapping where the name after the comma is not dated, or speaks', () => {
    expect(layer('Armenia joined the CSTO in 1992, Belarus said on Monday.')).toEqual(['MEMBER_OF armenia → csto 1992..']);
    expect(layer('Russia hosted the Interaction exercise in 2023, and Belarus welcomed the decision.')).toEqual(['HOSTS russia → interaction 2023..2023']);
  });

  it('reads joining and leaving a treaty as membership of it, signing it as SIGNED, and not of a programme or an exercise', () => {
    expect(layer('Armenia joined the Collective Security Treaty in 1992, Belarus in 1993.')).toEqual([
      'MEMBER_OF armenia → collective-security-treaty 1992..',
      'MEMBER_OF belarus → collective-security-treaty 1993..',
    ]);
    expect(layer('The Collective Security Treaty was signed in Tashkent by Armenia and Russia in May 1992.')).toEqual([
      'SIGNED armenia → collective-security-treaty 1992-05..',
      'SIGNED russia → collective-security-treaty 1992-05..',
    ]);
    expect(layer('Азербайджан и Грузия вышли из Договора о коллективной безопасности в 1999 году.')).toEqual([
      'MEMBER_OF azerbaijan → collective-security-treaty ..1999',
      'MEMBER_OF georgia → collective-security-treaty ..1999',
    ]);
    expect(layer('Georgia pulled out of the Collective Security Treaty in 1999.')).toEqual(['MEMBER_OF georgia → collective-security-treaty ..1999']);
    expect(layer('Russia signed the Tajik-Afghan border programme.')).toEqual([]);
    expect(layer('Armenia joined the Interaction exercise.').filter((fact) => fact.startsWith('MEMBER_OF'))).toEqual([]);
    expect(layer('Armenia did not sign the Collective Security Treaty.')).toEqual([]);
  });
});

describe('ingest: coordinated verbs and gapped ends beside the rules (sentences written for the test)', () => {
  it('reads a second verb after "but" / «но» with the first one\'s subject, and «в ней» as the organization named before', () => {
    expect(facts('Georgia joined the CSTO in 1994 but left it five years later.')).toEqual(['MEMBER_OF georgia → csto 1994..', 'MEMBER_OF georgia → csto ..1999']);
    expect(facts('Узбекистан вступил в ОДКБ в 2006 году, но вышел из неё в 2012 году.')).toEqual(['MEMBER_OF uzbekistan → csto 2006..', 'MEMBER_OF uzbekistan → csto ..2012']);
    expect(facts('Россия вступила в ОДКБ в 2002 году и председательствовала в ней в 2016 году.')).toEqual(['MEMBER_OF russia → csto 2002..', 'CHAIRS russia → csto 2016..2016 [chair]']);
    // Another subject after "but" is a clause of its own: Armenia did not leave.
    expect(facts('Armenia joined the CSTO in 1992 but Russia left it.').filter((fact) => /armenia/.test(fact))).toEqual(['MEMBER_OF armenia → csto 1992..']);
  });

  it('adds a gapped end with its own date where a rule read the first one', () => {
    expect(facts('Belarus hosted the Search drills in 2023 and the Echelon exercise in 2024.')).toEqual(['HOSTS belarus → search 2023..2023', 'HOSTS belarus → echelon 2024..2024']);
    expect(facts('Belarus hosted the Search drills in 2023 and the Echelon exercise.')).toEqual(['HOSTS belarus → search 2023..2023']);
  });
});

describe('ingest: joining or leaving what the sentence before was about (sentences written for the test)', () => {
  it('reads a state that joins or leaves with no object as a member of the treaty or organization the sentence before made members of', () => {
    expect(layer('The Collective Security Treaty was signed in Tashkent on May 15, 1992. Azerbaijan, Belarus and Georgia joined the following year.')).toEqual([
      'MEMBER_OF azerbaijan → collective-security-treaty 1993..',
      'MEMBER_OF belarus → collective-security-treaty 1993..',
      'MEMBER_OF georgia → collective-security-treaty 1993..',
    ]);
    expect(layer('Armenia joined the CSTO in 1992. Georgia left in 1999.')).toEqual(['MEMBER_OF armenia → csto 1992..', 'MEMBER_OF georgia → csto ..1999']);
  });

  it('reads nothing when the sentence before stated no membership, named two organizations, or the verb has an object or a negation', () => {
    expect(layer('The CSTO met in Minsk. Belarus joined later.').filter((fact) => fact.startsWith('MEMBER_OF'))).toEqual([]);
    expect(layer('Armenia joined the CSTO and the Collective Security Treaty in 1992. Georgia left in 1999.').filter((fact) => /georgia/.test(fact))).toEqual([]);
    expect(layer('Armenia joined the CSTO in 1992. Georgia left Minsk in 1999.').filter((fact) => /georgia/.test(fact))).toEqual([]);
    expect(layer('Armenia joined the CSTO in 1992. Georgia never left.').filter((fact) => /georgia/.test(fact))).toEqual([]);
  });
});

describe('ingest: a meeting\'s place in its own noun phrase (sentences written for the test)', () => {
  it('reads "the summit in Minsk" and «саммит в Москве» as held there, once per article and place', () => {
    expect(layer('The envoys worked for weeks before the summit in Minsk in November 2023.')).toEqual(['HELD_IN "summit" → minsk 2023-11..2023-11']);
    expect(layer('Делегации прибыли к ноябрьскому саммиту в Москве.')).toEqual(['HELD_IN "саммиту" → moscow']);
    expect(layer('Diplomats spoke of the summit in Minsk. Critics of the summit in Minsk were quiet.')).toEqual(['HELD_IN "summit" → minsk']);
    // "the Minsk summit": a meeting's name, not a statement of where it was.
    expect(layer('The envoys worked for weeks before the Minsk summit.')).toEqual([]);
  });

  it('reads no place of an exercise, of a meeting in a doubted or refused clause, or of a list of places', () => {
    expect(layer('Troops prepared for the drills in Minsk.')).toEqual([]);
    expect(layer('Armenia may skip the summit in Minsk.')).toEqual([]);
    expect(layer('Delegates asked whether the summit in Minsk would go ahead.')).toEqual([]);
    expect(layer('Officials shuttled between the talks in Minsk and Moscow.')).toEqual([]);
  });
});
