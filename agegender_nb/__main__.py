"""`python -m agegender_nb`: the `agegender` command (see `agegender_nb.cli.main`)."""
import sys

from agegender_nb.cli import main

sys.exit(main())
