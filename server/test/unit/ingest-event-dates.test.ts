import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of an article, with the event-dates pass on or off. */
const facts = (text: string, published: string, eventDates = true) =>
  extract(text, { gazetteer: cstoGazetteer, published, eventDates }).proposals.map(describeFact);

// Written for the test: a report that dates its meeting once, in its lead, and then says who came.
const MEETING_EN =
  'Security chiefs confer in Minsk\n\nThe meeting of the Committee of Secretaries of Security Councils took place in Minsk on Thursday.\n\n' +
  'Secretaries of the security councils of Belarus, Kazakhstan and Russia took part in the meeting.';
const MEETING_RU =
  'Совещание в Бишкеке\n\nЗаседание Совета министров обороны ОДКБ прошло в Бишкеке 3 февраля.\n\n' +
  'В заседании участвовали делегации Белоруссии, Казахстана и Таджикистана.';

describe('ingest: an event dated once dates its later facts', () => {
  it('gives those who took part in "the meeting" the day the lead gave the meeting', () => {
    expect(facts(MEETING_EN, '2027-02-05')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN belarus → "meeting" 2027-02-04..2027-02-04', 'PARTICIPATES_IN russia → "meeting" 2027-02-04..2027-02-04']),
    );
    expect(facts(MEETING_RU, '2027-02-05')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN kazakhstan → "заседании" 2027-02-03..2027-02-03', 'PARTICIPATES_IN tajikistan → "заседании" 2027-02-03..2027-02-03']),
    );
  });

  it('is what dates them: switched off, the same facts have no date', () => {
    expect(facts(MEETING_EN, '2027-02-05', false)).toContain('PARTICIPATES_IN belarus → "meeting"');
    expect(facts(MEETING_RU, '2027-02-05', false)).toContain('PARTICIPATES_IN kazakhstan → "заседании"');
  });

  it('dates a named exercise by an earlier fact of it, in the same tense only', () => {
    const text =
      'Drills planned\n\nThe Interaction exercise will be held in Tajikistan in 2028.\n\n' +
      'Units from Kazakhstan and Kyrgyzstan will take part in the Interaction exercise. Russia took part in the Interaction exercise before.';
    const found = facts(text, '2027-02-05');
    expect(found).toContain('PARTICIPATES_IN kazakhstan → interaction 2028..2028');
    // A past sentence is about another edition than next year's.
    expect(found).toContain('PARTICIPATES_IN russia → interaction');
  });

  it('leaves a meeting still to come and a date two paragraphs back alone', () => {
    const next = 'Security chiefs confer in Minsk\n\nThe meeting of the Committee of Secretaries of Security Councils took place in Minsk on Thursday.\n\nDelegations of Belarus and Kazakhstan will take part in the next session.';
    expect(facts(next, '2027-02-05').filter((fact) => fact.startsWith('PARTICIPATES_IN'))).toEqual([
      'PARTICIPATES_IN belarus → "next session"',
      'PARTICIPATES_IN kazakhstan → "next session"',
    ]);
    const far = MEETING_EN.replace('\n\nSecretaries', '\n\nThe chiefs discussed Afghanistan.\n\nThe talks were long.\n\nSecretaries');
    expect(facts(far, '2027-02-05')).toContain('PARTICIPATES_IN belarus → "meeting"');
  });

  it('gives who chaired "the meeting" its day, and leaves a state\'s chairmanship of the organization alone', () => {
    const en = 'Ministers confer in Minsk\n\nThe meeting of the Council of Foreign Ministers took place in Minsk on Tuesday.\n\nThe meeting was chaired by Sergei Lavrov. Russia chairs the CSTO.';
    expect(facts(en, '2027-02-05')).toEqual(expect.arrayContaining(['CHAIRS "Sergei Lavrov" → "meeting" 2027-02-02..2027-02-02 [chair]', 'CHAIRS russia → csto [chair]']));
    const ru = 'Министры в Минске\n\nЗаседание Совета министров иностранных дел ОДКБ прошло в Минске 3 февраля.\n\nЗаседание вёл Сергей Лавров. Россия председательствует в ОДКБ.';
    expect(facts(ru, '2027-02-05')).toEqual(expect.arrayContaining(['CHAIRS "Сергей Лавров" → "Заседание" 2027-02-03..2027-02-03 [chair]', 'CHAIRS russia → csto [chair]']));
    expect(facts(en, '2027-02-05', false)).toContain('CHAIRS "Sergei Lavrov" → "meeting" [chair]');
  });
});
