"""The reference interpreter (interpreter), with the single-rounding fma it needs (fma): every other backend
is tested against it, bit for bit.

May import: jit.errors, jit.program, jit.vm.
"""
