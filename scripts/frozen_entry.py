"""Entry script of the frozen (PyInstaller) program: the same ``main`` as ``melayani-desk``."""

import multiprocessing
import sys

from melayani_desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
