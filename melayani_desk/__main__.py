from melayani_desk.cli import main

raise SystemExit(main())
