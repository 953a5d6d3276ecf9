// Writes nodes exactly as given (labels and properties): the migration test loads with it a database
// that an earlier version of Orgraph wrote (server/test/fixtures), to bring it into today's model.
UNWIND $nodes AS node
CREATE (n:$(node.labels))
SET n = node.props
