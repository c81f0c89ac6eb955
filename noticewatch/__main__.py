"""`python -m noticewatch` runs the CLI."""

from noticewatch.cli import main

main()
