"""Debugging tools: op labels (labels), op traces (trace, insntrace), which registers an activation has
written (activations), breakpoints and the prompt (debugger, stepper), disassembly (disasm), perf maps
(perfmap).

May import: jit.errors, jit.program, jit.vm, jit.interp, jit.isa, jit.stencilset, jit.compiler, jit.machine.
"""
