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
