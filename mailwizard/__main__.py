"""`python -m mailwizard`."""

from mailwizard.app import main

raise SystemExit(main())
