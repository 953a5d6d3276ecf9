// Ids are the identity of everything the importer writes; each lookup by id is backed by the
// uniqueness constraint's index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT citation_id IF NOT EXISTS FOR (n:Citation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT schema_migration_name IF NOT EXISTS FOR (n:SchemaMigration) REQUIRE n.name IS UNIQUE;
