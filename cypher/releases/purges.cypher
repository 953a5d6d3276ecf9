// The purges done, newest first (what was removed, when, by whom and why).
MATCH (p:Purge)
RETURN p {.*} AS purge
ORDER BY p.at DESC
