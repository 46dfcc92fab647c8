"""This desk's local copy of the directory (the directory domain lives in melayani_core)."""
