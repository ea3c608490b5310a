"""`python -m jit` is the `jit` command."""

from jit.cli import main

main()
