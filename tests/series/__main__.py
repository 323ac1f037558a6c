"""``python -m tests.series OUT_DIR``: write the series (see make.py)."""

import sys

from .make import main

sys.exit(main())
