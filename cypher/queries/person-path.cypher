// person-path: the shortest chain of events linking two people (person — event — person …).
// `meetings` is the number of events on the chain; `path` alternates people and events.
:param from => '马卫光';
:param to => '韦韬';
MATCH (a:Person), (b:Person)
WHERE a.name = $from AND b.name = $to AND a <> b
MATCH path = shortestPath((a)-[:PRESIDED|SPOKE_AT|ATTENDED*..12]-(b))
RETURN length(path) / 2 AS meetings,
       [n IN nodes(path) | CASE WHEN n:Event THEN trim(coalesce(toString(n.date), n.monthDay, '') + ' ' + n.name) ELSE n.name END] AS path
ORDER BY meetings
LIMIT 1;
