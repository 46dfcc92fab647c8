"""Small widgets the window and the dialogs are built from."""
