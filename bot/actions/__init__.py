"""Named state changes: the only write path. Each runs in one transaction and audits itself."""
