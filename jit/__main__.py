"""`python -m jit` is the `jit` command."""

from jit.cli.entry import main

main()
