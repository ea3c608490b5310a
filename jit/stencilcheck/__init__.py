"""Checking stencils one at a time: each op's stencil (or variant) alone under Unicorn against the reference
interpreter, from the same generated VM state, bit for bit.

A case is one op in a tiny program with a whole VM state (case, its heap laid out as the C runtime lays it out
in heapimage); reference runs it in the interpreter, machine under Unicorn for either ISA (vmstate is where the
VM state goes into the machine and comes back out), compare lists the differences. The cases are drawn by
hypothesis: values (edge values first), cases (an op's fields, callee, heap and registers), families (the cases
for which the compiler picks a variant), outcomes (every way an op can end). `jit stencils test` and the
project's own stencil tests both run this code.

May import: jit.errors, jit.program, jit.vm, jit.interp, jit.isa, jit.stencilset, jit.compiler.
"""
