import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of the given types, without their dates. */
const facts = (text: string, types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map((fact) => describeFact({ ...fact, since: undefined, until: undefined }))
    .sort();

describe('ingest: the head of a standing body introduced by another office he holds', () => {
  it('reads "chaired by <office> <name>" and "which <office> <name> has chaired"', () => {
    expect(facts('The CSTO Parliamentary Assembly, chaired by Kazakh Senate speaker Nurlan Abenov, will meet in Almaty in spring.', ['HEADS'])).toEqual([
      'HEADS "Nurlan Abenov" → csto-parliamentary-assembly',
    ]);
    expect(facts('Orders go through the Interstate Commission for Military-Economic Cooperation, which Russian First Deputy Prime Minister Denis Manturov has chaired since 2018.', ['HEADS'])).toEqual([
      'HEADS denis-manturov → icmec',
    ]);
  });

  it('gives no head for a president chairing the Council by rotation', () => {
    expect(facts('The Collective Security Council, chaired by Russian President Vladimir Putin, met in the Kremlin.', ['HEADS'])).toEqual([]);
  });

  it('reads "<name>, who chairs the commission" as the body named before by that noun, not the Council', () => {
    expect(facts('The Interstate Commission for Military-Economic Cooperation agreed on two projects, Denis Manturov, who chairs the commission, said on Friday.', ['HEADS'])).toEqual([
      'HEADS denis-manturov → icmec',
    ]);
    expect(facts('The Collective Security Council met in Moscow, and Vladimir Putin, who chairs the council this year, spoke first.', ['HEADS'])).toEqual([]);
  });

  it('reads «<тело> возглавляет <должность> <имя>», the body by its name, its noun or a relative pronoun', () => {
    expect(facts('Совместные закупки согласует Межгосударственная комиссия по военно-экономическому сотрудничеству. Комиссию с 2018 года возглавляет вице-премьер России Денис Мантуров.', ['HEADS'])).toEqual([
      'HEADS denis-manturov → icmec',
    ]);
    expect(facts('Парламентская ассамблея ОДКБ, которую возглавляет спикер нижней палаты Иван Петров, соберётся весной.', ['HEADS'])).toEqual([
      'HEADS "Иван Петров" → csto-parliamentary-assembly',
    ]);
  });

  it('reads «<комиссия> под председательством <имя>» as the head of a standing body, not of the Council', () => {
    expect(facts('Межгосударственная комиссия по военно-экономическому сотрудничеству под председательством Дениса Мантурова одобрила новые проекты.', ['HEADS'])).toEqual([
      'HEADS denis-manturov → icmec',
    ]);
    expect(facts('Совет коллективной безопасности под председательством Владимира Путина одобрил заявление.', ['HEADS'])).toEqual([]);
  });

  it('reads «её председатель <имя>» as the head of the body named last', () => {
    expect(facts('Весной в Алма-Ате прошла сессия Парламентской ассамблеи ОДКБ. Открыл её председатель Иван Петров.', ['HEADS'])).toEqual([
      'HEADS "Иван Петров" → csto-parliamentary-assembly',
    ]);
  });
});

describe('ingest: a body in apposition to its owner', () => {
  it('reads "<body>, the <owner> body that …" and "<forces>, the <owner>\'s southern strike force"', () => {
    expect(facts('The Interstate Commission for Military-Economic Cooperation, the CSTO body that plans joint procurement, met in Minsk.', ['PART_OF'])).toEqual([
      'PART_OF icmec → csto',
    ]);
    expect(facts('The drills involved the Collective Rapid Deployment Forces of the Central Asian region, the CSTO\'s southern strike force.', ['PART_OF'])).toEqual([
      'PART_OF collective-rapid-deployment-forces → csto',
    ]);
  });

  it('gives nothing where the apposition is no part ("…, the CSTO partner that …" names no body)', () => {
    expect(facts('The Interstate Commission for Military-Economic Cooperation, the CSTO partner that buys arms, met in Minsk.', ['PART_OF'])).toEqual([]);
  });
});

describe('ingest: a seat told with a coordinated subject or predicate', () => {
  it('reads «Штаб-квартира ОДКБ и её Секретариат находятся в Москве» for both', () => {
    expect(facts('Штаб-квартира ОДКБ и её Секретариат находятся в Москве.', ['HEADQUARTERED_IN'])).toEqual([
      'HEADQUARTERED_IN csto → moscow',
      'HEADQUARTERED_IN csto-secretariat → moscow',
    ]);
  });

  it('reads "It … and has its headquarters in <city>", but not across another body', () => {
    expect(facts('The Collective Security Treaty Organization was founded on an older treaty. It became a full organization in 2002 and has its headquarters in Moscow.', ['HEADQUARTERED_IN'])).toEqual([
      'HEADQUARTERED_IN csto → moscow',
    ]);
    expect(facts('The CSTO signed a memorandum with the Shanghai Cooperation Organisation, which was founded in 2001 and has its headquarters in Beijing.', ['HEADQUARTERED_IN'])).toEqual([]);
  });
});

describe('ingest: an exercise counted in a series', () => {
  it('reads a relative clause after the exercise and its place: «учение «Поиск» в Казахстане, которое прошло в рамках …»', () => {
    expect(facts('Весной связисты участвовали в учении «Поиск» в Казахстане, которое прошло в рамках «Боевого братства».', ['PART_OF'])).toEqual([
      'PART_OF search → combat-brotherhood',
    ]);
  });

  it('reads «вошли в комплекс мероприятий …» and «под общим замыслом …», not «не вошло»', () => {
    expect(facts('Учения «Эшелон» и «Поиск» вошли в комплекс мероприятий «Боевое братство».', ['PART_OF'])).toEqual([
      'PART_OF echelon → combat-brotherhood',
      'PART_OF search → combat-brotherhood',
    ]);
    expect(facts('Учение «Взаимодействие» проводилось под общим замыслом «Боевого братства».', ['PART_OF'])).toEqual([
      'PART_OF interaction → combat-brotherhood',
    ]);
    expect(facts('Учение «Поиск» в этом году не вошло в программу «Боевого братства».', ['PART_OF'])).toEqual([]);
  });
});

describe('ingest: observers of a body', () => {
  it('reads «<государство> представлено в <органе> в качестве наблюдателя» and "<state> sits in <body> as an observer"', () => {
    expect(facts('Афганистан с 2013 года был представлен в Парламентской ассамблее ОДКБ в качестве наблюдателя.', ['OBSERVER_OF'])).toEqual([
      'OBSERVER_OF afghanistan → csto-parliamentary-assembly {observer}',
    ]);
    expect(facts('Serbia has sat in the CSTO Parliamentary Assembly as an observer for years.', ['OBSERVER_OF'])).toEqual([
      'OBSERVER_OF serbia → csto-parliamentary-assembly {observer}',
    ]);
  });

  it('reads the status fronted: «Статус наблюдателя при <органе> <государство> получила …»', () => {
    expect(facts('Статус наблюдателя при Парламентской ассамблее ОДКБ Сербия получила ещё в 2013 году.', ['OBSERVER_OF'])).toEqual([
      'OBSERVER_OF serbia → csto-parliamentary-assembly {observer}',
    ]);
  });

  it('reads parliaments present as observers at a session as observers of the body whose session it is', () => {
    expect(facts('В Минске открылась весенняя сессия Парламентской ассамблеи ОДКБ. В качестве наблюдателей присутствовали депутаты Народной скупщины Сербии и представители Парламентского собрания Союза Беларуси и России.', ['OBSERVER_OF'])).toEqual([
      'OBSERVER_OF national-assembly-of-serbia → csto-parliamentary-assembly {observer}',
      'OBSERVER_OF union-state-parliamentary-assembly → csto-parliamentary-assembly {observer}',
    ]);
    expect(facts('The spring session of the CSTO Parliamentary Assembly opened in Minsk on Monday. Observers from the National Assembly of Serbia attended.', ['OBSERVER_OF'])).toEqual([
      'OBSERVER_OF national-assembly-of-serbia → csto-parliamentary-assembly {observer}',
    ]);
  });

  it('gives no observer of anything where a body that is no parliament watches an exercise', () => {
    expect(facts('В Минске прошло учение «Поиск». В качестве наблюдателей присутствовали представители Секретариата ОДКБ.', ['OBSERVER_OF'])).toEqual([]);
    expect(facts('The Search exercise was held near Minsk. Observers from the CSTO Secretariat attended.', ['OBSERVER_OF'])).toEqual([]);
  });
});

describe('ingest: a post dated by a later statement', () => {
  it('gives the undated post the dates a later sentence adds, once', () => {
    const heads = extract('The Chief of the CSTO Joint Staff, Colonel General Andrey Serdyukov, arrived in Bishkek on Monday. He said the drills would be directed by the Joint Staff, which he has headed since 2022.', { gazetteer: cstoGazetteer, published: '2026-11-20' })
      .proposals.filter((fact) => fact.type === 'HEADS')
      .map((fact) => `${describeFact({ ...fact, since: undefined, until: undefined })} since ${fact.since}`);
    expect(heads).toEqual(['HEADS andrey-serdyukov → csto-joint-staff [Head] since 2022']);
  });
});

describe('ingest: a comparative clause that leaves its predicate out', () => {
  it('gives the compared state the fact of the last clause before it: ", as did <state>", "just as <state> did"', () => {
    expect(facts('The CSTO met in Minsk. Belarus and Armenia signed the charter in 2002 but left the alliance in 2030, as did Kazakhstan.', ['MEMBER_OF'])).toContain('MEMBER_OF kazakhstan → csto');
    expect(facts('The Echelon exercise took place near Osh. Tajikistan sent a company, just as Belarus did.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN belarus → echelon',
      'PARTICIPATES_IN tajikistan → echelon',
    ]);
  });

  it('gives nothing for a causal "as <state> …"', () => {
    expect(facts('The Echelon exercise took place near Osh. Tajikistan sent a company, as Belarus holds the chairmanship this year.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN tajikistan → echelon',
    ]);
  });
});

describe('ingest: a series said of the exercises just named by a plural noun', () => {
  it('reads «Оба учения … проводились под общим замыслом «X»» as each exercise the sentence before named', () => {
    expect(facts('В мае в Киргизии прошли учения «Эшелон» и «Поиск». Оба учения, как и прежде, проводились под общим замыслом «Боевого братства».', ['PART_OF'])).toEqual([
      'PART_OF echelon → combat-brotherhood',
      'PART_OF search → combat-brotherhood',
    ]);
  });

  it('gives nothing where the sentence before named fewer than two exercises', () => {
    expect(facts('В мае в Киргизии прошло учение «Поиск». Оба учения вошли в комплекс мероприятий «Боевое братство».', ['PART_OF'])).toEqual([]);
  });
});
