"""Development entry point: `python main.py` behaves like the `jobcrm` command."""

from jobcrm.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
