"""The frozen app's entry point (PyInstaller runs a script, not a package)."""

from mailwizard.app import main

raise SystemExit(main())
