// activity: how a person's activity rises and falls — their events per year with the roles they had
// (the year of the event's date; MM-DD dates (monthDay), whose year is unknown, and missing dates count as undated).
// The person is matched by name, alias or id; namesakes in different places are listed apart.
:param name => '马卫光';
MATCH (p:Person)-[r:PRESIDED|SPOKE_AT|ATTENDED]->(e:Event)
WHERE p.name = $name OR $name IN p.aliases OR p.id = $name
WITH p, e, collect(type(r)) AS roles,
     CASE WHEN e.date IS NOT NULL THEN toString(e.date.year) ELSE 'undated' END AS year
ORDER BY e.date, e.monthDay, e.name
WITH p, year, count(e) AS events,
     sum(CASE WHEN 'PRESIDED' IN roles THEN 1 ELSE 0 END) AS presided,
     sum(CASE WHEN 'SPOKE_AT' IN roles THEN 1 ELSE 0 END) AS spoke,
     sum(CASE WHEN 'ATTENDED' IN roles THEN 1 ELSE 0 END) AS attended,
     collect(trim(coalesce(toString(e.date), e.monthDay, '') + ' ' + e.name)) AS all_events
RETURN p.name AS person, p.id AS id, year, events, presided, spoke, attended, all_events[0..5] AS examples
ORDER BY id, year = 'undated', year;
