"""The compiler: from a verified program to a position-independent image of patched stencils.

May import: jit.errors, jit.program, jit.vm, jit.isa, jit.stencilset.
"""
