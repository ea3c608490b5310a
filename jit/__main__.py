"""`python -m jit` is the `jit` command."""

from jit.cli.main import main

main()
