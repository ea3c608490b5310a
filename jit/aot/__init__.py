"""Ahead-of-time output: object files and static executables written from a format-neutral image.

The package owns the file formats only (ELF64 for x86-64 and arm64, Mach-O 64 for arm64) and the
small linker that resolves an image's relocations for a static executable. The file formats know
nothing of vm3; the modules that turn a compiled program into such an image come later in the package.

May import: jit.errors.
"""
