"""`python -m agegender_nb`: the `agegender` command (see `agegender_nb.pipeline.main`)."""
import sys

from agegender_nb.pipeline import main

sys.exit(main())
