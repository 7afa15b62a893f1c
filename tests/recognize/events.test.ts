import { describe, expect, it } from 'vitest';
import { analyse, rolesOf } from '../helpers/analyse.js';

const eventNames = (body: string, title: string | null = null, date: string | null = null) => analyse(body, title, date).events.map((e) => e.name);

describe('events', () => {
  it('takes a reported meeting from the lead sentence, with its date', () => {
    const a = analyse('6月29日,全市河湖长制林长制工作会议召开,市长张新伟主持。', null, '2023-06-30');
    expect(a.events.map((e) => e.name)).toEqual(['全市河湖长制林长制工作会议']);
    expect(a.events[0]!.date).toBe('2023-06-29');
  });

  it('leaves out a meeting the article only refers to', () => {
    expect(eventNames('会议召开。要认真落实全省河湖长制工作会议部署。')).not.toContain('全省河湖长制工作会议');
  });

  it('ends a name at the verb that governs it', () => {
    expect(eventNames('市委召开全市贯彻落实省委“六讲六做”大宣讲活动动员部署会。')).toEqual(['全市贯彻落实省委“六讲六做”大宣讲活动动员部署会']);
  });

  it('names an inspection after the place: 在清徐县调研', () => {
    expect(eventNames('省委常委、市委书记韦韬在清徐县调研。')).toEqual(['清徐县调研']);
  });

  it('folds generic mentions (会议, 本次会议) into the meeting', () => {
    const a = analyse('全国宣传部长会议4日在京召开。会议强调，要做好工作。本次会议为期两天。');
    expect(a.events).toHaveLength(1);
    expect(a.events[0]!.mentions.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the article own event and joined names', () => {
  it('本届博览会 makes the expo named earlier without a report verb the article own event', () => {
    const a = analyse('以首届山西特色专业镇投资贸易博览会为新起点,推动发展。本届博览会由省工信厅、省商务厅共同主办,同时举办云上博览会。');
    expect(a.events.map((e) => e.name)).toEqual(['首届山西特色专业镇投资贸易博览会']);
  });
  it('keeps 暨 inside one name', () => {
    expect(eventNames('全国巡视工作会议暨二十届中央第一轮巡视动员部署会27日在京召开。')).toEqual(['全国巡视工作会议暨二十届中央第一轮巡视动员部署会']);
  });
});

describe('event names in 新闻联播 shapes', () => {
  it('leaves 在京 out of the name', () => {
    expect(eventNames('全国人大常委会在京全国人大代表座谈会21日召开。')).toEqual(['全国人大代表座谈会']);
  });
  it('does not open a name with a preposition', () => {
    expect(eventNames('习近平到中部战区视察。')).toEqual(['中部战区视察']);
  });
});

describe('meetings named by their convener', () => {
  it('中共中央政治局常务委员会8月17日召开会议 → 中共中央政治局常务委员会会议', () => {
    expect(eventNames('中共中央政治局常务委员会8月17日召开会议，研究部署防汛工作。中共中央总书记习近平主持会议。')).toEqual(['中共中央政治局常务委员会会议']);
  });
  it('县政府召开常务会议 → 县政府常务会议', () => {
    expect(eventNames('3月2日，县政府召开常务会议，县长王明主持会议。')).toEqual(['县政府常务会议']);
  });
  it('县委常委会召开会议 (headline) and the lead’s 主持召开县委常委会会议 are one meeting', () => {
    const events = analyse('县委常委会召开会议\n3月11日，县委书记李明华主持召开县委常委会会议，传达学习省委全会精神。').events;
    expect(events.map((e) => [e.name, e.mentions.length])).toEqual([['县委常委会会议', 2]]);
  });
  it('理论学习中心组举行专题学习会: 学习 inside the convener’s name does not make the meeting one only referred to', () => {
    expect(eventNames('7月25日上午，县委理论学习中心组举行专题学习会，深入学习贯彻全会精神。县委书记王明主持并讲话。')).toEqual(['专题学习会']);
  });
  it('a headline’s 中心组召开会议 is the meeting the lead names, not a second one named by its convener', () => {
    const events = analyse('县委理论学习中心组召开会议\n3月5日，县委理论学习中心组举行全国两会精神专题学习会。会议由县委书记李强主持。').events;
    expect(events.map((e) => e.name)).toEqual(['全国两会精神专题学习会']);
  });
  it('keeps the name of a meeting the text names itself', () => {
    expect(eventNames('市政府召开全市安全生产工作会议。会议强调，要压实责任。')).toEqual(['全市安全生产工作会议']);
  });
});

describe('another meeting whose decisions the reported one carries out', () => {
  it('认真落实全省河湖长制工作会议部署: neither part of the name nor an alias of the article’s meeting', () => {
    const events = analyse('6月29日，全市河湖长制林长制工作会议召开。会议强调，要认真落实全省河湖长制工作会议、誓师大会部署，持续改善河湖生态质量。').events;
    expect(events.map((e) => [e.name, e.aliases])).toEqual([['全市河湖长制林长制工作会议', []]]);
  });
});

describe('report frames and heads of every kind', () => {
  it('reads 在<venue with a room number>举行 as a report', () => {
    expect(eventNames('14时许，“青春的底色唯有奋斗”青年师生代表座谈会在树兰楼会议室（三）举行。')).toEqual(['“青春的底色唯有奋斗”青年师生代表座谈会']);
  });
  it('folds a meeting only called 会议 into the meeting the lead names', () => {
    expect(eventNames('校党委书记陈银伟出席接待并主持会议。14时许，青年师生代表座谈会在树兰楼会议室举行。')).toEqual(['青年师生代表座谈会']);
  });
  it('knows the genre heads 启动会 and 宣讲会', () => {
    expect(eventNames('黄河流域生态保护民主监督工作启动会30日在京召开。')).toEqual(['黄河流域生态保护民主监督工作启动会']);
    expect(eventNames('10点20分，十九大精神宣讲会在图书馆二号报告厅正式举行。')).toEqual(['十九大精神宣讲会']);
  });
  it('leaves out a meeting the sentence tells someone to hold', () => {
    expect(eventNames('编委会主要负责同志要担起主体责任，召开巡视整改专题民主生活会。')).toEqual([]);
  });
});

describe('meetings and visits the text does not report', () => {
  it('a habit or a decision to meet is not a meeting held: 定期举办, 决定…召开', () => {
    expect(eventNames('定期举办水资源合作部长级会议和水资源合作论坛。')).toEqual([]);
    expect(eventNames('汪洋主持召开全国政协主席会议 决定10月底召开全国政协十三届常委会第二十四次会议')).toEqual(['全国政协主席会议']);
  });
  it('the way a meeting is held is no second meeting: 采取现场会议和视频会议相结合的方式', () => {
    expect(eventNames('全国政协常委会会议31日在京开幕。本次常委会会议采取现场会议和视频会议相结合的方式举行。')).toEqual(['全国政协常委会会议']);
  });
  it('a shortcoming named by a visit noun is no visit: 深入基层调研不够', () => {
    expect(eventNames('巡视发现，单位管理存在薄弱环节，深入基层调研不够。')).toEqual([]);
  });
});

describe('names the genre writes around quotes, the party and place lists', () => {
  it('a quote closing after the event noun holds the whole name; its 线上开班仪式 is the same event', () => {
    const a = analyse('文化和旅游部为尼日利亚举办“后疫情时代文化和旅游产业融合发展研修班”。24日，研修班举办线上开班仪式。此次研修班自8月24日至9月4日举办。');
    expect(a.events.map((e) => e.name)).toEqual(['后疫情时代文化和旅游产业融合发展研修班']);
  });
  it('党的 opens a name: 举行党的十九届四中全会精神专题学习研讨会', () => {
    expect(eventNames('11月15日，校党委理论学习中心组在至善楼第一会议室举行党的十九届四中全会精神专题学习研讨会。')).toEqual(['党的十九届四中全会精神专题学习研讨会']);
  });
  it('every place of 在江苏南京、苏州、无锡调研 names the visit', () => {
    expect(eventNames('8月21日至23日，中共中央政治局常委、国务院副总理韩正在江苏南京、苏州、无锡调研。')).toEqual(['江苏南京、苏州、无锡调研']);
  });
  it('a list of visitors is not a list of places: 韦韬、张新伟在清徐县调研', () => {
    expect(eventNames('韦韬、张新伟在清徐县调研。')).toEqual(['清徐县调研']);
  });
});

describe('meetings a speech refers to', () => {
  it('王沪宁表示，习近平总书记出席庆祝大会并发表重要讲话: the speech names another meeting', () => {
    expect(eventNames('政协第十四届全国委员会第二十四次主席会议24日在京召开。王沪宁表示，习近平总书记出席庆祝大会并发表重要讲话。')).toEqual([
      '政协第十四届全国委员会第二十四次主席会议',
    ]);
  });
});

describe('the article own event and the verbs around it', () => {
  it('此次专题学习会议 is the meeting the article reports, however worded', () => {
    expect(eventNames('3月6日，管理局召开“改革创新 奋发有为”大讨论专题学习研讨会。此次专题学习会议的召开，是对动员部署会的成果巩固。')).toEqual([
      '“改革创新 奋发有为”大讨论专题学习研讨会',
    ]);
  });
  it('在…会议上的讲话视频 refers to another meeting', () => {
    expect(eventNames('会上，全体干部职工观看了省委书记在全省动员部署会议上的讲话视频。')).toEqual([]);
  });
  it('启动 reports an activity and ends its name, but stays inside 启动仪式', () => {
    expect(eventNames('我市启动森林防火宣传月活动')).toEqual(['森林防火宣传月活动']);
    expect(eventNames('3月20日，绍兴市高端系列讲座进学校启动仪式暨全市首场高端讲座在绍兴一中举行。')).toEqual(['绍兴市高端系列讲座进学校启动仪式暨全市首场高端讲座']);
  });
});

describe('visit heads', () => {
  it('巡查 is an inspection: 牛兰英在巡查中指出', () => {
    expect(eventNames('11月15日，市委常委、宣传部部长牛兰英巡查我市“一节一展”布展筹备工作。牛兰英在巡查中指出，要增强责任意识。')).toEqual(['巡查我市“一节一展”布展筹备']);
  });
});

describe('a team named after its visit', () => {
  it('带领视察组，视察… / 督查组要…: the team (视察组, 督查组, 督导组, 巡查组) is no visit; the visit after it is', () => {
    expect(eventNames('县人大常委会副主任柯友良带领视察组，视察全县水利工作。')).toEqual(['视察全县水利']);
    expect(eventNames('县政府常务会议召开。县长韩立新主持会议。督查组要尽快形成报告。')).toEqual(['县政府常务会议']);
  });
});

describe('the lead of a national news item', () => {
  it('…座谈会今天（7月11日）在京召开: a date in brackets after 今天 still reports the meeting', () => {
    expect(eventNames('全省防汛抗旱工作会议今天（7月11日）在省城召开。')).toEqual(['全省防汛抗旱工作会议']);
  });

  it('《…学习纲要》出版座谈会: 学习 inside the book title does not make the meeting one only referred to', () => {
    const a = analyse('《乡村振兴学习读本》出版座谈会今天在京召开。中宣部副部长韩立新出席并讲话。');
    expect(a.events).toHaveLength(1);
    expect(rolesOf(a, 'SPOKE_AT')).toEqual(['韩立新']);
  });
});

describe('a visit word inside a body\'s name', () => {
  it('中共某省纪律检查委员会第三次全体会议 is one meeting: 检查委员会 is no inspection and no boundary', () => {
    const a = analyse('中国共产党云岭省第十二届纪律检查委员会第三次全体会议1月9日在省城举行。省委书记高振邦出席会议并讲话。');
    expect(a.events.map((e) => e.name)).toEqual(['中国共产党云岭省第十二届纪律检查委员会第三次全体会议']);
    expect(rolesOf(a, 'ATTENDED')).toEqual(['高振邦']);
  });
});

describe('receptions and study sessions', () => {
  it('…招待会在京举行 and …举行第X次集体学习 are meetings, with who presided and spoke', () => {
    const a = analyse('庆祝建校七十周年招待会25日晚在省城举行。省委书记刘振东出席招待会并讲话，省长孔立平主持招待会。');
    expect(a.events.map((e) => e.name)).toEqual(['庆祝建校七十周年招待会']);
    expect(rolesOf(a, 'PRESIDED')).toEqual(['孔立平']);
    const b = analyse('市委理论学习中心组3日举行第五次集体学习。市委书记邵明川主持学习并讲话。');
    expect(b.events.map((e) => e.name)).toEqual(['第五次集体学习']);
    expect(rolesOf(b, 'SPOKE_AT')).toEqual(['邵明川']);
  });
});

describe('a name ends where a clause goes on after its noun', () => {
  it('出席会议并作关于…会议精神的报告: 会议 is the meeting attended, not the start of a longer name', () => {
    const a = analyse('全国政协常委会第五次会议在京开幕。中共中央政治局委员李向东应邀出席会议并作关于全国人代会会议精神的辅导报告。');
    expect(a.eventMentions.find((m) => m.name === '会议')?.event).toBe(0);
    expect(a.events.map((e) => e.name)).toEqual(['全国政协常委会第五次会议']);
  });

  it('召开续会贯彻落实会议精神: the name stops before the verb that carries out another meeting', () => {
    const a = analyse('全市安全生产电视电话会议召开。会议结束后，我县随即召开续会贯彻落实会议精神。');
    expect(a.eventMentions.map((m) => m.name)).toContain('续会');
  });
});

describe('a visit opening the clause after its leader', () => {
  it('X带领…负责同志，巡查… reports the inspection; 对照检查 and 听取…督查情况汇报 report none', () => {
    expect(eventNames('3月5日，县委副书记周立平带领县应急局、交通局负责同志，巡查全县防汛重点部位。')).toEqual(['巡查全县防汛重点部位']);
    expect(eventNames('县委书记韩立新主持召开专题民主生活会，对照检查了存在的不足。')).not.toContain('对照检查');
    expect(eventNames('县长韩立新主持召开县政府常务会议，听取全县安全生产督查情况汇报。')).toEqual(['县政府常务会议']);
  });
});

describe('heads of institutions and field work', () => {
  it('现场办公 is a visit named by its place, like 调研', () => {
    expect(eventNames('3月5日，县委书记王明到县人民医院现场办公。')).toEqual(['县人民医院现场办公']);
  });
  it('捐赠仪式, 义诊活动 and 招聘会 are events when held', () => {
    expect(eventNames('9月1日，学校举行教育基金捐赠仪式，校长李华出席并致辞。')).toEqual(['教育基金捐赠仪式']);
    expect(eventNames('5月12日，市人民医院在广场举办义诊活动。')).toEqual(['义诊活动']);
    expect(eventNames('学校召开2024届毕业生双选招聘会。')).toEqual(['2024届毕业生双选招聘会']);
  });
});

describe('meetings held to report back', () => {
  it('出席向人民日报编委会反馈会议 keeps 向 in the name; 向大会报告 names no meeting', () => {
    expect(eventNames('杨晓超出席向人民日报编委会反馈会议，对巡视整改提出要求。会议传达了讲话精神。')).toEqual(['向人民日报编委会反馈会议']);
    expect(eventNames('王明向大会报告工作。')).toEqual([]);
  });
});

describe('参观 is a visit', () => {
  it('仪式结束后，顾涛一行实地参观了…中心 is a visit of its own', () => {
    const a = analyse('3月20日，全市首场高端讲座在绍兴一中举行。副市长顾涛出席仪式并讲话。仪式结束后，顾涛一行实地参观了绍兴一中心理健康辅导中心。');
    expect(a.events.map((e) => e.kind)).toEqual(['meeting', 'visit']);
  });
});

describe('a visit named by its object', () => {
  it('马卫光还参观了校园: the adverb before the verb does not keep the object out', () => {
    const a = analyse('12月10日下午，绍兴市委书记马卫光走进绍兴一中作专题宣讲。会前，马卫光还参观了校园并实地踏看南校门建设工程。');
    expect(a.events.filter((e) => e.kind === 'visit').map((e) => e.name)).toEqual(['参观了校园']);
  });
});

describe('ceremonies of a training course', () => {
  it('…培训班开班式 is one event; 培训班举行结业式 is the course own ceremony', () => {
    expect(eventNames('6月3日，全市青年干部培训班开班式在市委党校举行，市委书记王明出席并讲话。')).toEqual(['全市青年干部培训班开班式']);
    expect(eventNames('7月1日，第二期乡村振兴培训班举行结业式。')).toEqual(['第二期乡村振兴培训班']);
  });
});
