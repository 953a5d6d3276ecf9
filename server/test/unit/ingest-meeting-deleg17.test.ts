import { extract } from '../../src/ingest/extract';
import { cstoGazetteer } from '../support/ingest';

/** The ends of one type's facts a text gives: "from → to", without dates. */
const ends = (text: string, type: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === type)
    .map((fact) => `${fact.from.entityId ?? '?'} → ${fact.to.entityId ?? '?'}`)
    .sort();

const statesAt = (text: string) => ends(text, 'PARTICIPATES_IN').filter((fact) => fact.endsWith('→ ?')).map((fact) => fact.split(' ')[0]);
const peopleAt = (text: string) => ends(text, 'ATTENDED').filter((fact) => fact.endsWith('→ ?')).map((fact) => fact.split(' ')[0]);

// Every sentence here was written for these tests.
describe('ingest: who took part in a meeting, by delegation and by body (round 17)', () => {
  describe('states through their officials', () => {
    it('reads officials of a list of states as the subject of a verb of presence', () => {
      expect(statesAt('The foreign ministers convened in Astana on 3 March. Officials from Kyrgyzstan and Belarus attended as well.')).toEqual(['belarus', 'kyrgyzstan']);
      expect(statesAt('Совещание прошло в Минске 3 марта. В нём участвовали официальные лица Казахстана и Таджикистана.')).toEqual(['kazakhstan', 'tajikistan']);
    });

    it('reads a Russian list of ministers with each name after its state', () => {
      expect(statesAt('Заседание прошло в Бишкеке 4 апреля. В нём приняли участие министры иностранных дел Казахстана Иван Петров, Таджикистана Пётр Иванов и России Сергей Лавров.')).toEqual([
        'kazakhstan',
        'russia',
        'tajikistan',
      ]);
    });

    it('reads the leaders of states that met', () => {
      expect(statesAt('The summit opened in Minsk on 2 November. The leaders of Armenia and Tajikistan met behind closed doors.')).toEqual(['armenia', 'tajikistan']);
      expect(statesAt('Саммит открылся в Минске 2 ноября. Лидеры Казахстана и Киргизии встретились в узком составе.')).toEqual(['kazakhstan', 'kyrgyzstan']);
    });

    it('reads a delegation named by its state adjective, headed or come', () => {
      expect(statesAt('Сессия прошла в Ереване 5 октября. Казахстанскую делегацию возглавлял сам министр обороны.')).toEqual(['kazakhstan']);
      expect(statesAt('Сессия открылась в Минске 5 октября. На неё впервые приехала таджикская делегация.')).toEqual(['tajikistan']);
      expect(statesAt('The session opened in Minsk on 5 October. The Kyrgyz delegation was led by the speaker.')).toEqual(['kyrgyzstan']);
    });

    it('gives nothing for officials who stayed away, met their targets, were spoken of, or a delegation only expected', () => {
      expect(statesAt('The foreign ministers convened in Astana on 3 March. Officials from Armenia did not attend.')).toEqual([]);
      expect(statesAt('The summit opened in Minsk on 2 November. The leaders of Armenia and Tajikistan met their targets for the year.')).toEqual([]);
      expect(statesAt('Сессия откроется в Минске 5 октября. Таджикская делегация, как ожидается, приедет на неё.')).toEqual([]);
      expect(statesAt('The summit opened in Minsk on 2 November. Officials from Belarus and Russia were criticised at home.')).toEqual([]);
      // Skipped, boycotted, only observers, only expected.
      expect(statesAt('The summit opened in Minsk on 2 November. The leaders of Armenia and Uzbekistan skipped the summit.')).toEqual([]);
      expect(statesAt('Саммит открылся в Минске 2 ноября. Официальные лица Армении бойкотировали встречу.')).toEqual([]);
      expect(statesAt('The summit opened in Minsk on 2 November. Officials from Uzbekistan attended only as observers.')).toEqual([]);
      expect(statesAt('The summit is planned for Minsk in May. The leaders of Kazakhstan and Kyrgyzstan are expected to attend.')).toEqual([]);
    });
  });

  describe('people present named in an absolute phrase', () => {
    it('reads "with X and Y around the table / in attendance" and «в присутствии X и Y»', () => {
      expect(peopleAt('The summit was held in Minsk on 2 November. Vladimir Putin spoke first, with Sadyr Japarov and Emomali Rahmon around the table.')).toEqual([
        'emomali-rahmon',
        'sadyr-japarov',
      ]);
      expect(peopleAt('The session opened in Astana on Monday, with Alexander Lukashenko and Sadyr Japarov in attendance.')).toEqual(['alexander-lukashenko', 'sadyr-japarov']);
      expect(peopleAt('Саммит прошёл в Минске 2 ноября. Заявление огласили в присутствии Эмомали Рахмона и Садыра Жапарова.')).toEqual(['emomali-rahmon', 'sadyr-japarov']);
    });

    it('gives nothing for the other side of talks, people only spoken of, or a person who spoke about the meeting', () => {
      expect(peopleAt('The summit opened in Minsk on 2 November. Sadyr Japarov spoke about the summit on television.')).toEqual([]);
      expect(peopleAt('Саммит открылся в Минске 2 ноября. Садыр Жапаров рассказал о саммите журналистам.')).toEqual([]);
      expect(peopleAt('The summit was held in Minsk on 2 November. Vladimir Putin spoke by phone with Sadyr Japarov and Emomali Rahmon.')).toEqual([]);
      expect(peopleAt('The summit was held in Minsk on 2 November. Reporters compared the speech with Sadyr Japarov\'s remarks in attendance records.')).toEqual([]);
    });
  });
});

describe('ingest: where a meeting the graph lacks was held, from who met there (round 17)', () => {
  const heldIn = (text: string) => ends(text, 'HELD_IN').filter((fact) => fact.startsWith('? →'));

  it('reads consultations a person held in a city, and gives him ATTENDED', () => {
    expect(heldIn('Садыр Жапаров 3 марта провёл в Астане консультации с министром иностранных дел Казахстана.')).toEqual(['? → astana']);
    expect(peopleAt('Садыр Жапаров 3 марта провёл в Астане консультации с министром иностранных дел Казахстана.')).toEqual(['sadyr-japarov']);
    expect(heldIn('Sadyr Japarov held consultations with Kazakh diplomats in Astana on Tuesday.')).toEqual(['? → astana']);
    expect(peopleAt('Sadyr Japarov held consultations with Kazakh diplomats in Astana on Tuesday.')).toEqual(['sadyr-japarov']);
  });

  it('reads a person hosting the leaders in a city, «с Минска, где …», people sitting or adopting there, a meeting with someone', () => {
    expect(heldIn('Kassym-Jomart Tokayev hosted the foreign ministers of the bloc in Astana on Friday.')).toEqual(['? → astana']);
    expect(heldIn('Разговор начали с Минска, где накануне прошло заседание.')).toEqual(['? → minsk']);
    expect(heldIn('В четверг в Бишкеке заседали секретари советов безопасности.')).toEqual(['? → bishkek']);
    expect(heldIn('План учений на 2027 год министры обороны стран ОДКБ утвердили 5 декабря в Астане.')).toEqual(['? → astana']);
    expect(heldIn('Он сказал это на встрече с журналистами в Минске.')).toEqual(['? → minsk']);
  });

  it('reads a speaker at the meeting by a Russian participle', () => {
    expect(peopleAt('Садыр Жапаров, выступая на саммите в Минске 3 мая, предложил создать центр.')).toEqual(['sadyr-japarov']);
    expect(peopleAt('Садыр Жапаров, выступая перед журналистами, предложил создать центр.')).toEqual([]);
  });

  it('reads two signers of a bilateral plan in a city as their meeting there', () => {
    expect(heldIn('В октябре Садыр Жапаров и его казахстанский коллега Касым-Жомарт Токаев подписали в Астане план сотрудничества.')).toEqual(['? → astana']);
    expect(heldIn('Sadyr Japarov and his Kazakh counterpart Kassym-Jomart Tokayev signed a cooperation plan in Astana on Monday.')).toEqual(['? → astana']);
    expect(heldIn('Sadyr Japarov and Kassym-Jomart Tokayev did not sign the plan in Astana.')).toEqual([]);
  });

  it('gives nothing for consultations not held, talks of a visit, a rally, or people passing through', () => {
    expect(heldIn('Садыр Жапаров не провёл в Астане консультации, как планировалось.')).toEqual([]);
    expect(heldIn('Sadyr Japarov held a rally in Astana.')).toEqual([]);
    expect(peopleAt('Sadyr Japarov held talks with President Kassym-Jomart Tokayev.')).toEqual([]);
    expect(heldIn('В Минске, где живут три миллиона человек, прошёл дождь.')).toEqual([]);
    expect(heldIn('Главы государств приняли участие в Минске в церемонии.')).toEqual([]);
  });
});

describe('ingest: who chaired a meeting, said beside it (round 17)', () => {
  const chairs = (text: string) => ends(text, 'CHAIRS').filter((fact) => fact.endsWith('→ ?'));

  it('reads a relative clause with its object first, "under X" after a verb of meeting, "It was chaired by X", a body between noun and clause', () => {
    expect(chairs("Kyrgyz officials skipped last month's session in Minsk, which Belarusian President Alexander Lukashenko chaired.")).toEqual(['alexander-lukashenko → ?']);
    expect(chairs('The defence ministers met in Astana on 3 May under Kassym-Jomart Tokayev.')).toEqual(['kassym-jomart-tokayev → ?']);
    expect(chairs('An extraordinary session opened in Bishkek on 3 May. It was chaired by Sadyr Japarov.')).toEqual(['sadyr-japarov → ?']);
    expect(chairs('В 2025 году в Бишкеке прошла сессия Совета коллективной безопасности, которую провёл президент Киргизии Садыр Жапаров.')).toEqual(['sadyr-japarov → ?']);
  });

  it('gives nothing for a body that "It" stands for, or a chair not of the meeting', () => {
    expect(chairs('The Collective Security Council is the top body. It is chaired by Sadyr Japarov this year.')).toEqual([]);
    expect(chairs('The defence ministers met in Astana on 3 May under pressure from Sadyr Japarov.')).toEqual([]);
  });
});

describe("ingest: a meeting of a body with its acronym in brackets (round 17)", () => {
  it('reads the place after "the summit of the Collective Security Treaty Organization (CSTO)"', () => {
    expect(ends('Sadyr Japarov attended the summit of the Collective Security Treaty Organization (CSTO) in Minsk.', 'HELD_IN')).toEqual(['? → minsk']);
  });
});

describe('ingest: a body standing for its session (round 17)', () => {
  const heldIn = (text: string) => ends(text, 'HELD_IN').filter((fact) => fact.startsWith('? →'));

  it('reads "at the Council … in <city>" as its session held there, and the official titled by his state at it', () => {
    const english = 'Belarusian Defence Minister Viktor Khrenin made the point at the Council of Defence Ministers in Astana on 4 June.';
    expect(heldIn(english)).toEqual(['? → astana']);
    expect(statesAt(english)).toEqual(['belarus']);
    const russian = 'Министр иностранных дел Таджикистана Сироджиддин Мухриддин выступил на Совете министров иностранных дел в Минске 4 июня.';
    expect(heldIn(russian)).toEqual(['? → minsk']);
    expect(statesAt(russian)).toEqual(['tajikistan']);
  });

  it('gives nothing for a body that does not sit, or a clause taken back', () => {
    expect(heldIn('Staff at the CSTO Secretariat in Moscow were moving offices.')).toEqual([]);
    expect(statesAt('Belarusian Defence Minister Viktor Khrenin did not speak at the Council of Defence Ministers in Astana.')).toEqual([]);
    expect(heldIn('Belarusian Defence Minister Viktor Khrenin did not speak at the Council of Defence Ministers in Astana.')).toEqual([]);
  });
});

describe('ingest: "the next day" tells a past sequence, not a meeting to come (round 17)', () => {
  it('keeps a meeting told as "the next day" in focus, and a next session out of it', () => {
    expect(peopleAt('На следующий день, 5 мая, в Минске прошла сессия, в которой принял участие Садыр Жапаров.')).toEqual(['sadyr-japarov']);
    expect(peopleAt('Следующая сессия пройдёт в Минске. В ней примет участие Садыр Жапаров.')).toEqual([]);
  });
});
