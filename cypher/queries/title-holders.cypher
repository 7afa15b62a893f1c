// title-holders: who held a title on a date. Evidence is every article that prints the title
// beside the person (MENTIONED_IN titles, at the article date) or states the position (HOLDS_POSITION
// title, date); a printed title matches when it is $title or ends with it (国务院总理 for 总理; 副市长 is not 市长).
// `last_seen` is the latest evidence on or before $date, `next_seen` the first after it (null: none):
// the holder on the date is most likely the first row; a row with a next_seen held it across the date.
:param title => '市委书记';
:param date => '2023-06-30';
CALL {
  MATCH (p:Person)-[m:MENTIONED_IN]->(a:Article)
  WHERE a.date IS NOT NULL AND any(t IN coalesce(m.titles, []) WHERE t = $title OR (t ENDS WITH $title AND NOT t ENDS WITH '副' + $title))
  RETURN p, a.date AS seen, a.id AS article
  UNION
  MATCH (p:Person)-[h:HOLDS_POSITION]->(:Organization)
  WHERE h.date IS NOT NULL AND (h.title = $title OR (h.title ENDS WITH $title AND NOT h.title ENDS WITH '副' + $title))
  UNWIND h.articles AS article
  RETURN p, h.date AS seen, article
}
WITH p, collect(DISTINCT seen) AS dates, collect(DISTINCT article) AS articles
WITH p, articles, [d IN dates WHERE d <= $date] AS before, [d IN dates WHERE d > $date] AS after
WHERE size(before) > 0
RETURN p.name AS person, p.id AS id,
       reduce(m = '', d IN before | CASE WHEN d > m THEN d ELSE m END) AS last_seen,
       reduce(m = null, d IN after | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) AS next_seen,
       articles
ORDER BY last_seen DESC, person;
