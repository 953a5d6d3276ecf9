import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, proposalEndsReader } from '../support/ingest';

const { only } = proposalEndsReader('2026-11-20');
const dated = (text: string, type: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === type)
    .map((fact) => `${fact.from.entityId ?? '?'} ${fact.since ?? ''}/${fact.until ?? ''}`);

const STAGE = (n: number) => `PART_OF tajik-afghan-border-programme-stage-${n} → tajik-afghan-border-programme`;

describe('ingest: the structure of the bloc (round 21)', () => {
  it('reads a stage of a programme by its ordinal, in the programme named in the sentence or the one in focus', () => {
    expect(only('Officials in Dushanbe said the third phase of the Tajik-Afghan border programme would be delayed by a year.', 'PART_OF')).toEqual([STAGE(3)]);
    expect(only('The Tajik-Afghan border programme is behind schedule. Auditors found that only half of the equipment promised for its second stage had arrived.', 'PART_OF')).toEqual([STAGE(2)]);
    expect(only('Пограничники получили новые тепловизоры. Их закупили в рамках первого этапа Межгосударственной целевой программы по укреплению таджикско-афганской границы.', 'PART_OF')).toEqual([STAGE(1)]);
    expect(only('Межгосударственная целевая программа по укреплению таджикско-афганской границы продлится до 2029 года. Сейчас эксперты обсуждают, как пройдёт этап 3.', 'PART_OF')).toEqual([STAGE(3)]);
    expect(only("A programme to shore up the Tajik-Afghan border was adopted in Astana. Its second stage covers the mountain outposts.", 'PART_OF')).toEqual([STAGE(2)]);
  });

  it('lists every stage of an explainer that counts them and goes on to enumerate them, dated by the years after each', () => {
    const en = 'The Tajik-Afghan border programme has four parts in theory and three stages in practice. The first stage (2025) drew up an inventory. The second, from 2026 to 2027, equips the outposts. The third, in 2027-2029, covers the rest.';
    expect(dated(en, 'PART_OF')).toEqual(['tajik-afghan-border-programme-stage-1 2025/2025', 'tajik-afghan-border-programme-stage-2 2026/2027', 'tajik-afghan-border-programme-stage-3 2027/2029']);
    const ru = 'Межгосударственная целевая программа по укреплению таджикско-афганской границы состоит из трёх этапов. Сначала стороны подписали контракты. Второй — с 2026 по 2027 год — это поставки техники. На третьем этапе, в 2027–2029 годах, будет оснащена вся граница.';
    expect(dated(ru, 'PART_OF').sort()).toEqual(['tajik-afghan-border-programme-stage-1 /', 'tajik-afghan-border-programme-stage-2 2026/2027', 'tajik-afghan-border-programme-stage-3 2027/2029']);
  });

  it('gives no stage where the stages are of something else or only counted', () => {
    // An exercise's stage, beside a programme in focus.
    expect(only('The Tajik-Afghan border programme was discussed in Dushanbe. Meanwhile the second stage of the Rubezh exercise began near Khorog.', 'PART_OF')).toEqual([]);
    expect(only('Межгосударственная целевая программа по укреплению таджикско-афганской границы обсуждалась в Душанбе. Тем временем начался второй этап учений «Рубеж».', 'PART_OF')).toEqual([]);
    // A count alone, no enumeration after it.
    expect(only('The Tajik-Afghan border programme runs in three stages until 2029.', 'PART_OF')).toEqual([]);
    // No programme named at all, and a stage the graph lacks.
    expect(only('The second stage of the talks on the border will start in spring.', 'PART_OF')).toEqual([]);
    expect(only('Could the Tajik-Afghan border programme get a fifth stage after 2029?', 'PART_OF')).toEqual([]);
  });

  it('takes a pronoun owner of members at the head of a sentence as the subject the sentence before opened with, past a rubric or a fronted adverbial', () => {
    expect(only('BACKGROUND: The CSTO was founded on the basis of the Collective Security Treaty. Its members are Russia and Belarus.', 'MEMBER_OF')).toEqual([
      'MEMBER_OF russia → csto',
      'MEMBER_OF belarus → csto',
    ]);
    expect(only('In 2002, the CSTO replaced the Collective Security Treaty. Its current members are Kazakhstan and Tajikistan.', 'MEMBER_OF')).toEqual([
      'MEMBER_OF kazakhstan → csto',
      'MEMBER_OF tajikistan → csto',
    ]);
    expect(only('Справка: ОДКБ создана на основе Договора о коллективной безопасности. Её членами являются Россия и Белоруссия.', 'MEMBER_OF')).toEqual([
      'MEMBER_OF russia → csto',
      'MEMBER_OF belarus → csto',
    ]);
    // The sentence before opens with the treaty, or with a state: the pronoun is not the CSTO's.
    expect(only('The Collective Security Treaty was signed in Tashkent. Its members were Russia and Belarus.', 'MEMBER_OF')).toEqual([
      'MEMBER_OF russia → collective-security-treaty',
      'MEMBER_OF belarus → collective-security-treaty',
    ]);
    // A denial gives nothing.
    expect(only('ОДКБ создана в 2002 году. Её членами Узбекистан не является.', 'MEMBER_OF')).toEqual([]);
  });

  it('reads the seat of a body said of the body itself: an aside participle, a present copula or locative verb at the head of a clause', () => {
    expect(only('The CSTO Joint Staff, set up in 2003 and still based in Moscow, drafts the exercise plans.', 'HEADQUARTERED_IN')).toEqual(['HEADQUARTERED_IN csto-joint-staff → moscow']);
    expect(only('The CSTO Secretariat and the CSTO Joint Staff are in Moscow, far from the Central Asian members.', 'HEADQUARTERED_IN')).toEqual([
      'HEADQUARTERED_IN csto-secretariat → moscow',
      'HEADQUARTERED_IN csto-joint-staff → moscow',
    ]);
    expect(only('Оба постоянных органа — Секретариат ОДКБ и Объединенный штаб ОДКБ — располагаются в Москве.', 'HEADQUARTERED_IN')).toEqual([
      'HEADQUARTERED_IN csto-secretariat → moscow',
      'HEADQUARTERED_IN csto-joint-staff → moscow',
    ]);
    // A visit or a meeting's place, in the past or with a time: no seat.
    expect(only('The CSTO Council of Foreign Ministers is in Minsk this week.', 'HEADQUARTERED_IN')).toEqual([]);
    expect(only('The CSTO Secretariat was in Minsk on Tuesday for consultations.', 'HEADQUARTERED_IN')).toEqual([]);
    expect(only('Совет министров иностранных дел ОДКБ собрался в Минске.', 'HEADQUARTERED_IN')).toEqual([]);
  });
});

