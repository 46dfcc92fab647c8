"""Work off the UI thread: the task helpers, the search and sync workers."""
