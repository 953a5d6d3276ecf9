// Sets the trust window every write waits after its commit to exactly $trustMs, lower or higher (an
// announcement only ever raises it). Lowering it is safe only while no server trusts a version read
// for longer: the tests use it to put the head back after a test of the window.
MERGE (h:ReleaseHead {name: 'releases'}) ON CREATE SET h.latest = 0
SET h.trustMs = $trustMs
RETURN h.trustMs AS trustMs
