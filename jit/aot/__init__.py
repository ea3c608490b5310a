"""Ahead-of-time output: the program's JIT image and the AOT runtime, written as a static executable or an
object file, by writers of our own.

The format layer owns the file formats only (ELF64 for x86-64 and arm64, Mach-O 64 for arm64: elf, macho),
over a format-neutral image (objimage) and the small linker that resolves its relocations for a static
executable (relocate). On top of it: the texts and Unicode tables the runtime needs (texts, unicode), the
program descriptor (descriptor), the runtime's stencils laid out and linked (runtime), the whole image of an
executable or object (build), the C interface (cheader), and the targets and files of `jit aot` (output).

May import: jit.errors, jit.resources, jit.program, jit.vm, jit.isa, jit.stencilset, jit.compiler, jit.machine.
"""
