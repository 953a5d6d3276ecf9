import { extract } from '../../src/ingest/extract';
import { cstoGazetteer } from '../support/ingest';

/** The ends of one type's facts a text gives: "from → to", without dates. */
const ends = (text: string, type: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === type)
    .map((fact) => `${fact.from.entityId ?? '?'} → ${fact.to.entityId ?? fact.to.text}`)
    .sort();

const peopleAt = (text: string) => ends(text, 'ATTENDED').map((fact) => fact.split(' ')[0]);
const statesAt = (text: string) => ends(text, 'PARTICIPATES_IN').map((fact) => fact.split(' ')[0]);

const SUMMIT = 'The CSTO summit opened in Moscow on 11 November. ';
const SAMMIT = 'Саммит ОДКБ прошёл в Москве 11 ноября. ';

// Every sentence here was written for these tests.
describe('ingest: who was at a meeting, from where they sat and what they did there (round 18)', () => {
  describe('at the table, in the room', () => {
    it('reads the people said to be at the table or in the room', () => {
      expect(peopleAt(`${SUMMIT}Sadyr Japarov of Kyrgyzstan and Emomali Rahmon of Tajikistan were at the table in the Kremlin.`)).toEqual(['emomali-rahmon', 'sadyr-japarov']);
      expect(peopleAt(`${SUMMIT}Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon were in the room.`)).toEqual(['emomali-rahmon', 'sadyr-japarov']);
    });

    it('does not take the table they sat at for a round-table meeting', () => {
      expect(ends(`${SUMMIT}Belarus's Alexander Lukashenko and Kyrgyzstan's Sadyr Japarov sat at the round table in St George's Hall.`, 'ATTENDED')).toEqual([
        'alexander-lukashenko → CSTO summit',
        'sadyr-japarov → CSTO summit',
      ]);
    });

    it('gives nothing for one who was not at the table', () => {
      expect(peopleAt(`${SUMMIT}Alexander Lukashenko was not at the table.`)).toEqual([]);
    });
  });

  describe('a participle of speaking at the meeting', () => {
    it('reads the subject the participle follows', () => {
      expect(peopleAt('Президент Беларуси Александр Лукашенко, выступая 11 ноября на сессии Совета коллективной безопасности в Москве, напомнил о председательстве.')).toEqual([
        'alexander-lukashenko',
      ]);
      expect(peopleAt(`${SUMMIT}Emomali Rahmon, speaking at the summit, called for more money for the border.`)).toEqual(['emomali-rahmon']);
    });

    it('gives nothing for one speaking to reporters or on the phone', () => {
      expect(peopleAt(`${SUMMIT}Emomali Rahmon, speaking to reporters in Dushanbe, praised the bloc.`)).toEqual([]);
      // After the meeting he may have only waited outside it.
      expect(peopleAt('Ministers met in Minsk on 2 November. Speaking after the meeting, Secretary-General Imangali Tasmagambetov said the plan was ready.')).toEqual([]);
    });
  });

  describe('in the city together with the leaders of states', () => {
    it('reads the person and the states whose leaders were with him', () => {
      const text = `${SAMMIT}Касым-Жомарт Токаев был в Москве вместе с лидерами России, Беларуси и Таджикистана.`;
      expect(peopleAt(text)).toEqual(['kassym-jomart-tokayev']);
      expect(statesAt(text)).toEqual(['belarus', 'russia', 'tajikistan']);
    });

    it('gives nothing for one who was there with someone else, or was not', () => {
      expect(peopleAt(`${SAMMIT}Касым-Жомарт Токаев был в Москве вместе с супругой.`)).toEqual([]);
      expect(statesAt(`${SAMMIT}Касым-Жомарт Токаев не был в Москве вместе с лидерами России и Беларуси.`)).toEqual([]);
    });
  });

  describe('a host receiving the leaders of several states', () => {
    it('makes their states take part in the meeting', () => {
      expect(statesAt(`${SUMMIT}On 11 November, Vladimir Putin received the presidents of Kazakhstan, Kyrgyzstan and Belarus in the Kremlin.`)).toEqual([
        'belarus',
        'kazakhstan',
        'kyrgyzstan',
      ]);
    });

    it('gives nothing for one state’s leader received (bilateral talks) or a reception on another day', () => {
      expect(statesAt(`${SUMMIT}On 11 November, Vladimir Putin received the president of Kazakhstan in the Kremlin.`)).toEqual([]);
      expect(statesAt(`${SUMMIT}In March, Vladimir Putin received the presidents of Kazakhstan and Belarus in the Kremlin.`)).toEqual([]);
    });
  });
});
