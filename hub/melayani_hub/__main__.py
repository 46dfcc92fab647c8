import sys

from melayani_hub.cli import main

sys.exit(main())
