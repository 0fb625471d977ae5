"""The evidence: quotes and votes aggregated, filtered and searched, checks, the privacy scan."""
