// Every source, for the export, in id order.
MATCH (s:Source)
RETURN s {.id, .title, .publisher, .url, .published, .retrieved, .language} AS source
ORDER BY s.id
