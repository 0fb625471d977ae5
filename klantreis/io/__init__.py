"""Reading files: JSON interchange, CSV tables and the importers built on them, clipboard
fragments, safe writing."""
