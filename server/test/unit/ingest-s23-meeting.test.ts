import { proposalEndsReader } from '../support/ingest';

const { only } = proposalEndsReader('2026-06-01');

describe('ingest: a document adopted in a city, read by its frame (adopted-in-place.ts)', () => {
  it('reads a passive or a participle with the adopters and the date between the verb and the city, in English', () => {
    expect(only('The charter on disaster relief was endorsed by the heads of state in Minsk in 2023.', 'HELD_IN')).toEqual(['HELD_IN ? → minsk']);
    // A document by its common noun: the occasion only (which document it is, the noun does not say).
    expect(only('The charter on disaster relief was endorsed by the heads of state in Minsk in 2023.', 'ADOPTED_AT')).toEqual([]);
    expect(only('A roadmap on cyber defence, approved by the foreign ministers in Astana last spring, now guides the work.', 'HELD_IN')).toEqual(['HELD_IN ? → astana']);
    expect(only('The CSTO Anti-Drug Strategy 2026-2030 was signed on 27 November 2025 in Bishkek by five presidents.', 'ADOPTED_AT')).toEqual(['ADOPTED_AT anti-drug-strategy-2026-2030 → ?']);
    expect(only('The CSTO Anti-Drug Strategy 2026-2030 was signed on 27 November 2025 in Bishkek by five presidents.', 'HELD_IN')).toEqual(['HELD_IN ? → bishkek']);
  });

  it('reads a Russian short passive, a participle in any case and the city put first', () => {
    expect(only('Концепция информационной безопасности была одобрена министрами в Ереване в 2021 году.', 'HELD_IN')).toEqual(['HELD_IN ? → yerevan']);
    expect(only('Стратегия коллективной безопасности ОДКБ была утверждена лидерами в Бишкеке в 2025 году.', 'ADOPTED_AT')).toEqual([
      'ADOPTED_AT collective-security-strategy-2025 → ?',
    ]);
    expect(only('Меморандум о сотрудничестве подписан 3 марта 2019 года в Минске.', 'HELD_IN')).toEqual(['HELD_IN ? → minsk']);
    expect(only('Стороны обсудили выполнение Антинаркотической стратегии ОДКБ на 2026–2030 годы, одобренной лидерами в Бишкеке.', 'ADOPTED_AT')).toEqual([
      'ADOPTED_AT anti-drug-strategy-2026-2030 → ?',
    ]);
    expect(only('Именно в Минске в 2023 году был подписан меморандум о военном образовании.', 'HELD_IN')).toEqual(['HELD_IN ? → minsk']);
  });

  it('does not read an adoption taken back, still to come, hoped for, a draft, or one at a meeting the clause names', () => {
    expect(only('The roadmap was not approved in Astana, diplomats said.', 'HELD_IN')).toEqual([]);
    expect(only('Officials hope the memorandum will be signed in Dushanbe next year.', 'HELD_IN')).toEqual([]);
    expect(only('Меморандум планируется подписать в Душанбе осенью.', 'HELD_IN')).toEqual([]);
    expect(only('Меморандум так и не был подписан в Минске.', 'HELD_IN')).toEqual([]);
    expect(only('A draft of the CSTO Anti-Drug Strategy 2026-2030 approved in Minsk goes to the leaders.', 'ADOPTED_AT')).toEqual([]);
    // A signing named by its noun, and a name that only holds a document's word.
    expect(only('The talks followed the signing of the CSTO Anti-Drug Strategy 2026-2030 in Bishkek.', 'ADOPTED_AT')).toEqual([]);
    expect(only('The Collective Security Treaty Organization approved in Minsk a new logo.', 'HELD_IN')).toEqual([]);
    // A visit, not an adoption: no document beside the verb.
    expect(only('He signed in Minsk for the delegation and left.', 'HELD_IN')).toEqual([]);
    // The meeting named: its own rules read it (one HELD_IN, not two).
    expect(only('The roadmap was approved at the session in Astana in 2024.', 'HELD_IN')).toHaveLength(1);
  });
});

describe('ingest: a Russian participle of taking part beside its subject (discourse.ts attendances)', () => {
  it('reads «X, принявший участие в сессии, …» and its kin as X at the meeting', () => {
    expect(only('Президент Казахстана Касым-Жомарт Токаев, принявший участие в московской сессии, говорил об экономике.', 'ATTENDED')).toEqual(['ATTENDED kassym-jomart-tokayev → ?']);
    expect(only('Эмомали Рахмон, принимавший участие в заседании Совета коллективной безопасности, напомнил о границе.', 'ATTENDED')).toEqual(['ATTENDED emomali-rahmon → ?']);
    // Taken back: no attendance.
    expect(only('Никол Пашинян, не принявший участия в саммите, остался в Ереване.', 'ATTENDED')).toEqual([]);
  });
});
