import { proposalEndsReader } from '../support/ingest';

const { only } = proposalEndsReader('2026-11-25');

describe('ingest: exercises within a series, the series told first (series-parts.ts)', () => {
  it('reads a relative clause on the series and the exercises held within it', () => {
    expect(only('The autumn opened with Combat Brotherhood in Kazakhstan, within which the forces held the Echelon and later the Search exercises.', 'PART_OF')).toEqual([
      'PART_OF echelon → combat-brotherhood',
      'PART_OF search → combat-brotherhood',
    ]);
    expect(only('The main drill was the Combat Brotherhood exercise, as part of which Interaction was staged near Brest.', 'PART_OF')).toEqual(['PART_OF interaction → combat-brotherhood']);
    expect(only('В октябре прошло учение «Боевое братство», в ходе которого на полигоне в Киргизии проводились учения «Поиск» и «Эшелон».', 'PART_OF')).toEqual([
      'PART_OF search → combat-brotherhood',
      'PART_OF echelon → combat-brotherhood',
    ]);
  });

  it('reads the series fronted and the series as an umbrella over a colon list', () => {
    expect(only('As part of Combat Brotherhood, the CSTO Joint Staff conducted the Search and Echelon exercises in Kyrgyzstan.', 'PART_OF')).toEqual([
      'PART_OF search → combat-brotherhood',
      'PART_OF echelon → combat-brotherhood',
    ]);
    expect(only('Two drills were held under the Combat Brotherhood umbrella: Echelon, for supply units; and Interaction, for the rapid reaction forces.', 'PART_OF')).toEqual([
      'PART_OF echelon → combat-brotherhood',
      'PART_OF interaction → combat-brotherhood',
    ]);
    expect(only('В рамках «Боевого братства» в этом году прошли два учения: «Эшелон» и «Поиск».', 'PART_OF')).toEqual([
      'PART_OF echelon → combat-brotherhood',
      'PART_OF search → combat-brotherhood',
    ]);
  });

  it('does not read a negated one, a programme or plan as the series, nor another relation', () => {
    expect(only('Combat Brotherhood, within which the forces never held Search, ended in October.', 'PART_OF')).toEqual([]);
    expect(only('The Interstate Program, within which members held Interaction talks, was extended.', 'PART_OF')).toEqual([]);
    expect(only('Belarus hosted Combat Brotherhood, and Kazakhstan held Search.', 'PART_OF')).toEqual([]);
  });
});

describe('ingest: heads of bodies introduced by a participle, an owner after the body, «ныне» and abbreviated ranks', () => {
  it('reads a body established and headed by someone, and abbreviated ranks before the head', () => {
    expect(only('Drills are planned by the CSTO Joint Staff, set up in 2003 and led by Andrey Serdyukov.', 'HEADS')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff']);
    expect(only('The ICMEC, created in 2005 and headed by Denis Manturov, met in Astana.', 'HEADS')).toEqual(['HEADS denis-manturov → icmec']);
    expect(only('Lt-Gen Andrey Serdyukov, who heads the CSTO Joint Staff, inspected the battalion.', 'HEADS')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff']);
    expect(only('The CSTO Joint Staff is headed by Col. Gen Andrey Serdyukov.', 'HEADS')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff']);
    // Founded by someone is no head; nor a body only based somewhere.
    expect(only('The ICMEC, created in 2005 and based in Moscow, admitted Denis Manturov as an observer.', 'HEADS')).toEqual([]);
    expect(only('The CSTO Joint Staff, established in 2003 and not headed by Andrey Serdyukov until 2019, met.', 'HEADS')).toEqual([]);
  });

  it('reads a Russian title whose body is followed by its owner, and an apposition with «ныне»', () => {
    expect(only('Начальник Объединённого штаба Организации Договора о коллективной безопасности генерал-полковник Андрей Сердюков прибыл в Бишкек.', 'HEADS')).toEqual([
      'HEADS andrey-serdyukov → csto-joint-staff',
    ]);
    expect(only('Учения посетил Андрей Сердюков, ныне начальник Объединённого штаба ОДКБ.', 'HEADS')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff']);
    expect(only('В Минск прибыл начальник Объединённого штаба Организации Договора о коллективной безопасности Андрей Сердюков.', 'HEADS')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff']);
    // A former head, and one only proposed.
    expect(only('Учения посетил бывший начальник Объединённого штаба ОДКБ Анатолий Сидоров.', 'HEADS')).toEqual([]);
    expect(only('Кандидатом на пост начальника Объединённого штаба ОДКБ называли Андрея Сердюкова.', 'HEADS')).toEqual([]);
  });
});

describe('ingest: a rotating chairmanship told with the verb or a participle before the state', () => {
  it('reads «в организации председательствует X» after a conjunction, and the participle before the state', () => {
    expect(only('Встреча прошла в Ереване, поскольку в этом году в ОДКБ председательствовала Армения.', 'CHAIRS')).toEqual(['CHAIRS armenia → csto']);
    expect(only('Саммит ОДКБ пройдёт в Душанбе, когда в организации будет председательствовать Таджикистан.', 'CHAIRS')).toEqual(['CHAIRS tajikistan → csto']);
    expect(only('Председательствующая в ОДКБ Белоруссия предложила провести учения осенью.', 'CHAIRS')).toEqual(['CHAIRS belarus → csto']);
    expect(only('Председательствующий в этом году Казахстан созвал совещание секретарей советов безопасности ОДКБ.', 'CHAIRS')).toEqual(['CHAIRS kazakhstan → csto']);
    // Not a state that only wants the chair, nor a chairing minister.
    expect(only('Встреча прошла в Ереване, хотя в ОДКБ хотела председательствовать Армения.', 'CHAIRS')).toEqual([]);
    expect(only('Председательствующий на заседании министр обороны Белоруссии открыл дискуссию.', 'CHAIRS')).toEqual([]);
  });
});
