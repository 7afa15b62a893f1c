// targets-by-deadline: quantified targets (Target) by deadline, with the event that set them.
// $deadline filters on the printed deadline (contains: '2025' finds 2025年 and 到2025年底); '' lists every target with a deadline.
:param deadline => '2025';
MATCH (e:Event)-[m:MANDATES]->(t:Target)
WHERE t.deadline IS NOT NULL AND ($deadline = '' OR t.deadline CONTAINS $deadline)
RETURN t.deadline AS deadline, t.text AS target, t.value AS value, t.unit AS unit,
       e.name AS event, coalesce(toString(e.date), e.monthDay) AS date, m.articles AS articles
ORDER BY deadline, date, target;
