import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/document.js';
import { analyse, rolesOf } from '../helpers/analyse.js';

/** "name -> event name" for each fact of `type`. */
const linksOf = (a: Article, type: string) =>
  a.facts.flatMap((f) => (f.type === type && f.from.label === 'Person' && f.to.label === 'Event' ? [`${f.from.name} -> ${a.events[f.to.index]!.name}`] : []));

describe('attendee lists of more shapes', () => {
  it('comma-separated items whose title chains start with their body: 某市委副书记、市长B', () => {
    const a = analyse('全市招商推介会在武汉举行。襄阳市委常委、宣传部长刘德明，宜昌市委副书记、市长周文华出席会议。');
    expect(rolesOf(a, 'ATTENDED')).toEqual(expect.arrayContaining(['刘德明', '周文华']));
  });

  it('a titled item whose chain opens with 成员: 党组成员、副检察长A、B，党组成员、政治部主任C参加', () => {
    const a = analyse('县人民检察院党组书记、检察长罗志刚主持召开党组会议。院党组成员、副检察长何文静、邵明轩，院党组成员、政治部主任柯友良参加会议。');
    expect(rolesOf(a, 'ATTENDED').sort()).toEqual(['何文静', '邵明轩', '柯友良'].sort());
  });

  it('a list that runs through groups named by what they are: A、B等，各部门主要负责人，董事长C等参加', () => {
    const a = analyse('全县项目集中签约仪式举行。县领导孙国庆、赵立新等，县直各部门主要负责人，宏达公司董事长钱永明等企业代表参加仪式。');
    expect(rolesOf(a, 'ATTENDED')).toEqual(expect.arrayContaining(['孙国庆', '赵立新', '钱永明']));
  });
});

describe('attendees named after the verb, and the one accompanied', () => {
  it('出席座谈会的…还有A、B、C / 参加会议的有 give ATTENDED to the list after the verb', () => {
    const a = analyse('专家座谈会在京召开。王立群主持座谈会。出席座谈会的专家还有周明远、孙海燕、赵庆丰。');
    expect(rolesOf(a, 'ATTENDED').sort()).toEqual(['周明远', '孙海燕', '赵庆丰'].sort());
    const b = analyse('全县防汛工作会议召开。参加会议的有县委副书记陈立民，副县长郑晓光。');
    expect(rolesOf(b, 'ATTENDED').sort()).toEqual(['陈立民', '郑晓光'].sort());
  });

  it('A在B陪同下 gives ATTENDED to the one accompanied as well as to the companions', () => {
    const a = analyse('国务院副总理孟祥东在省委书记黄克俭和省长刘少华陪同下，在湖南考察。');
    expect(rolesOf(a, 'ATTENDED').sort()).toEqual(['孟祥东', '黄克俭', '刘少华'].sort());
  });
});

describe('speech verbs of more shapes', () => {
  it('X汇报了… / X等汇报交流工作 / 听取了X作的…汇报 give SPOKE_AT; the listener does not', () => {
    const a = analyse('县政府常务会议召开。县委副书记、县长马志远听取了县发改局关于重点项目的汇报。县发改局局长冯建军汇报了上半年工作情况。会议听取了县财政局局长周红梅作的关于预算执行情况的汇报。');
    expect(rolesOf(a, 'SPOKE_AT').sort()).toEqual(['冯建军', '周红梅'].sort());
  });

  it('向X汇报 does not make X the speaker, and 汇报会 is a meeting, not a report', () => {
    const a = analyse('省委书记杜永清到长青镇调研。镇党委书记韩卫东向杜永清汇报了产业发展情况。县长林海波参加汇报会。');
    expect(rolesOf(a, 'SPOKE_AT')).not.toContain('杜永清');
    expect(rolesOf(a, 'SPOKE_AT')).not.toContain('林海波');
    expect(rolesOf(a, 'ATTENDED')).toContain('林海波');
  });

  it('X通报了… is a speech; 工作的汇报 is no 作…汇报', () => {
    const a = analyse('全省工作会议召开。省委常委、秘书长罗东升通报了上半年全省重点工作进展情况。副省长唐新华一行在听取了园区工作的简要汇报后，察看了厂区。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual(['罗东升']);
  });

  it('作…推介 is a speech', () => {
    const a = analyse('全市文旅推介会在杭州举行。推介会由副市长韩光明主持，县委书记宋立平、区长邓凯作文旅项目推介。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual(expect.arrayContaining(['宋立平', '邓凯']));
  });
});

describe('speakers answering what they heard, and pronouns', () => {
  it('X在听取汇报后，对…表示肯定 gives SPOKE_AT across the comma; the next 他强调 is X, not the one who reported', () => {
    const a = analyse('5月16日上午，团市委书记钱一鸣来我校调研考察。随后，学校团委书记孔笛就团工作进行汇报。\n钱一鸣在听取汇报后，对我校重视团工作表示肯定。他强调了思政教育的重要性。');
    expect(rolesOf(a, 'SPOKE_AT').sort()).toEqual(['钱一鸣', '孔笛'].sort());
  });

  it('在听取汇报后，X对…高度赞赏，对…表示满意 gives SPOKE_AT to X', () => {
    const a = analyse('4月12日上午，团省委副书记秦苏红一行来我校调研筹备工作。在听取汇报后，秦苏红对办会水平高度赞赏，对筹备工作的情况表示满意。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual(['秦苏红']);
  });

  it('他 after 在村民X家中，Y… speaks for Y: a name behind a preposition opens no sentence', () => {
    const a = analyse('习近平来到段村考察。在村民蔡文华家中，习近平一一察看厨房和羊圈。他指出，让人民群众过上幸福生活是我们的目标。');
    expect(rolesOf(a, 'SPOKE_AT')).not.toContain('蔡文华');
  });

  it('a speech verb after a comma with no 听取 frame is still someone quoted, not the subject', () => {
    const a = analyse('全市工作会议召开。市委书记张立军来到会场，对大家表示欢迎。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual([]);
  });

  it('X传达了…精神 / X解读了… is a speech; 会议传达学习… is the meeting’s', () => {
    const a = analyse('全县工作会议召开。副县长张立国传达了省委全会精神。县委党校校长吴敏向大家解读了全会内容。');
    expect(rolesOf(a, 'SPOKE_AT').sort()).toEqual(['张立国', '吴敏'].sort());
    const b = analyse('9月27日，省委常委会召开会议，传达学习座谈会精神。省委书记刘建国主持会议。', '刘建国主持召开省委常委会会议 传达学习座谈会精神');
    expect(rolesOf(b, 'SPOKE_AT')).toEqual([]);
  });
});

describe('speakers of a discussion', () => {
  it('A、B分别就…、…等工作要点进行了说明: a topic phrase may hold the verb further off', () => {
    const a = analyse('本科教学工作例会召开。教务处副处长张小蓉、邹正、张永分别就本科教育教学审核评估、教师教学竞赛、专业集群建设、一流专业和课程建设、课程思政建设、教学楼环境建设等工作要点进行了说明。');
    expect(rolesOf(a, 'SPOKE_AT').sort()).toEqual(['张小蓉', '邹正', '张永'].sort());
  });

  it('A、B分别就…分享了自己的心得体会 is speaking', () => {
    const a = analyse('青年师生代表座谈会举行。校团委书记刘明宇、高二党支部书记苏卫国分别就团工作和教学工作分享了自己的心得体会。');
    expect(rolesOf(a, 'SPOKE_AT').sort()).toEqual(['刘明宇', '苏卫国'].sort());
  });

  it('A、B等7位委员，围绕…作了发言 / A、B作为委员代表，在主会场和分会场作了发言: an apposition, a comma, then the way to the verb', () => {
    const a = analyse('全国政协委员座谈会举行。座谈会上，羊风林、王静云、唐俊峰等7位委员，围绕大力发展乡村产业、促进种业自主创新等作了发言。');
    expect(rolesOf(a, 'SPOKE_AT').sort()).toEqual(['羊风林', '王静云', '唐俊峰'].sort());
    const b = analyse('读书交流会举行。连玉明、孟庆丰、范迪安、胡晓炼作为读书群委员代表，在主会场和吉林、广西分会场作了发言。');
    expect(rolesOf(b, 'SPOKE_AT').sort()).toEqual(['连玉明', '孟庆丰', '范迪安', '胡晓炼'].sort());
  });

  it('a comma clause with a subject of its own is still someone else speaking', () => {
    const a = analyse('全国政协委员座谈会举行。座谈会上，羊风林、王静云等7位委员，企业家们围绕乡村产业作了发言。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual([]);
  });

  it('学生会副主席A同学，体育部部长B同学，…C同学分别分享了…: a word of address after each name keeps the list whole', () => {
    const a = analyse('青年师生代表座谈会举行。校学生会副主席、模拟联合国社长阮可新同学，校学生会体育部部长谌立同学，高一团支书代表邵子文同学分别分享了读书心得。');
    expect(rolesOf(a, 'SPOKE_AT').sort()).toEqual(['阮可新', '谌立', '邵子文'].sort());
  });

  it('a long stretch before the verb without a topic phrase gives no speech', () => {
    const a = analyse('本科教学工作例会召开。教务处副处长张小蓉带领本科教育教学审核评估、教师教学竞赛、专业集群建设、一流专业和课程建设等工作专班进行了说明。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual([]);
  });
});

describe('attending by other verbs', () => {
  it('A、B等领导在分会场集中收听收看了讲座 attended it', () => {
    const a = analyse('11月15日上午，清风中原大讲堂在郑州举行。刘南山、安卫、栗金刚等副市级以上领导在三门峡分会场集中收听收看了讲座。');
    expect(rolesOf(a, 'ATTENDED').sort()).toEqual(['刘南山', '安卫', '栗金刚'].sort());
  });

  it('hosts who receive a visit (A、B接待) and guides (在A、B的带领下) attended it', () => {
    const a = analyse('市教育局局长姚国峰来我校检查开学工作。校长王琛、副校长蒋明，以及各处室负责人接待并汇报工作。');
    expect(rolesOf(a, 'ATTENDED')).toEqual(expect.arrayContaining(['王琛', '蒋明']));
    const b = analyse('上午10时，市长马卫国一行抵达我校，在朱雯校长、陈银华书记等学校班子成员的带领下，前往教师办公室慰问教师。');
    expect(rolesOf(b, 'ATTENDED')).toEqual(expect.arrayContaining(['朱雯']));
  });

  it('X莅临我校音乐厅宣讲 attended the talk', () => {
    const a = analyse('党的十九届四中全会精神宣讲会举行。省委党史研究室主任俞银生莅临我校音乐厅宣讲全会精神。');
    expect(rolesOf(a, 'ATTENDED')).toContain('俞银生');
  });
});

describe('which event a later verb belongs to', () => {
  it('a visit verb after a 座谈会 held during the tour goes on with the tour', () => {
    const a = analyse('中央纪委书记李明7月2日至5日到山西调研。\n调研期间，李明主持召开座谈会，了解有关情况。\n李明还来到山西博物院，参观廉政文化展。');
    expect(linksOf(a, 'ATTENDED')).toEqual([expect.stringMatching(/李明 -> .*调研/)]);
    expect(linksOf(a, 'PRESIDED')).toEqual([expect.stringMatching(/李明 -> .*座谈会/)]);
  });

  it('会前，X还参观了校园: with no visit reported, a visit before the meeting is not the meeting', () => {
    const a = analyse('全会精神宣讲会在学校报告厅举行。市委书记马卫国作专题宣讲。\n会前，马卫国还参观了校园并实地踏看南校门建设工程。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual(['马卫国']);
    expect(linksOf(a, 'ATTENDED')).not.toContain('马卫国 -> 全会精神宣讲会');
  });

  it('会议听取了X作的说明，…到会: X did not come by that verb', () => {
    const a = analyse('省十三届人大常委会第二十二次会议举行。会议听取了省委常委、组织部部长刘强作的关于人事事项的说明，副省长拟任人选到会与组成人员见面。');
    expect(rolesOf(a, 'ATTENDED')).toEqual([]);
  });
});

describe('speaking on behalf of a body', () => {
  it('X受中共中央委托通报了… is X speaking (受 ends a bare name)', () => {
    const a = analyse('中共中央在中南海召开党外人士座谈会。李克强、汪洋出席座谈会。李克强受中共中央委托通报了今年经济工作有关情况。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual(['李克强']);
  });
});

describe('the event named right after, across a comma', () => {
  it('省委书记X汇报，省长Y等参加汇报会: the report is at the 汇报会, not at the visit of the headline', () => {
    const a = analyse('5月17日，习近平在西安专门听取陕西省委和省政府工作汇报，省委书记赵一明汇报，省长赵刚等参加汇报会。', '习近平在山西运城考察');
    expect(linksOf(a, 'SPOKE_AT')).toContain('赵一明 -> 汇报会');
  });
});

describe('instructions are not speeches', () => {
  it('按照X等中央领导同志批示要求 / X作出重要指示: no SPOKE_AT for X', () => {
    const a = analyse('事故调查组第一次全体会议召开。按照李强总理等中央领导同志批示要求，调查组全面开展工作。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual([]);
    const b = analyse('全军工作会议日前召开。中央军委主席习近平日前作出重要指示，强调要抓好落实。');
    expect(rolesOf(b, 'SPOKE_AT')).toEqual([]);
  });
});

describe('speakers named inside what is spoken of', () => {
  it('由X主讲的…宣讲会: X speaks at that 宣讲会, not at the meeting named before', () => {
    const a = analyse('青年师生代表座谈会在树兰楼举行。15时许，由团市委书记赵浪涛主讲的“青春·奋斗”团课宣讲会在报告厅正式举行。');
    expect(linksOf(a, 'SPOKE_AT')).toEqual([expect.stringMatching(/赵浪涛 -> .*宣讲会/)]);
  });

  it('对X先生的助学义举表示敬意: X is spoken of, not speaking', () => {
    const a = analyse('签约仪式在报告厅隆重举行。校长朱文在致辞时对鲁家华先生和其子高远先生的助学义举表示崇高的敬意。');
    expect(rolesOf(a, 'SPOKE_AT')).not.toContain('高远');
  });
});

describe('attendee lists that close on a group', () => {
  it('A、B，以及…代表等约1200人出席 gives ATTENDED to the named ones', () => {
    const a = analyse('第二十届博览会开幕式在南宁举行。柬埔寨首相洪玛奈、老挝总理宋赛、东盟秘书长高金洪，以及各国工商界代表等约1200人出席。');
    expect(rolesOf(a, 'ATTENDED').sort()).toEqual(['洪玛奈', '宋赛', '高金洪'].sort());
  });

  it('A、B，以及各处室负责人接待并汇报 is no list that reports: only an attendee list closes on a group', () => {
    const a = analyse('市教育局局长姚国峰一行来我校检查开学工作。校长王琛、副校长蒋明，以及各处室负责人接待并汇报工作。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual([]);
  });
});

describe('the event of a visit verb', () => {
  it('在…调研 names the visit, not the 座谈会 named after it', () => {
    const a = analyse('国务院副总理丁向东在河北保定调研，并在保定主持召开座谈会。');
    expect(linksOf(a, 'ATTENDED')).toEqual([expect.stringMatching(/丁向东 -> .*调研/)]);
    expect(linksOf(a, 'PRESIDED')).toEqual([expect.stringMatching(/丁向东 -> .*座谈会/)]);
  });
});

describe('every visit noun is a verb of attending', () => {
  it('X带领…负责同志，巡查/督查… gives ATTENDED to the one leading the tour', () => {
    const a = analyse('3月5日，县委副书记周立平带领县应急局、交通局负责同志，巡查全县防汛重点部位。');
    expect(linksOf(a, 'ATTENDED')).toEqual([expect.stringMatching(/^周立平 -> .*巡查/)]);
  });

  it('听取…督查情况汇报: a visit word before 情况 heads a noun, nobody visits', () => {
    const a = analyse('县长韩立新主持召开县政府常务会议，听取全县安全生产督查情况汇报。');
    expect(rolesOf(a, 'ATTENDED')).toEqual([]);
    expect(rolesOf(a, 'PRESIDED')).toEqual(['韩立新']);
  });
});

describe('a meeting held during a visit', () => {
  it('到X考察，主持召开座谈会。他强调… / A、B参加。: the speech and the bare attendance count for the visit too', () => {
    const a = analyse('国务院副总理孟祥东12日到国家统计局考察，主持召开座谈会。他强调，要提高统计数据质量。王海川、刘振东参加。');
    expect(linksOf(a, 'SPOKE_AT').sort()).toEqual([expect.stringMatching(/孟祥东 -> .*考察/), '孟祥东 -> 座谈会'].sort());
    expect(linksOf(a, 'ATTENDED').filter((l) => l.startsWith('王海川')).length).toBe(2);
  });

  it('a meeting reported in a sentence of its own is not held during the visit', () => {
    const a = analyse('国务院副总理孟祥东12日在青岛主持召开外贸工作座谈会。他强调，要稳住外贸基本盘。会前，孟祥东到青岛港考察。');
    expect(linksOf(a, 'SPOKE_AT')).toEqual([expect.stringMatching(/孟祥东 -> .*座谈会/)]);
  });
});

describe('attending a meeting and speaking on another', () => {
  it('出席会议并作关于…会议精神的辅导报告 gives ATTENDED and SPOKE_AT at the meeting reported', () => {
    const a = analyse('全国政协常委会第五次会议在京开幕。中共中央政治局委员李向东应邀出席会议并作关于全国人代会会议精神的辅导报告。');
    expect(linksOf(a, 'ATTENDED')).toEqual(['李向东 -> 全国政协常委会第五次会议']);
    expect(linksOf(a, 'SPOKE_AT')).toEqual(['李向东 -> 全国政协常委会第五次会议']);
  });
});

describe('more ways of speaking at the meeting', () => {
  it('会上，X总结了… is a speech', () => {
    const a = analyse('学院2024年教学工作例会召开。教务处处长范立新主持会议。会上，范立新总结了上一学期的教学工作，并对新学期工作进行了部署。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual(['范立新']);
  });

  it('X同志以“…”为主题，首先作了交流发言: the chosen topic stands between the speaker and the verb', () => {
    const a = analyse('局党委理论学习中心组专题研讨会召开。会上，党委书记吕庆华同志以“如何以学促干，推动林业高质量发展”为主题，首先作了交流发言。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual(['吕庆华']);
  });

  it('作了题为《…》的讲座 is given at the event the 讲座 belongs to, not at a visit named before', () => {
    const a = analyse('全市家庭教育系列讲座启动仪式暨首场讲座在实验中学举行。仪式后，副市长韩立新参观了学校心理辅导中心。华东师范大学教授邵明德为师生作了题为《陪伴孩子成长》的讲座。');
    expect(linksOf(a, 'SPOKE_AT')).toEqual(['邵明德 -> 全市家庭教育系列讲座启动仪式暨首场讲座']);
  });
});
