import { describe, expect, it } from 'vitest';
import { completeDate, relativeDate } from '../../src/resolve/dates.js';
import { analyseArticle } from '../../src/workflows/analyse.js';

describe('event dates', () => {
  it('takes the year from the article date and is ISO when it is known, MM-DD when not', () => {
    expect(completeDate({ month: '6', day: '29' }, '2023-06-30')).toBe('2023-06-29');
    expect(completeDate({ day: '3' }, '2023-06-30')).toBe('2023-06-03');
    expect(completeDate({ year: '2022', month: '12', day: '1' }, '2023-06-30')).toBe('2022-12-01');
    expect(completeDate({ month: '6', day: '29' }, null)).toBe('06-29');
    expect(completeDate({ month: '13', day: '1' }, null)).toBeNull();
  });

  it('gives a month-day long after the article date last year (12月30日 in a January report)', () => {
    expect(completeDate({ month: '12', day: '30' }, '2024-01-03')).toBe('2023-12-30');
    expect(completeDate({ month: '3', day: '5' }, '2024-02-20')).toBe('2024-03-05');
  });

  it('resolves 今天/昨天 against the article date, not "today\'s" (今天的) and not without an article date', () => {
    expect(relativeDate('昨天，校庆庆典活动拉开帷幕', '2017-10-06')).toBe('2017-10-05');
    expect(relativeDate('今天上午，全市工作会议召开', '2024-03-01')).toBe('2024-03-01');
    expect(relativeDate('昨日，会议在京召开', '2024-03-01')).toBe('2024-02-29');
    expect(relativeDate('今天的绍兴，处处生机', '2024-03-01')).toBeNull();
    expect(relativeDate('今天上午，全市工作会议召开', null)).toBeNull();
  });

  it('dates an event reported as held 昨天', () => {
    const a = analyseArticle({ id: 'x', path: 'x.txt', title: null, date: '2021-08-28', source: null, url: null, body: '昨天，全市深化创建全国文明城市工作推进会召开。市委书记马卫光出席会议并讲话。' });
    expect(a.events.map((e) => e.date)).toContain('2021-08-27');
  });
});
