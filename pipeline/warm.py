"""Imported by the forkserver that `budget.Runner`'s children come from, so that each child starts
with everything reading a document loads on first use already loaded (`read.warm`).

The loaded objects are then frozen (`gc.freeze`): the garbage collector of a child never walks
them, so it neither spends time on them nor copies the pages they lie on (copy-on-write).
"""

import gc

from .read import warm

warm()
gc.freeze()
