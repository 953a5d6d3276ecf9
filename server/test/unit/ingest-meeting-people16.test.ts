import { extract } from '../../src/ingest/extract';
import { cstoGazetteer } from '../support/ingest';

/** The ends of one type's facts a text gives: "from → to", without dates. */
const ends = (text: string, type: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === type)
    .map((fact) => `${fact.from.entityId ?? '?'} → ${fact.to.entityId ?? '?'}`)
    .sort();

const statesAt = (text: string) => ends(text, 'PARTICIPATES_IN').filter((fact) => fact.endsWith('→ ?')).map((fact) => fact.split(' ')[0]);

// Every sentence here was written for these tests.
describe('ingest: who a meeting had, by the people standing for their states (round 16)', () => {
  it('a state whose leaders, ministers or delegations are the subject of a verb of presence takes part', () => {
    expect(statesAt('The summit opened in Yerevan on 2 November. The presidents of Kazakhstan and Tajikistan signed a statement on the Caucasus.')).toEqual(['kazakhstan', 'tajikistan']);
    expect(statesAt('The ministers met in Astana on Monday. Defence ministers from Belarus and Kyrgyzstan arrived late.')).toEqual(['belarus', 'kyrgyzstan']);
    expect(statesAt('Саммит прошёл 2 ноября в Ереване. Лидеры Казахстана и Таджикистана утвердили бюджет.')).toEqual(['kazakhstan', 'tajikistan']);
    // A Russian subject after its verb.
    expect(statesAt('Заседание открылось в Астане в понедельник. В столицу прилетели министры иностранных дел Белоруссии и Киргизии.')).toEqual(['belarus', 'kyrgyzstan']);
    expect(statesAt('Сессия прошла в Минске. В её работе участвовали делегации парламентов России и Армении.')).toEqual(['armenia', 'russia']);
    // The agent of a passive.
    expect(statesAt('The session opened in Dushanbe on 4 March. It was attended by the security council secretaries of Russia and Kazakhstan.')).toEqual(['kazakhstan', 'russia']);
  });

  it('a delegation of a state headed by someone takes part: «Делегацию X возглавил …»', () => {
    expect(statesAt('Заседание прошло в Ереване 5 октября. Делегацию Таджикистана на нём возглавил министр обороны.')).toEqual(['tajikistan']);
  });

  it('gives nothing for a look-alike: a negation, a possessive, talk of them, an exercise', () => {
    expect(statesAt('The summit opened in Yerevan on 2 November. The presidents of Kazakhstan and Tajikistan did not sign the statement.')).toEqual([]);
    expect(statesAt('Заседание открылось в Астане. Министры обороны Армении в столицу не приехали.')).toEqual([]);
    // The leaders of someone else: "Russia's partners".
    expect(statesAt("The summit opened in Minsk on 2 November. The leaders of Russia's allies signed a statement.")).toEqual([]);
    // Spoken of, not present.
    expect(statesAt('The summit opened in Minsk on 2 November. The leaders of Kazakhstan and Belarus were criticised at home.')).toEqual([]);
    // At something else, or there in another capacity.
    expect(statesAt('The forum opened in Minsk on 2 November. Delegations from Russia and Armenia attended a reception at the embassy.')).toEqual([]);
    expect(statesAt('The session opened in Minsk on 2 November. Delegations of Kazakhstan and Belarus attended as observers.')).toEqual([]);
    expect(statesAt('The drills began in Kyrgyzstan on 2 October. The defence ministers of Belarus and Russia watched the exercise.')).toEqual([]);
  });

  describe('who chaired it, said beside the meeting rather than by a clause of its own', () => {
    const chairs = (text: string) => ends(text, 'CHAIRS').filter((fact) => fact.endsWith('→ ?'));

    it('reads a participle after the meeting noun, past where and when, in English and Russian', () => {
      expect(chairs('Leaders gathered at a session in Astana on Friday chaired by President Kassym-Jomart Tokayev.')).toEqual(['kassym-jomart-tokayev → ?']);
      expect(chairs('Армения не прислала делегацию на совещание в Минске 4 марта, которое провёл президент Белоруссии Александр Лукашенко.')).toEqual(['alexander-lukashenko → ?']);
      expect(chairs('Переговоры прошли в Бишкеке. Это была встреча, на которой председательствовал Садыр Жапаров.')).toEqual(['sadyr-japarov → ?']);
    });

    it('reads an absolute phrase and a Russian future with the infinitive first', () => {
      // The headline names the meeting without its day; the sentence's day does not make it another one.
      expect(chairs('Defence ministers hold Dushanbe session\n\nThe ministers convened in Dushanbe on 3 May, with Emomali Rahmon in the chair.')).toEqual(['emomali-rahmon → ?']);
      expect(chairs('The summit opened in Minsk on Monday, with Alexander Lukashenko chairing the talks.')).toEqual(['alexander-lukashenko → ?']);
      expect(chairs('В пятницу в Астане пройдёт саммит. Председательствовать на нём будет Касым-Жомарт Токаев.')).toEqual(['kassym-jomart-tokayev → ?']);
      expect(chairs('Саммит пройдёт в Бишкеке, а вести его будет Садыр Жапаров.')).toEqual(['sadyr-japarov → ?']);
    });

    it('gives nothing for a body chaired, a guest beside the chair, or a chair taken back', () => {
      expect(chairs('The summit opened in Minsk on Monday. The Commission, chaired by Alexander Lukashenko, met later.')).toEqual([]);
      expect(chairs('The summit opened in Minsk on Monday, with Alexander Lukashenko sitting beside the chair.')).toEqual([]);
      expect(chairs('В пятницу в Астане пройдёт саммит. Председательствовать на нём не будет Касым-Жомарт Токаев.')).toEqual([]);
    });
  });

  describe('who was at it, by what they did there', () => {
    const attendees = (text: string) => ends(text, 'ATTENDED').map((fact) => fact.split(' ')[0]);

    it('reads a speaker addressing those present as attending: "told fellow leaders", «заявил коллегам», «призвал коллег»', () => {
      expect(attendees('Leaders met in Yerevan on 2 November for the summit. Sadyr Japarov told his counterparts that the border needed drones.')).toEqual(['sadyr-japarov']);
      expect(attendees('Саммит открылся в Астане 2 ноября. Эмомали Рахмон, президент Таджикистана, призвал коллег ускорить поставки.')).toEqual(['emomali-rahmon']);
    });

    it('reads people who sat down with the host as attending', () => {
      expect(attendees('The summit opened in Minsk on 2 November. Sadyr Japarov and Emomali Rahmon sat down with Alexander Lukashenko in the palace.')).toEqual(['emomali-rahmon', 'sadyr-japarov']);
    });

    it('gives nothing for a speaker to others, by phone, or one who did not speak to them', () => {
      expect(attendees('The summit opened in Minsk on 2 November. Sadyr Japarov told reporters that the border needed drones.')).toEqual([]);
      expect(attendees('The summit opened in Minsk on 2 November. Sadyr Japarov told his counterparts by phone that he would stay home.')).toEqual([]);
      expect(attendees('Саммит открылся в Астане 2 ноября. Эмомали Рахмон не призвал коллег ускорить поставки.')).toEqual([]);
    });
  });
});
