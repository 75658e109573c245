"""``python -m scan`` runs the command line."""

from scan.cli import main

main()
