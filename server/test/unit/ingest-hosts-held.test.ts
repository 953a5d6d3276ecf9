import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of the given types, from the rules alone or with every layer. */
const facts = (text: string, types: string[], relations = true) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20', relations })
    .proposals.filter((fact) => types.includes(fact.type))
    .map(describeFact);

describe('ingest: where exercises are held and who hosts them (Russian)', () => {
  it('reads a city after «под», and «манёвры» with its ё as a meeting noun', () => {
    expect(facts('Кроме того, под Душанбе прошли учения «Поиск».', ['HELD_IN'])).toEqual(['HELD_IN search → dushanbe']);
    expect(facts('Два года назад подобные манёвры принимал Казахстан.', ['HOSTS'])).toEqual(['HOSTS kazakhstan → "манёвры" 2024..2024']);
  });

  it('reads a host with «также», «вновь» before the verb, not a host that did not', () => {
    expect(facts('В 2027 году Белоруссия также примет учения «Поиск» и «Эшелон».', ['HOSTS'])).toEqual(['HOSTS belarus → search 2027..2027', 'HOSTS belarus → echelon 2027..2027']);
    expect(facts('Белоруссия так и не приняла учения «Поиск».', ['HOSTS'])).toEqual([]);
  });

  it('reads a city receiving a meeting as the place it is held (a state receiving it hosts it)', () => {
    expect(facts('Бишкек примет выездное заседание комиссии в марте 2027 года.', ['HELD_IN', 'HOSTS'])).toEqual(['HELD_IN "выездное заседание" → bishkek 2027-03..2027-03']);
    expect(facts('Очередную сессию Совета коллективной безопасности примет Ереван.', ['HELD_IN', 'HOSTS'])).toEqual(['HELD_IN "Очередную сессию Совета коллективной безопасности" → yerevan']);
    expect(facts('Киргизия примет выездное заседание комиссии в марте 2027 года.', ['HELD_IN', 'HOSTS'])).toEqual(['HOSTS kyrgyzstan → "выездное заседание" 2027-03..2027-03']);
  });

  it('leaves a capital receiving exercises to nothing (the ranges are elsewhere in the state), and a city that did not', () => {
    expect(facts('Минск, принимающий учения второй год подряд, готов продолжать.', ['HELD_IN', 'HOSTS'])).toEqual([]);
    expect(facts('Бишкек так и не принял выездное заседание комиссии.', ['HELD_IN', 'HOSTS'])).toEqual([]);
  });

  it('does not take a state in the locative for the subject that conducts', () => {
    expect(facts('Летом в Казахстане КСОР провели учения «Поиск».', ['CONDUCTS'], false)).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → search',
    ]);
  });

  it('knows the Military Cooperation Plan by its Russian name, as a document adopted at the meeting', () => {
    expect(facts('По итогам саммита лидеры утвердили План военного сотрудничества на 2026–2030 годы.', ['ADOPTED_AT'])).toEqual(['ADOPTED_AT military-cooperation-plan-2026-2030 → "саммита"']);
  });
});

describe('ingest: a meeting named by its city was held there (English, as ru.held-in.city-adjective reads Russian)', () => {
  it('reads "the Dushanbe summit", "the Astana session of November 2024"', () => {
    expect(facts('Armenia stayed away from the Dushanbe summit of 2027.', ['HELD_IN'])).toEqual(['HELD_IN "summit" → dushanbe 2027..2027']);
    expect(facts('The plan was drafted before the Astana session of November 2024.', ['HELD_IN'])).toEqual(['HELD_IN "session" → astana 2024-11..2024-11']);
  });

  it('gives nothing for a city that only leads or is talked with', () => {
    expect(facts('The Moscow-led summit format was criticised.', ['HELD_IN'])).toEqual([]);
    expect(facts('Yerevan held talks with Moscow officials.', ['HELD_IN'])).toEqual([]);
  });
});

describe('ingest: a state that plans to host, or that a report says would host (English)', () => {
  it('reads "plans to host" and "reported that X would host" with a date', () => {
    expect(facts('Belarus plans to host the Echelon and Search exercises in 2028.', ['HOSTS'])).toEqual(['HOSTS belarus → echelon 2028..2028', 'HOSTS belarus → search 2028..2028']);
    expect(facts('A state agency reported on Monday that Tajikistan would host the Cobalt exercise in June 2027.', ['HOSTS'])).toEqual(['HOSTS tajikistan → cobalt 2027-06..2027-06']);
  });

  it('gives nothing for an offer to host, or a host that a report only speculates about', () => {
    expect(facts('Belarus offered to host the Cobalt exercise in 2028.', ['HOSTS'])).toEqual([]);
    expect(facts('A state agency reported that Tajikistan might host the Cobalt exercise in June 2027.', ['HOSTS'])).toEqual([]);
  });
});
