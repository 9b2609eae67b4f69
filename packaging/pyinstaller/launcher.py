"""The bundle's entry point: the same command as ``tourdetable``."""

import sys

from ui.entry import main

if __name__ == "__main__":
    sys.exit(main())
