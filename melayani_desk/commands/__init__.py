"""Sub-commands of ``melayani-desk`` that live in their own modules (see cli.py)."""
