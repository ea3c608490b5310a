"""The `jit` command: the process entry (entry: SIGTERM as Ctrl-C, exit 130), the dispatch (main, with a
typer-free path for plain `jit run`), the typer app (app), what the commands share (common, options), and the
debugging and stencil commands (debug, crosscheck, stencils, stenciltest).

May import: everything in jit.
"""
