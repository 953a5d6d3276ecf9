import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** What the relation layer alone reads in a text (no rules), described without dates. */
const layer = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-15', relations: 'only' })
    .proposals.map(describeFact)
    .map((fact) => fact.replace(/ \S*\.\.\S*/u, ''));

describe('ingest: the Russian lexicon of the relation layer', () => {
  it('reads a body within an organization from the noun whose genitive names the whole, in either order', () => {
    expect(layer('Комитет секретарей советов безопасности входит в структуру ОДКБ.')).toEqual(['PART_OF committee-of-secretaries-of-security-councils → csto']);
    expect(layer('В структуру ОДКБ входят Постоянный совет и Совет министров обороны.')).toEqual([
      'PART_OF permanent-council → csto',
      'PART_OF council-of-defence-ministers → csto',
    ]);
    expect(layer('Важным звеном ОДКБ остаются Коллективные миротворческие силы ОДКБ.')).toEqual(['PART_OF collective-peacekeeping-forces → csto']);
    expect(layer('Военный комитет, действующий при Совете министров обороны, обсудил план.')).toEqual(['PART_OF military-committee → council-of-defence-ministers']);
    expect(layer('Учения «Эшелон» прошли в рамках комплекса «Боевое братство».')).toEqual(['PART_OF echelon → combat-brotherhood']);
  });

  it('takes the object after the trigger when two organizations stand equally near, and a pair of ends once whichever way round', () => {
    expect(layer('Народная скупщина Сербии является наблюдателем в ПА ОДКБ.')).toEqual(['OBSERVER_OF national-assembly-of-serbia → csto-parliamentary-assembly {observer}']);
    expect(layer('В структуру ОДКБ входят Совет министров иностранных дел и Постоянный совет.')).toEqual([
      'PART_OF council-of-foreign-ministers → csto',
      'PART_OF permanent-council → csto',
    ]);
  });

  it('takes no whole across a preposition, and no part where the sentence denies it', () => {
    expect(layer('Учения «Поиск» прошли в рамках председательства Белоруссии в ОДКБ.')).toEqual([]);
    expect(layer('Парламентское собрание Союза Беларуси и России не входит в структуру ОДКБ.')).toEqual([]);
  });

  it('reads who conducts an exercise in either order, by a participle, and who directs it', () => {
    expect(layer('Учения «Эшелон» проводят Коллективные силы оперативного реагирования.')).toEqual(['CONDUCTS collective-rapid-reaction-forces → echelon']);
    expect(layer('Учения «Барьер», проводимые Объединённым штабом ОДКБ, завершились.')).toEqual(['CONDUCTS csto-joint-staff → barrier']);
    expect(layer('Руководил учениями «Кобальт» генерал Андрей Сердюков.')).toEqual(['CONDUCTS andrey-serdyukov → cobalt']);
  });

  it('does not read a place, a participant or the head of the body as who conducts', () => {
    // A state after «в» is where, not who.
    expect(layer('В Казахстане провели учения «Поиск».').filter((fact) => fact.startsWith('CONDUCTS'))).toEqual([]);
    // «с участием»: who took part.
    expect(layer('Проведение учений «Рубеж» с участием Коллективных сил оперативного реагирования запланировано.').filter((fact) => fact.startsWith('CONDUCTS'))).toEqual([]);
    // «под руководством X» after a body: the body conducts, X heads it.
    expect(layer('Объединённый штаб ОДКБ под руководством Андрея Сердюкова проводит учения «Эшелон».')).toEqual([
      'CONDUCTS csto-joint-staff → echelon',
      'HEADS andrey-serdyukov → csto-joint-staff',
    ]);
    expect(layer('Объединённый штаб ОДКБ не будет проводить учения «Эшелон».')).toEqual([]);
  });

  it('reads the state that receives an exercise, and a city as the place of a meeting', () => {
    expect(layer('Хозяином учений «Кобальт» выступит Казахстан.')).toEqual(['HOSTS kazakhstan → cobalt']);
    expect(layer('Таджикистан проведёт у себя учения «Рубеж».')).toEqual(['HOSTS tajikistan → rubezh']);
    expect(layer('Белоруссия станет местом проведения учений «Поиск».')).toEqual(['HOSTS belarus → search']);
    expect(layer('Местом проведения саммита выбран Минск.')).toEqual(['HELD_IN "саммита" → minsk']);
    expect(layer('Армения отказалась принимать у себя учения «Кобальт».')).toEqual([]);
  });

  it("reads a state's troops that trained at an exercise as taking part in it, not a place where they trained", () => {
    expect(layer('Военнослужащие Казахстана отработали на учениях «Поиск» эвакуацию раненых.')).toEqual(['PARTICIPATES_IN kazakhstan → search']);
    expect(layer('В Белоруссии на учениях «Поиск» отработали эвакуацию раненых.').filter((fact) => fact.startsWith('PARTICIPATES_IN'))).toEqual([]);
    expect(layer('Подразделения Киргизии не отрабатывали задачи на учениях «Кобальт».')).toEqual([]);
  });

  it('reads a headquarters, a state as the chairman, and who is responsible for a programme', () => {
    expect(layer('Коллективные силы быстрого развёртывания Центральноазиатского региона, дислоцированные в Бишкеке, провели сборы.')).toContain(
      'HEADQUARTERED_IN collective-rapid-deployment-forces → bishkek',
    );
    expect(layer('Председателем ОДКБ в этом году является Казахстан.')).toEqual(['CHAIRS kazakhstan → csto [chair]']);
    expect(layer('Председатель правительства Казахстана посетил Бишкек.')).toEqual([]);
    expect(layer('Межгосударственная программа ОДКБ по военно-экономическому и военно-техническому сотрудничеству находится в ведении МКВЭС.')).toEqual([
      'ADMINISTERS icmec → interstate-program',
    ]);
  });
});
