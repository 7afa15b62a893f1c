import { describe, expect, it } from 'vitest';
import { analyse, rolesOf } from '../helpers/analyse.js';

describe('person roles at events', () => {
  const lead =
    '6月29日,全市河湖长制林长制工作会议召开,省委常委、市委书记韦韬出席并讲话,强调要持续改善河湖生态。市委副书记、市长张新伟主持。市领导杨继承、卢秋生、裴耀军出席。\n张新伟在主持会议时指出,要提高政治站位。';
  const a = analyse(lead);

  it('出席并讲话 gives ATTENDED and SPOKE_AT', () => {
    expect(rolesOf(a, 'ATTENDED')).toContain('韦韬');
    expect(rolesOf(a, 'SPOKE_AT')).toContain('韦韬');
  });

  it('主持 gives PRESIDED, and 在主持会议时指出 adds SPOKE_AT', () => {
    expect(rolesOf(a, 'PRESIDED')).toEqual(['张新伟']);
    expect(rolesOf(a, 'SPOKE_AT')).toContain('张新伟');
  });

  it('a verb after a list applies to everyone in it', () => {
    expect(rolesOf(a, 'ATTENDED')).toEqual(expect.arrayContaining(['杨继承', '卢秋生', '裴耀军']));
  });

  it('会议由…主持 gives PRESIDED', () => {
    const b = analyse('全市基层党建工作会议昨天召开。会议由市委副书记陈澄主持。');
    expect(rolesOf(b, 'PRESIDED')).toEqual(['陈澄']);
  });

  it('companions named in 在…陪同下 attended the visit', () => {
    const b = analyse('习近平在山西省委书记林武和省长蓝佛安陪同下，来到临汾考察调研。');
    expect(rolesOf(b, 'ATTENDED')).toEqual(expect.arrayContaining(['林武', '蓝佛安']));
  });
});

describe('speech shapes', () => {
  it('回答记者提问 at a press conference is speaking there, for every name of the list', () => {
    const a = analyse('7月17日，市政府新闻办公室召开新闻发布会。市交通运输局副局长周红、李平回答记者提问。');
    expect(rolesOf(a, 'SPOKE_AT').sort()).toEqual(['周红', '李平']);
  });
  it('他要求 speaks for the last subject', () => {
    const a = analyse('12月27日下午，市委书记彭佳学到新绍兴一中建设工地调研。他要求项目相关部门要进一步分解落实工作任务。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual(['彭佳学']);
    expect(rolesOf(a, 'ATTENDED')).toEqual(['彭佳学']);
  });

  it('作…报告 is a speech at the meeting', () => {
    const a = analyse('十四届全国人大常委会第三次会议在京举行。会议听取了宪法和法律委员会副主任委员沈春耀作的关于对外关系法草案审议结果的报告。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual(['沈春耀']);
  });

  it('a list of titled experts followed by 先后发言 all spoke', () => {
    const a = analyse('经济社会领域专家座谈会24日召开。座谈会上，北京大学国家发展研究院名誉院长林毅夫、上海交通大学安泰经济与管理学院教授陆铭、中国社会科学院世界经济与政治研究所所长张宇燕等9位专家代表先后发言。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual(['林毅夫', '陆铭', '张宇燕']);
  });
});

describe('positions', () => {
  it('a title whose body the article names on its own gives HOLDS_POSITION with the title', () => {
    const a = analyse('市委召开全市工作会议。市委书记盛阅春强调，要抓好落实。', null, '2021-12-06');
    const pos = a.facts.filter((f) => f.type === 'HOLDS_POSITION');
    expect(pos).toHaveLength(1);
    expect(pos[0]!.to).toEqual({ label: 'Organization', name: '市委' });
    expect(pos[0]!.properties).toEqual({ title: '市委书记', date: '2021-12-06' });
  });

  it('a body named only inside the title still gets the position (市委书记 → 市委)', () => {
    const a = analyse('全市工作会议召开。市委书记盛阅春强调，要抓好落实。');
    const pos = a.facts.filter((f) => f.type === 'HOLDS_POSITION');
    expect(pos.map((f) => f.to)).toEqual([{ label: 'Organization', name: '市委' }]);
  });
});

describe('references are not facts', () => {
  it('a speech referred to (…时的重要讲话精神) gives no role', () => {
    const a = analyse('全国宣传部长会议召开。他强调，要深入学习贯彻习近平总书记在广东考察时的重要讲话精神。');
    expect(rolesOf(a, 'ATTENDED')).toEqual([]);
  });
  it('以习近平同志为核心的党中央 is no speech', () => {
    const a = analyse('领导小组全体会议召开。韩正表示，这是以习近平同志为核心的党中央作出的重大决策部署。');
    expect(rolesOf(a, 'SPOKE_AT')).toEqual(['韩正']);
  });
  it('a visit verb inside a report title (作的关于检查…的报告) is no visit', () => {
    const a = analyse('十四届全国人大常委会第三次会议在京举行。会议听取了全国人大常委会副委员长肖捷作的关于检查特种设备安全法实施情况的报告。');
    expect(rolesOf(a, 'ATTENDED')).toEqual([]);
    expect(rolesOf(a, 'SPOKE_AT')).toEqual(['肖捷']);
  });
  it('会议由X主持，Y参加: the presider did not attend by that verb', () => {
    const a = analyse('专题学习会召开。会议由党委书记陈金印主持，校党委理论学习中心组全体成员参加学习。');
    expect(rolesOf(a, 'PRESIDED')).toEqual(['陈金印']);
    expect(rolesOf(a, 'ATTENDED')).toEqual([]);
  });
});
