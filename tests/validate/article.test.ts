import { describe, expect, it } from 'vitest';
import { articleIssues } from '../../src/validate/article.js';
import { analyse } from '../helpers/analyse.js';

describe('per-article validation', () => {
  it('passes a normal article', () => {
    expect(articleIssues(analyse('全市工作会议召开，市长张新伟主持。'))).toEqual([]);
  });
  it('names a span outside the text and an empty name', () => {
    const a = analyse('全市工作会议召开，市长张新伟主持。');
    a.organizations.push({ name: '', start: -6, end: 4 });
    a.persons.push({ name: '张新伟', start: 5, end: 500, titles: [], via: 'known' });
    expect(articleIssues(a)).toEqual([
      expect.stringMatching(/^person "张新伟" has span 5-500 outside the text/),
      expect.stringMatching(/^organization "" has span -6-4 outside the text/),
    ]);
  });
});
