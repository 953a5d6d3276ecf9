import { proposalEndsReader } from '../support/ingest';

const { only } = proposalEndsReader('2026-06-01');

describe('ingest: where meetings and decisions took place, read across the words between the venue and the event (round 21)', () => {
  it('reads a city named after its class noun as the city (place-class-noun.ts)', () => {
    expect(only('The session of the Council of Defence Ministers will be held in the city of Astana in May.', 'HELD_IN')).toEqual(['HELD_IN ? → astana']);
    expect(only('The next meeting of the Permanent Council, which took place in the town of Yerevan, was short.', 'HELD_IN')).toContain('HELD_IN ? → yerevan');
    expect(only('Заседание Совета министров обороны, которое состоялось в г. Астане, было коротким.', 'HELD_IN')).toEqual(['HELD_IN ? → astana']);
    expect(only('Очередная сессия Парламентской ассамблеи прошла в городе Минске.', 'HELD_IN')).toEqual(['HELD_IN ? → minsk']);
    // The noun alone places nothing; a city that is only a subject is no venue.
    expect(only('The city of Minsk has a population of two million.', 'HELD_IN')).toEqual([]);
    expect(only('Город Бишкек готовится к саммиту, дата которого пока не определена.', 'HELD_IN')).toEqual([]);
  });

  it('reads a decision taken in a city as the meeting that took it, in English (rules-decided-in.ts)', () => {
    expect(only('The member states decided in Minsk in April 2019 to set up a joint air defence centre.', 'HELD_IN')).toEqual(['HELD_IN ? → minsk']);
    expect(only('When the ministers agreed in Astana in 2023 to expand the forces, Belarus objected.', 'HELD_IN')).toEqual(['HELD_IN ? → astana']);
    expect(only('The Joint Staff was set up by a decision of the Collective Security Council in Yerevan in 2004.', 'HELD_IN')).toEqual(['HELD_IN ? → yerevan']);
    expect(only('The Secretary-General reported on the decisions taken in Minsk last year.', 'HELD_IN')).toEqual(['HELD_IN ? → minsk']);
    expect(only('Kyrgyzstan handed the chairmanship to Russia in Bishkek a year ago.', 'HELD_IN')).toEqual(['HELD_IN ? → bishkek']);
    expect(only('The Council of Defence Ministers on 3 June in Astana approved the training plan.', 'HELD_IN')).toEqual(['HELD_IN ? → astana']);
    // One person's words, a decision still to come, a decision denied: no meeting.
    expect(only('Putin said in Minsk on Tuesday that the bloc was strong.', 'HELD_IN')).toEqual([]);
    expect(only('Ministers may decide in Minsk next year whether to expand the forces.', 'HELD_IN')).toEqual([]);
    expect(only('The leaders never agreed on the budget, in Minsk or anywhere else.', 'HELD_IN')).toEqual([]);
  });

  it('reads a decision taken in a city as the meeting that took it, in Russian (rules-decided-in.ts)', () => {
    expect(only('Совет министров обороны 3 июня в Астане утвердил план подготовки.', 'HELD_IN')).toEqual(['HELD_IN ? → astana']);
    expect(only('Государства договорились в Минске в 2019 году создать общий центр.', 'HELD_IN')).toEqual(['HELD_IN ? → minsk']);
    expect(only('Решение о создании штаба приняли в Ереване в 2004 году.', 'HELD_IN')).toEqual(['HELD_IN ? → yerevan']);
    expect(only('Штаб создан решением Совета коллективной безопасности в Ереване в 2004 году.', 'HELD_IN')).toEqual(['HELD_IN ? → yerevan']);
    expect(only('В Бишкеке 5 мая Совет министров иностранных дел утвердил заявление.', 'HELD_IN')).toEqual(['HELD_IN ? → bishkek']);
    // A decision still to come or one person's trip: no meeting.
    expect(only('Решение о расширении сил может быть принято в Минске осенью.', 'HELD_IN')).toEqual([]);
    expect(only('Министр заявил в Минске, что блок силён.', 'HELD_IN')).toEqual([]);
    expect(only('Страны не договорились в Астане о бюджете.', 'HELD_IN')).toEqual([]);
  });

  it('reads a chairmanship handed over or taken up in a city as the summit held there (rules-decided-in.ts)', () => {
    expect(only('Russia took over the chairmanship in Bishkek in November 2025.', 'HELD_IN')).toEqual(['HELD_IN ? → bishkek']);
    expect(only('Rahmon accepted the chairmanship of the Collective Security Treaty Organization in the Kremlin on November 11.', 'HELD_IN')).toEqual(['HELD_IN ? → ?']);
    expect(only('Лукашенко передал председательство Путину в Минске в 2023 году.', 'HELD_IN')).toEqual(['HELD_IN ? → minsk']);
    // A chairmanship taken up with no place, or one to come: no summit placed.
    expect(only('Tajikistan took over the chairmanship in January.', 'HELD_IN')).toEqual([]);
    expect(only('Tajikistan will take over the chairmanship in Dushanbe next year, officials hope.', 'HELD_IN')).toEqual([]);
  });

  it('reads a Russian participle of holding as its verb (rules-where.ts HELD_RU)', () => {
    expect(only('Саммит ОДКБ, прошедший в среду в Кремле, завершился без сюрпризов.', 'HELD_IN')).toEqual(['HELD_IN ? → ?']);
    expect(only('Учение, состоявшееся на горном полигоне «Эдельвейс», оценили высоко.', 'HELD_IN')).toEqual(['HELD_IN ? → ?']);
    // A capital only talked about: nothing held there.
    expect(only('В белорусской столице прошедший саммит обсуждают до сих пор.', 'HELD_IN')).toEqual([]);
  });
});
