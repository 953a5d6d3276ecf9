import { extract } from '../../src/ingest/extract';
import { cstoGazetteer } from '../support/ingest';

/** The ends of one type's facts a text gives: "from → to", without dates. */
const ends = (text: string, type: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === type)
    .map((fact) => `${fact.from.entityId ?? '?'} → ${fact.to.entityId ?? '?'}`)
    .sort();

const peopleAt = (text: string) => ends(text, 'ATTENDED').filter((fact) => fact.endsWith('→ ?')).map((fact) => fact.split(' ')[0]);
const statesAt = (text: string) => ends(text, 'PARTICIPATES_IN').filter((fact) => fact.endsWith('→ ?')).map((fact) => fact.split(' ')[0]);
const chairs = (text: string) => ends(text, 'CHAIRS').filter((fact) => fact.endsWith('→ ?')).map((fact) => fact.split(' ')[0]);

// Every sentence here was written for these tests.
describe('ingest: who was at a meeting, from rosters written around the verb (round 17)', () => {
  describe('names in brackets just before the verb', () => {
    it('reads the people a bracket names after their titles', () => {
      expect(peopleAt('The summit opened in Minsk on 2 November. The presidents of Kazakhstan and Tajikistan (Kassym-Jomart Tokayev and Emomali Rahmon) attended.')).toEqual([
        'emomali-rahmon',
        'kassym-jomart-tokayev',
      ]);
      expect(peopleAt('The summit opened in Minsk on 2 November. Two leaders (Sadyr Japarov and Emomali Rahmon) also took part.')).toEqual(['emomali-rahmon', 'sadyr-japarov']);
    });

    it('gives nothing for a bracket the verb does not follow, or a verb taken back', () => {
      // The bracket is the previous sentence's; the verb has its own subject.
      expect(peopleAt('The summit opened in Minsk on 2 November. Two leaders (Sadyr Japarov and Emomali Rahmon) were criticised at home. Reporters attended.')).toEqual([]);
      expect(peopleAt('The summit opened in Minsk on 2 November. Two leaders (Sadyr Japarov and Emomali Rahmon) did not attend.')).toEqual([]);
    });
  });

  describe('a Russian list whose last item comes after «, а также»', () => {
    it('reads the titled person that ends the list as one more participant', () => {
      expect(peopleAt('Саммит открылся в Минске 2 ноября. В нём приняли участие Эмомали Рахмон, Садыр Жапаров, а также генеральный секретарь ОДКБ Имангали Тасмагамбетов.')).toEqual([
        'emomali-rahmon',
        'imangali-tasmagambetov',
        'sadyr-japarov',
      ]);
    });

    it('gives nothing for an «а также» that starts a clause of its own or talks about them', () => {
      expect(peopleAt('Саммит открылся в Минске 2 ноября. В нём приняли участие делегации, а также обсуждались планы с Садыром Жапаровым.')).toEqual([]);
    });
  });

  describe('a relative clause between the person and the verb', () => {
    it('reads the person before "whose …" or «чья …» as the one who spoke there', () => {
      expect(peopleAt('The summit opened in Minsk on 2 November. Sadyr Japarov, whose country chairs the bloc this year, spoke about border security.')).toEqual(['sadyr-japarov']);
      expect(peopleAt('Саммит открылся в Минске 2 ноября. Садыр Жапаров, чья страна председательствует в организации, выступил с речью.')).toEqual(['sadyr-japarov']);
      expect(peopleAt('The summit opened in Minsk on 2 November. Sadyr Japarov, who leads Kyrgyzstan, spoke about border security.')).toEqual(['sadyr-japarov']);
    });

    it('leaves a person whom the clause has chair or host the meeting to the chair, not to the attendees', () => {
      expect(peopleAt('The summit opened in Minsk on 2 November. Alexander Lukashenko, who chaired the talks, spoke about border security.')).toEqual([]);
      expect(chairs('The summit opened in Minsk on 2 November. Alexander Lukashenko, who chaired the talks, spoke about border security.')).toEqual(['alexander-lukashenko']);
      expect(peopleAt('Саммит открылся в Минске 2 ноября. Александр Лукашенко, который председательствовал на встрече, выступил с речью.')).toEqual([]);
    });

    it('gives nothing for a person who spoke about the meeting, on air or by phone', () => {
      expect(peopleAt('The summit opened in Minsk on 2 November. Sadyr Japarov spoke about the summit on television.')).toEqual([]);
      expect(peopleAt('The summit opened in Minsk on 2 November. Sadyr Japarov spoke on television about border security.')).toEqual([]);
      expect(peopleAt('The summit opened in Minsk on 2 November. Sadyr Japarov spoke on the phone with Vladimir Putin.')).toEqual([]);
    });
  });

  describe('"brought together …" and "X was joined by …"', () => {
    it('reads the people a meeting brought together', () => {
      expect(peopleAt('The summit in Minsk on 2 November brought together Sadyr Japarov, Emomali Rahmon and Vladimir Putin.')).toEqual([
        'emomali-rahmon',
        'sadyr-japarov',
        'vladimir-putin',
      ]);
    });

    it('reads the one joined as there too, beside those who joined him', () => {
      expect(peopleAt('The summit opened in Minsk on 2 November. Vladimir Putin was joined by Sadyr Japarov and Emomali Rahmon.')).toEqual([
        'emomali-rahmon',
        'sadyr-japarov',
        'vladimir-putin',
      ]);
    });

    it('gives nothing for a joining by people the gazetteer does not name', () => {
      expect(peopleAt('The summit opened in Minsk on 2 November. Vladimir Putin was joined by reporters.')).toEqual([]);
    });
  });

  describe('states that sent their leaders or delegations', () => {
    it('reads states that sent presidents, ministers or delegations as taking part', () => {
      expect(statesAt('The summit opened in Minsk on 2 November. Belarus and Kazakhstan sent their presidents.')).toEqual(['belarus', 'kazakhstan']);
      expect(statesAt('The session opened in Astana on 3 March. Tajikistan sent its defence minister.')).toEqual(['tajikistan']);
      expect(statesAt('Саммит открылся в Минске 2 ноября. Казахстан и Киргизия направили свои делегации.')).toEqual(['kazakhstan', 'kyrgyzstan']);
    });

    it('gives nothing for a state that did not send one, or sent only observers', () => {
      expect(statesAt('Саммит открылся в Минске 2 ноября. Армения своего представителя не направила.')).toEqual([]);
      expect(statesAt('Саммит открылся в Минске 2 ноября. Армения не направила свою делегацию.')).toEqual([]);
      expect(statesAt('The summit opened in Minsk on 2 November. Armenia sent its observers.')).toEqual([]);
    });
  });
});
