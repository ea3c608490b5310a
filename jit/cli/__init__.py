"""The `jit` command: the entry point (main, with a typer-free path for plain `jit run`), the typer app (app),
what the commands share (common, options), and the debugging and stencil commands (debug, crosscheck,
stencils, stenciltest).

May import: everything in jit.
"""
