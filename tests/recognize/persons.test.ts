import { describe, expect, it } from 'vitest';
import { analyse, personsOf, titlesOf } from '../helpers/analyse.js';

describe('persons from title chains', () => {
  it('reads every title of a chain and the name after it', () => {
    const a = analyse('6月29日,全市河湖长制林长制工作会议召开,省委常委、市委书记、市总河湖长、市总林长韦韬出席并讲话。');
    expect(personsOf(a)).toEqual(['韦韬']);
    expect(titlesOf(a, '韦韬')).toEqual(['省委常委', '市委书记', '市总河湖长', '市总林长']);
  });

  it('ends a three-character name where the verb starts', () => {
    const a = analyse('市委副书记、市长张新伟主持。');
    expect(personsOf(a)).toEqual(['张新伟']);
    expect(titlesOf(a, '张新伟')).toEqual(['市委副书记', '市长']);
  });

  it('keeps the organization prefix of a title, including one with 和 inside', () => {
    const a = analyse('工业和信息化部部长肖亚庆出席会议。');
    expect(titlesOf(a, '肖亚庆')).toEqual(['工业和信息化部部长']);
  });

  it('stops the title at 在 and separates companions joined by 和', () => {
    const a = analyse('习近平在山西省委书记林武和省长蓝佛安陪同下，来到临汾考察调研。');
    expect(personsOf(a)).toEqual(expect.arrayContaining(['习近平', '林武', '蓝佛安']));
    expect(titlesOf(a, '林武')).toEqual(['山西省委书记']);
    expect(titlesOf(a, '蓝佛安')).toEqual(['省长']);
  });

  it('gives a title before a list to every name in it', () => {
    const a = analyse('全国政协副主席沈跃跃、王勇、邵鸿、高云龙作了交流发言。');
    for (const n of ['沈跃跃', '王勇', '邵鸿', '高云龙']) expect(titlesOf(a, n)).toEqual(['全国政协副主席']);
  });

  it('reads a title after the name before 建议 (何晓东委员建议)', () => {
    expect(titlesOf(analyse('会上，何晓东委员建议，要加强对政府采购的监督。'), '何晓东')).toEqual(['委员']);
  });

  it('reads a title printed after the name', () => {
    const a = analyse('在朱雯校长、陈银伟书记等学校班子成员的带领下，于学军副主任出席会议并讲话。');
    expect(titlesOf(a, '朱雯')).toEqual(['校长']);
    expect(titlesOf(a, '陈银伟')).toEqual(['书记']);
    expect(titlesOf(a, '于学军')).toEqual(['副主任']);
  });

  it('does not take a name from an organization that stands before a title word', () => {
    const a = analyse('全国人大常委会委员长赵乐际出席。');
    expect(personsOf(a)).toEqual(['赵乐际']);
    expect(titlesOf(a, '赵乐际')).toEqual(['全国人大常委会委员长']);
  });
});

describe('persons without titles', () => {
  it('reads a collective list of leaders', () => {
    const a = analyse('市领导杨继承、卢秋生、裴耀军、王剑峰、李永强出席。');
    expect(personsOf(a)).toEqual(['杨继承', '卢秋生', '裴耀军', '王剑峰', '李永强']);
    expect(titlesOf(a, '杨继承')).toEqual([]);
  });

  it('reads bare list neighbours of a found name', () => {
    const a = analyse('丁薛祥、刘鹤、黄坤明、肖捷、何立峰参加。');
    expect(personsOf(a)).toEqual(['丁薛祥', '刘鹤', '黄坤明', '肖捷', '何立峰']);
  });

  it('reads a bare name before a role verb at a clause start, and its later mentions', () => {
    const a = analyse('张新伟主持\n本报讯 会议召开。张新伟在主持会议时指出，要提高站位。');
    expect(a.persons.filter((p) => p.name === '张新伟')).toHaveLength(2);
  });

  it('reads reporters and photographers from credits', () => {
    const a = analyse('本报讯(记者 殷雪莺 胡引平)6月29日,全市工作会议召开。\n全市河湖长制林长制工作会议会场。梁琛 摄');
    expect(personsOf(a)).toEqual(expect.arrayContaining(['殷雪莺', '胡引平', '梁琛']));
  });

  it('does not read ordinary words as names', () => {
    const a = analyse('习近平总书记高度重视科技创新，文化在发展中作用突出。');
    expect(personsOf(a)).toEqual(['习近平']);
  });
});

describe('more person shapes', () => {
  it('reads foreign leaders after a country title without a Chinese surname', () => {
    const a = analyse('老挝总理通伦主持会议。柬埔寨首相洪森、越南总理阮春福出席。');
    expect(personsOf(a)).toEqual(['通伦', '洪森', '阮春福']);
    expect(titlesOf(a, '洪森')).toEqual(['柬埔寨首相']);
  });

  it('reads a credit closing the last paragraph', () => {
    expect(personsOf(analyse('会议召开，市长张三主持工作。 (王志强)'))).toContain('王志强');
  });
});

describe('names marked by 同志, 等 and split titles', () => {
  it('reads 同志 after a name', () => {
    expect(personsOf(analyse('宣读了关于追授崔煜忠同志为优秀共产党员的决定。'))).toEqual(['崔煜忠']);
  });
  it('reads a bare name before 等 and a role verb', () => {
    expect(personsOf(analyse('何立峰等出席会议。'))).toEqual(['何立峰']);
  });
  it('reads a name between an organization and its head (省委骆惠宁书记)', () => {
    const a = analyse('省委骆惠宁书记在会上讲话。');
    expect(titlesOf(a, '骆惠宁')).toEqual(['书记']);
  });
  it('reads a dictionary name before a title whatever follows', () => {
    expect(titlesOf(analyse('习近平主席前不久倡议各国努力。'), '习近平')).toEqual(['主席']);
  });
  it('reads the reporter in a dateline credit', () => {
    expect(personsOf(analyse('本报北京8月24日电  （记者张慧中）国务院总理李克强24日上午出席会议。'))).toEqual(expect.arrayContaining(['张慧中', '李克强']));
  });
});

describe('lists and foreign leaders', () => {
  it('reads a list of three or more bare names', () => {
    expect(personsOf(analyse('丁薛祥、刘鹤、陈希、何立峰和中央有关部门负责同志陪同考察。'))).toEqual(['丁薛祥', '刘鹤', '陈希', '何立峰']);
  });
  it('reads two bare names that open a clause and attend: A、B及…负责同志陪同, A、B等参加', () => {
    expect(personsOf(analyse('国务院副总理在湖南考察。邵明轩、柯友良及中央有关部门负责同志陪同考察。'))).toEqual(['邵明轩', '柯友良']);
    expect(personsOf(analyse('邵明轩、柯友良等参加会议。'))).toEqual(['邵明轩', '柯友良']);
    expect(personsOf(analyse('安徽、江苏等参加会议。江西、湖南及有关部门负责同志出席。'))).toEqual([]);
  });
  it('does not read a list of ordinary words as names', () => {
    expect(personsOf(analyse('要符合完整性、先进性、安全性要求，做到治山、治水、治气。'))).toEqual([]);
  });
  it('reads a foreign head of state whose country jieba takes for a name', () => {
    const a = analyse('马拉维总统查克维拉、冰岛总理雅各布斯多蒂尔等外国政要出席。');
    expect(personsOf(a)).toEqual(['查克维拉', '雅各布斯多蒂尔']);
    expect(titlesOf(a, '查克维拉')).toEqual(['马拉维总统']);
  });
  it('reads the editor credit', () => {
    expect(personsOf(analyse('会议召开。\n【编辑：李甫仓】'))).toEqual(['李甫仓']);
  });
});

describe('transliterated names in diplomatic news', () => {
  it('ends a foreign name at the next word', () => {
    const a = analyse('国家主席习近平同哈萨克斯坦总统托卡耶夫通电话。塔吉克斯坦总统拉赫蒙互致贺电。美国总统特朗普制造混乱。');
    expect(personsOf(a)).toEqual(['习近平', '托卡耶夫', '拉赫蒙', '特朗普']);
    expect(titlesOf(a, '托卡耶夫')).toEqual(['哈萨克斯坦总统']);
  });
  it('reads no name when a word follows the title (愿同托卡耶夫总统一道努力)', () => {
    expect(personsOf(analyse('习近平表示，愿同托卡耶夫总统一道努力。'))).not.toContain('一道努力');
  });
  it('ends a dotted name at the next word', () => {
    expect(personsOf(analyse('国际滑雪联合会主席约翰·埃利亚施表示，北京冬奥会准备充分。'))).toContain('约翰·埃利亚施');
  });
});

describe('untitled people marked by the words around them', () => {
  it('reads a name before an honorific, and the bare names listed before it', () => {
    expect(personsOf(analyse('充分体现了鲁家贤、车越乔先生爱国爱乡的赤子情怀。'))).toEqual(['鲁家贤', '车越乔']);
    expect(personsOf(analyse('马卫光向高二年级长、浙江省师德先进个人王月琴老师表达了节日的慰问。'))).toContain('王月琴');
  });
  it('reads a name fused with the organization before it (生物组赵正瑜老师)', () => {
    expect(personsOf(analyse('生物组赵正瑜老师以《平凡的世界》两位主人公的经历展开。'))).toEqual(['赵正瑜']);
  });
  it('reads no name from 老先生 or from a word before an honorific', () => {
    expect(personsOf(analyse('鲁老先生朴实的话语中透露出深情。各位老师、全体同学参加活动。'))).toEqual([]);
  });
  it('reads a name after a role noun, before a verb or a word for home', () => {
    const a = analyse('随后来到受灾村民师红兵家中看望。16级思想政治教育专业的学生廖妍婷说：“深感责任重大。”');
    expect(personsOf(a)).toEqual(['师红兵', '廖妍婷']);
  });
  it('reads no name after a role noun when a function word follows it (记者从…获悉)', () => {
    expect(personsOf(analyse('记者从市教育局获悉，全市中小学将于下周开学。'))).toEqual([]);
  });
});

describe('name ends', () => {
  it('keeps a name ending in 中 after a title and in a bare list', () => {
    expect(titlesOf(analyse('应急管理部部长张成中主持会议。'), '张成中')).toEqual(['应急管理部部长']);
    expect(personsOf(analyse('刘南昌、安伟、栗金强、范付中、牛兰英、王振清等副市级以上领导在分会场收看。'))).toEqual(['刘南昌', '安伟', '栗金强', '范付中', '牛兰英', '王振清']);
  });
  it('reads no name ending in 中 where 中 follows a word (会议中)', () => {
    expect(personsOf(analyse('在工作中强调，在会议中要求。'))).toEqual([]);
  });
  it('keeps 和 or 同 at the end of a name when a verb or 等 follows it', () => {
    expect(personsOf(analyse('中央军委委员常万全、马晓天、魏凤和出席。'))).toContain('魏凤和');
    expect(personsOf(analyse('县领导董庆华、黄锦耀、陈国苗、林小同等参加会议。'))).toContain('林小同');
  });
});

describe('names after titles that jieba knows', () => {
  it('reads a name jieba tags after a title, whatever word follows', () => {
    expect(titlesOf(analyse('中共中央总书记、国家主席、中央军委主席习近平日前作出重要指示。'), '习近平')).toEqual(['中共中央总书记', '国家主席', '中央军委主席']);
    expect(personsOf(analyse('省委党史研究室主任俞银先莅临我校。'))).toEqual(['俞银先']);
  });
  it('does not take doubled characters or 顾问 for a name after a title', () => {
    expect(personsOf(analyse('校长助理、高级顾问殷殷嘱托大家。'))).toEqual([]);
  });
  it('reads a Chinese name before a head foreign leaders share (李强总理)', () => {
    expect(titlesOf(analyse('按照李强总理等中央领导同志批示要求。'), '李强')).toEqual(['总理']);
  });
});

describe('vetoes', () => {
  it('reads no person from 师生代表 or from 边学习、边实践', () => {
    expect(personsOf(analyse('与我校优秀青年师生代表进行座谈交流。'))).toEqual([]);
    expect(personsOf(analyse('全国人大常委会坚持边学习、边实践、边总结，推动各项工作。'))).toEqual([]);
  });
  it('reads no person from an office credited for the text', () => {
    expect(personsOf(analyse('会议召开。\n（宣传部）'))).toEqual([]);
  });
});

describe('lists', () => {
  it('reads the names listed with a name found later in the article', () => {
    const a = analyse('学校领导班子王琛、蒋明、俞奇弘，以及各处室负责人接待。党委书记、校长王琛汇报了开学工作。');
    expect(personsOf(a)).toEqual(['王琛', '蒋明', '俞奇弘']);
  });
});

describe('credits in bylines', () => {
  it('reads reporters credited with their outlet or as writers, as furniture', () => {
    const a = analyse('■绍兴日报首席记者 张科勇\n融媒体记者 李伯俭\n会议召开。\n撰稿：金笛');
    expect(personsOf(a)).toEqual(['张科勇', '李伯俭', '金笛']);
    expect(a.persons.every((p) => p.via === 'credit')).toBe(true);
  });
  it('reads the reporter in a closing (记者刘勇)', () => {
    expect(personsOf(analyse('会议召开，加强队伍建设。 (记者刘勇)'))).toEqual(['刘勇']);
  });
});

describe('title chains joined by 兼, and heads read from the words around them', () => {
  it('keeps two posts joined by 兼 as one title', () => {
    expect(titlesOf(analyse('泰国副总理兼商业部长普坦、东盟秘书长高金洪出席。'), '普坦')).toEqual(['泰国副总理兼商业部长']);
    expect(titlesOf(analyse('全国政协副主席兼秘书长王东峰等分别就有关议题作发言。'), '王东峰')).toEqual(['全国政协副主席兼秘书长']);
  });
  it('reads a name jieba splits after a title when a verb follows it', () => {
    const a = analyse('讲座邀请中央纪委国家监委法规室副局级纪检监察员周鹏飞围绕新修订的条例作专题讲座。');
    expect(titlesOf(a, '周鹏飞')).toEqual(['中央纪委国家监委法规室副局级纪检监察员']);
  });
  it('reads no name from a word after a title (书记为大家讲授, 主任高度重视)', () => {
    expect(personsOf(analyse('书记为大家讲授党课。局长先后来到。书记还深入基层。主任高度重视。'))).toEqual([]);
  });
  it('reads 干部 as a head only with its unit, never in 干部群众', () => {
    expect(titlesOf(analyse('研究室副处长陈安宁、办公厅干部牛召等调研指导工作。'), '牛召')).toEqual(['办公厅干部']);
    expect(personsOf(analyse('全市党员干部群众积极参与。要求广大纪检监察干部以自身正保障自身硬。'))).toEqual([]);
  });
  it('reads a name whose given name jieba took for the prefix of the title (沈国民委员)', () => {
    expect(titlesOf(analyse('会上，沈国民委员指出，在政府采购中要引入监督。'), '沈国民')).toEqual(['委员']);
  });
  it('keeps foreign leaders foreign when the country jieba tags as a name is not in the gazetteer', () => {
    const a = analyse('习近平会见汤加首相索瓦莱尼。汤加总理索瓦莱尼出席。');
    expect(personsOf(a)).not.toContain('汤加');
    expect(titlesOf(a, '索瓦莱尼')).toContain('汤加总理');
  });
});

describe('more lists', () => {
  it('reads the last item of a list joined by 和 after a found name', () => {
    const a = analyse('高央、朱雯和卢燎亚分别代表双方签约。朱雯校长致辞。');
    expect(personsOf(a)).toEqual(['高央', '朱雯', '卢燎亚']);
  });
  it('reads people listed with their units before 等 and a count', () => {
    const a = analyse('绍兴市第七人民医院田国强、市教育教学研究院徐伟英、上虞区教师进修学校章惠珍等43位心理医生被聘为咨询师。');
    expect(personsOf(a)).toEqual(['田国强', '徐伟英', '章惠珍']);
  });
  it('reads no people from a list of bodies before 等 and a count', () => {
    expect(personsOf(analyse('市教育局、市卫健委、市民政局等10个部门参加。'))).toEqual([]);
  });
  it('reads no name after 、 when the item before is an ordinary word (楸树、栾树等在)', () => {
    expect(personsOf(analyse('一株株楸树、栾树等在高铁沿线的林场上昂然挺立。'))).toEqual([]);
  });
  it('reads no name from a role noun before an ordinary word (运动员陆续到来)', () => {
    expect(personsOf(analyse('随着国内外代表团运动员陆续到来，北京冬奥会赛区进入冲刺阶段。'))).toEqual([]);
  });
});

describe('mentions cut short', () => {
  it('extends a mention to a longer name found elsewhere in the article (朱杨|柱身着)', () => {
    const a = analyse('航天员朱杨柱身着黄色条纹舱外服，随后也顺利出舱。航天员朱杨柱在舱壁攀爬了100多个舱壁扶手。');
    expect(personsOf(a)).toEqual(['朱杨柱']);
  });
});

describe('title prefixes jieba mis-tags', () => {
  it('keeps a one-character body, a place jieba takes for a name and a listed word in the prefix', () => {
    expect(titlesOf(analyse('县人大常委会副主任陈孝沈参加。'), '陈孝沈')).toEqual(['县人大常委会副主任']);
    expect(titlesOf(analyse('黄石市委副书记、市长吴锦出席。'), '吴锦')).toEqual(['黄石市委副书记', '市长']);
    expect(titlesOf(analyse('绍兴市青年联合会委员金志鹏出席。'), '金志鹏')).toEqual(['绍兴市青年联合会委员']);
  });
  it('keeps a county\'s short name jieba reads as a verb before its level character (昭觉/v|县委书记)', () => {
    expect(titlesOf(analyse('会议要求，昭觉县委书记吉克阿呷作交流发言。'), '吉克阿呷')).toEqual(['昭觉县委书记']);
  });
  it('keeps a body jieba tags as a verb or a name, and a unit fused with the head', () => {
    expect(titlesOf(analyse('审计署审计长侯凯作报告。'), '侯凯')).toEqual(['审计署审计长']);
    expect(titlesOf(analyse('业务处处长吴小樟参加。'), '吴小樟')).toEqual(['业务处处长']);
    expect(titlesOf(analyse('中央第九巡视组组长吴瀚飞参加。'), '吴瀚飞')).toEqual(['中央第九巡视组组长']);
    expect(titlesOf(analyse('市委常委、宣传部部长、市政府党组成员牛兰英出席。'), '牛兰英')).toEqual(['市委常委', '宣传部部长', '市政府党组成员']);
  });
  it('keeps a conjunction between a field and a body, not between two persons', () => {
    expect(titlesOf(analyse('省林业和草原局党组书记、局长张云龙出席。'), '张云龙')).toEqual(['省林业和草原局党组书记', '局长']);
    expect(titlesOf(analyse('在副市长丁晓燕和市教育局局长贺晓敏等陪同下考察。'), '贺晓敏')).toEqual(['市教育局局长']);
  });
  it('ends the prefix at a preposition jieba fuses with the body, and at punctuation it does not know', () => {
    expect(titlesOf(analyse('仪式由校党委书记陈银伟主持。'), '陈银伟')).toEqual(['校党委书记']);
    expect(titlesOf(analyse('为发展增光添彩——国家主席习近平发表贺词。'), '习近平')).toEqual(['国家主席']);
  });
  it('starts a title after a function word, a date, a count or 时任 the prefix walk took along', () => {
    expect(titlesOf(analyse('经中央军委主席习近平批准，中央军委印发《条例》。'), '习近平')).toEqual(['中央军委主席']);
    expect(titlesOf(analyse('2015年时任县委书记赵德明到村里调研。'), '赵德明')).toEqual(['县委书记']);
    expect(titlesOf(analyse('另一位航天员王浩泽在舱内配合。'), '王浩泽')).toEqual(['航天员']);
    expect(titlesOf(analyse('十三届全国政协副主席刘明远出席。'), '刘明远')).toEqual(['十三届全国政协副主席']);
  });
  it('reads no name from a verb of the dictionary after a title (成员宣誓就职)', () => {
    expect(personsOf(analyse('由李家超监誓，香港特别行政区行政会议成员宣誓就职。'))).not.toContain('宣誓');
  });
});

describe('titles joined across heads and titles after 任命…为', () => {
  it('joins a head with no name after it to the title that follows it directly', () => {
    expect(titlesOf(analyse('与中国人民解放军航天员大队特级航天员翟志刚一同互动。'), '翟志刚')).toEqual(['中国人民解放军航天员大队特级航天员']);
    expect(titlesOf(analyse('会议听取了全国人大常委会代表资格审查委员会主任委员杨晓超作的报告。'), '杨晓超')).toEqual(['全国人大常委会代表资格审查委员会主任委员']);
    expect(titlesOf(analyse('中共中央政治局委员、国务委员兼外长王毅出席。'), '王毅')).toEqual(['中共中央政治局委员', '国务委员兼外长']);
  });
  it('keeps a one-character body jieba splits off (国家发展改革委|宏观经济研究院院长)', () => {
    expect(titlesOf(analyse('国家发展改革委宏观经济研究院院长王昌林发言。'), '王昌林')).toEqual(['国家发展改革委宏观经济研究院院长']);
  });
  it('gives the names after 任命 the post after 为', () => {
    const a = analyse('会议任命刘俊臣、郭振华、何新为十四届全国人大常委会副秘书长。');
    for (const n of ['刘俊臣', '郭振华', '何新']) expect(titlesOf(a, n)).toEqual(['十四届全国人大常委会副秘书长']);
    expect(titlesOf(analyse('会议决定任命罗小云为江西省人民政府副省长。'), '罗小云')).toEqual(['江西省人民政府副省长']);
  });
  it('reads no appointment without a name and a post (任命书, 选举产生)', () => {
    expect(personsOf(analyse('任命书已下发。选举产生新一届委员会。'))).toEqual([]);
  });
});

describe('foreign titles', () => {
  it('reads the country before a foreign head back to the verb or preposition, not the clause', () => {
    const a = analyse('习近平会见汤加首相索瓦莱尼。4日同越南总理范明政会谈。李强会见来华正式访问的德国总理朔尔茨。');
    expect(titlesOf(a, '索瓦莱尼')).toEqual(['汤加首相']);
    expect(titlesOf(a, '范明政')).toEqual(['越南总理']);
    expect(titlesOf(a, '朔尔茨')).toEqual(['德国总理']);
  });
  it('ends a foreign name before 从 and 被, and reads no name after a meeting of foreign ministers (外长会)', () => {
    expect(personsOf(analyse('俄罗斯总统普京从莫斯科发来贺电。'))).toEqual(['普京']);
    expect(personsOf(analyse('美国前总统特朗普被起诉。'))).toEqual(['特朗普']);
    expect(personsOf(analyse('东盟外长会今天在雅加达开幕。'))).toEqual([]);
  });
  it('reads a gazetteer country jieba tags as another word (约旦/d国王)', () => {
    expect(titlesOf(analyse('习近平致电约旦国王阿卜杜拉二世。'), '阿卜杜拉二世')).toEqual(['约旦国王']);
  });
});

describe('verbs inside a body of a title', () => {
  it('keeps a verb between a body word and a verbal noun (中央巡视工作领导小组)', () => {
    expect(titlesOf(analyse('中央巡视工作领导小组成员杨晓超主持召开会议。'), '杨晓超')).toEqual(['中央巡视工作领导小组成员']);
  });
  it('ends the prefix at a verb before the body or place of the title', () => {
    expect(titlesOf(analyse('《求是》杂志发表中共中央总书记习近平的文章。'), '习近平')).toEqual(['中共中央总书记']);
  });
});

describe('bare names in fixed shapes of the genre', () => {
  it('reads the persons a personnel decision names after its verb', () => {
    expect(personsOf(analyse('会议表决通过了关于撤销张卫东、刘海波政协第十四届全国委员会委员资格的决定。'))).toEqual(['张卫东', '刘海波']);
    expect(personsOf(analyse('会议决定，罢免王大明的第十四届全国人民代表大会代表资格。'))).toEqual(['王大明']);
    expect(personsOf(analyse('会议通过了关于接受李小红辞去市人大常委会副主任职务的请求的决定。'))).toEqual(['李小红']);
  });
  it('ends a decided name before 的, and takes nothing from a decision on a thing', () => {
    expect(personsOf(analyse('决定免去郭雷的市审计局局长职务。'))).toEqual(['郭雷']);
    expect(personsOf(analyse('对违规企业依法撤销许可资格。'))).toEqual([]);
  });
  it('reads a name that opens a clause joined by 及 to the group attending with it', () => {
    expect(personsOf(analyse('周建华及省直有关部门负责同志陪同调研。'))).toEqual(['周建华']);
    expect(personsOf(analyse('高新区及各乡镇负责同志参加会议。'))).toEqual([]);
  });
  it('reads a bare name after a unit that opens a clause', () => {
    expect(personsOf(analyse('会上，县团委杨晓琳就青年志愿服务工作作了汇报。'))).toEqual(['杨晓琳']);
    expect(personsOf(analyse('随后，市教育局林海涛就全市招生工作作了说明。'))).toEqual(['林海涛']);
    expect(personsOf(analyse('我们将实行高水平的贸易和投资自由化便利化。'))).toEqual([]);
  });
});

describe('function words after a bare name', () => {
  it('reads no name ending in a function word jieba reads on its own (江西|将, 路|就, 党|的)', () => {
    expect(personsOf(analyse('作为产粮大省，江西将在新的一年抓好耕地保护。'))).toEqual([]);
    expect(personsOf(analyse('习近平强调，路就在脚下。'))).toEqual(['习近平']);
    expect(personsOf(analyse('他一步步成长为党的总书记。'))).toEqual([]);
  });
  it('reads no name opening with an adverb or a preposition before a pronoun (曾经|靠, 向|他)', () => {
    expect(personsOf(analyse('这里的村民曾经靠放牧为生。'))).toEqual([]);
    expect(personsOf(analyse('市委书记王建国同代表们握手，向他表示感谢。'))).toEqual(['王建国']);
    expect(titlesOf(analyse('会见新加坡副总理兼财政部长黄循财并共同主持会议。'), '黄循财')).toEqual(['新加坡副总理兼财政部长']);
    expect(personsOf(analyse('何卫东出席。'))).toEqual(['何卫东']);
  });
  it('keeps a one-character given name jieba tags as an adverb, and 和 ending a name', () => {
    expect(personsOf(analyse('会议决定，任命王小洪、秦刚为国务委员。'))).toEqual(['王小洪', '秦刚']);
    expect(personsOf(analyse('魏凤和出席。'))).toEqual(['魏凤和']);
  });
});

describe('four-character names without a surname of the table', () => {
  it('reads a Tibetan or Yi name after a title and in the list a title covers', () => {
    expect(titlesOf(analyse('州委副书记、州长阿西木呷主持会议。'), '阿西木呷')).toEqual(['州委副书记', '州长']);
    expect(personsOf(analyse('自治区人大常委会副主任格桑顿珠出席。'))).toEqual(['格桑顿珠']);
    expect(personsOf(analyse('全国政协副主席刘明远、格桑顿珠、陈建平出席。'))).toEqual(['刘明远', '格桑顿珠', '陈建平']);
  });
  it('reads no dictionary word, no name with a word after it, and no head run on as such a name', () => {
    expect(personsOf(analyse('要代表广大青年、依靠广大青年。'))).toEqual([]);
    expect(personsOf(analyse('这是总书记念兹在兹的大事。'))).toEqual([]);
    expect(personsOf(analyse('公司法定代表人王伟东被立案侦查。'))).not.toContain('人王伟东');
    expect(personsOf(analyse('朝鲜劳动党总书记、国务委员长金正恩致电。'))).not.toContain('长金正恩');
  });
});

describe('names after a title read by where they end', () => {
  it('reads a name with no listed surname up to a clause break or a role verb (Dai, Tibetan names)', () => {
    const a = analyse('州委常委、副州长岩罕亮，县委副书记玉香参加调研。');
    expect(personsOf(a)).toEqual(['岩罕亮', '玉香']);
    expect(titlesOf(a, '岩罕亮')).toEqual(['州委常委', '副州长']);
    expect(titlesOf(a, '玉香')).toEqual(['县委副书记']);
    expect(personsOf(analyse('县委副书记、县长达瓦次仁主持会议。'))).toEqual(['达瓦次仁']);
    expect(personsOf(analyse('市委书记扎西多吉一行到县调研。'))).toEqual(['扎西多吉']);
    expect(personsOf(analyse('镇党委副书记、镇长刀玉光同志讲话。'))).toEqual(['刀玉光']);
  });

  it('reads the name jieba joined with the head into one unknown word', () => {
    const a = analyse('县长格桑主持召开县政府常务会议。');
    expect(personsOf(a)).toEqual(['格桑']);
    expect(titlesOf(a, '格桑')).toEqual(['县长']);
  });

  it('reads such names in the list a title covers', () => {
    const a = analyse('副县长岩罕亮、刀玉光、玉香参加调研。');
    expect(personsOf(a)).toEqual(['岩罕亮', '刀玉光', '玉香']);
    for (const n of ['岩罕亮', '刀玉光', '玉香']) expect(titlesOf(a, n)).toEqual(['副县长']);
    expect(personsOf(analyse('副县长岩罕亮、各乡镇负责同志参加。'))).toEqual(['岩罕亮']);
  });

  it('reads a rare noun of jieba opening with a surname as the name', () => {
    const a = analyse('区教育局副局长文波应邀出席。');
    expect(personsOf(a)).toEqual(['文波']);
    expect(titlesOf(a, '文波')).toEqual(['区教育局副局长']);
  });

  it('reads a surname jieba splits off before a common word', () => {
    const a = analyse('党委书记周大学出席会议并讲话。周大学强调，要抓好落实。');
    expect(personsOf(a)).toEqual(['周大学']);
    expect(titlesOf(a, '周大学')).toEqual(['党委书记']);
  });

  it('reads a word jieba takes for a place before a role verb, or where the article goes on to use it as a name', () => {
    expect(personsOf(analyse('县委书记扎西主持会议。'))).toEqual(['扎西']);
    expect(personsOf(analyse('会议由县委书记扎西，县长岩温共同主持。扎西强调，要抓好落实。'))).toEqual(['扎西', '岩温']);
    expect(personsOf(analyse('会议由县委书记扎西，县长岩温共同主持。'))).toEqual(['岩温']);
  });

  it('reads an unknown word opening with a verb only where the article goes on to use it as a name', () => {
    expect(personsOf(analyse('县委副书记通迪主持会议。通迪强调，要抓好落实。'))).toEqual(['通迪']);
    expect(personsOf(analyse('叙总统获邀出席大会。'))).toEqual([]);
    expect(personsOf(analyse('联合国安理会非洲成员加蓬、莫桑比克当天发表声明。'))).toEqual([]);
  });

  it('takes no common word, time, modal, verb or piece of another head for a name', () => {
    expect(personsOf(analyse('会议决定，免去其副县长职务，另有任用。'))).toEqual([]);
    expect(personsOf(analyse('县长当天主持召开常务会议。'))).toEqual([]);
    expect(personsOf(analyse('领导干部要学在前、做在前。'))).toEqual([]);
    expect(personsOf(analyse('新任行政会议成员宣誓就职。'))).toEqual([]);
    expect(personsOf(analyse('这些年轻代表都是在基层一线成长起来的。'))).toEqual([]);
    expect(personsOf(analyse('驻村第一书记吃住在村，与群众打成一片。'))).toEqual([]);
    expect(personsOf(analyse('大江南北，总书记念兹在兹，'))).not.toContain('念兹在兹');
    expect(personsOf(analyse('该公司法定代表人杨双全，'))).not.toContain('人杨双全');
  });

  it('ends no name at a verb jieba did not know after a name it knows, nor opens one with a verb before such a name', () => {
    expect(personsOf(analyse('国务院举行宪法宣誓仪式，国务院总理李强监誓。'))).not.toContain('李强监誓');
    expect(personsOf(analyse('前不久，该国总书记应习近平总书记邀请访华。'))).not.toContain('应习近平');
  });

  it('takes no noun jieba saw often enough to be a common word', () => {
    expect(personsOf(analyse('听到总书记全票当选，代表们无比振奋。'))).not.toContain('全票');
  });
});
