"""`python -m hronika`: the command line."""

from .cli import main

main()
