"""The main window and its components (each owns its state; they talk by signals)."""
