// The schema migrations already applied, with the checksum of the file that was applied.
MATCH (m:SchemaMigration)
RETURN m.name AS name, m.checksum AS checksum
ORDER BY name
