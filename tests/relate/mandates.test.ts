import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/workflows/analyse.js';
import type { Article } from '../../src/document.js';

const analyse = (body: string) => analyseArticle({ id: 't', path: 't', title: null, date: null, source: null, url: null, body });

/** MANDATES facts as "event name -> policy name / target text". */
function mandates(a: Article): string[] {
  return a.facts
    .filter((f) => f.type === 'MANDATES')
    .map((f) => {
      const from = f.from.label === 'Event' ? a.events[f.from.index]!.name : '';
      const to = f.to.label === 'Policy' ? f.to.name : f.to.label === 'Target' ? a.targets[f.to.index]!.text : '';
      return `${from} -> ${to}`;
    });
}

describe('MANDATES', () => {
  it('ties what the speaker and the meeting call for to the reported meeting', () => {
    const a = analyse(
      '3月5日，全市河湖长制工作会议召开。市委书记王立新出席并讲话。\n' +
        '王立新强调，要全面落实河湖长制，常态化开展“清四乱”行动。\n' +
        '会议要求，年内完成河道整治50公里以上。',
    );
    const m = mandates(a);
    expect(m.some((x) => /河湖长制工作会议 -> 清四乱/.test(x))).toBe(true);
    expect(m.some((x) => /河湖长制工作会议 -> .*50公里/.test(x))).toBe(true);
  });

  it('does not tie a policy to a meeting the article only refers to later', () => {
    const a = analyse(
      '6月2日，全省生态环境保护大会在太原召开。省委书记李明出席并讲话。\n' +
        '李明指出，上一次全省生态环境保护大会以来，各地扎实推进污染防治攻坚战。要深入实施河湖长制。',
    );
    const froms = new Set(mandates(a).map((x) => x.split(' -> ')[0]));
    expect(froms.size).toBe(1);
    expect([...froms][0]).toContain('全省生态环境保护大会');
  });

  it('hands what follows a later report in the body to that event', () => {
    const a = analyse(
      '5月17日，全省水利工作会议在太原召开。省委书记李明出席并讲话。\n' +
        '李明强调，要全面落实河湖长制。\n' +
        '5月16日下午，李明在运城调研。他指出，要深入实施“退盐还湖”。',
    );
    const m = mandates(a);
    expect(m.some((x) => /水利工作会议 -> 河湖长制/.test(x))).toBe(true);
    expect(m.some((x) => /运城调研 -> 退盐还湖/.test(x))).toBe(true);
  });

  it('leaves out a document that is only studied', () => {
    const a = analyse('9月3日，市委理论学习中心组召开专题学习会议。会议传达学习了《关于推进作风建设的实施方案》。');
    expect(a.policies.map((p) => p.name)).toContain('关于推进作风建设的实施方案');
    expect(mandates(a)).toEqual([]);
  });

  it('leaves out goals stated in the reporter’s voice', () => {
    const a = analyse('4月9日，全市教育工作会议召开。\n记者了解到，我市将在2025年年底实现中小学心理教师配备率100%。');
    expect(a.targets.length).toBe(1);
    expect(mandates(a)).toEqual([]);
  });
});
