"""Watching the DNS records after the window is closed: the outcome of one check (outcome.py), what the watch
has told already (state.py), the scheduled check the operating system runs (schedule.py, task_files.py) and one
headless round of it (run.py, behind `mailwizard dns watch`). No Qt."""
