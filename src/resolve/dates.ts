/**
 * Event dates as printed, completed from the article date: ISO YYYY-MM-DD when
 * the year is known (printed, or the article's), MM-DD when not. A month-day
 * more than half a year after the article's is last year's (12月30日 in a report
 * of 2024-01-03); 今天/昨天 count from the article date.
 */

/** Days from the article date that a relative day word names. */
const RELATIVE_DAYS: Record<string, number> = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2 };
// 今天的 is mostly "today's" as in nowadays (一中的昨天、今天和明天 reads the same), so a day word before 的 does not count.
const RELATIVE_DAY = new RegExp(`(?:${Object.keys(RELATIVE_DAYS).join('|')})(?![的、和])`);

/** 6月29日 with article date 2023-06-30 → 2023-06-29; without an article date → 06-29; null when not a calendar day. */
export function completeDate(printed: { year?: string; month?: string; day: string }, articleDate: string | null): string | null {
  const [ay, am] = articleDate?.split('-') ?? [];
  const month = printed.month ?? am;
  if (!month) return null;
  const mm = month.padStart(2, '0');
  const dd = printed.day.padStart(2, '0');
  if (Number(mm) > 12 || Number(dd) > 31 || Number(mm) < 1 || Number(dd) < 1) return null;
  let year = printed.year ?? ay;
  if (!printed.year && ay && am && Number(mm) - Number(am) > 6) year = String(Number(ay) - 1);
  return year ? `${year}-${mm}-${dd}` : `${mm}-${dd}`;
}

/** 今天上午 / 昨天 in a sentence of an article dated 2023-06-30 → 2023-06-30 / 2023-06-29; null without an article date. */
export function relativeDate(sentence: string, articleDate: string | null): string | null {
  const m = RELATIVE_DAY.exec(sentence);
  if (!m || !articleDate || !/^\d{4}-\d{2}-\d{2}$/.test(articleDate)) return null;
  const d = new Date(`${articleDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + RELATIVE_DAYS[m[0]]!);
  return d.toISOString().slice(0, 10);
}
