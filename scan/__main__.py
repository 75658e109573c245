"""``python -m scan`` runs the command line."""

from scan.cli import main

# Guarded: worker processes (page analysis) import this module again.
if __name__ == "__main__":
    main()
