// Records that a schema migration file was applied (idempotent).
MERGE (m:SchemaMigration {name: $name})
SET m.checksum = $checksum, m.appliedAt = datetime()
