// place-meetings: the events held in a place (HELD_IN), its subdivisions included (PART_OF: 清徐县 counts for 太原市).
// The place is matched by name or alias (太原 finds 太原市).
:param place => '太原市';
MATCH (l:Location)
WHERE l.name = $place OR $place IN l.aliases
MATCH (sub:Location)-[:PART_OF*0..3]->(l)
MATCH (e:Event)-[h:HELD_IN]->(sub)
RETURN DISTINCT coalesce(toString(e.date), e.monthDay) AS date, e.name AS event, sub.name AS held_in, h.articles AS articles
ORDER BY date, event;
