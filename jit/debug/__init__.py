"""Debugging tools: op labels (labels), op traces (trace, insntrace), the steps of a run under Unicorn (stepper)
and in the interpreter (interpsteps), which registers an activation has written (activations), breakpoints and
the prompt (debugger), disassembly (disasm), perf maps (perfmap), and the cross-backend check: how a run ended
(endings), every backend compared (crosscheck), the first op where machine code parts from the interpreter
(divergence).

May import: jit.errors, jit.program, jit.vm, jit.interp, jit.isa, jit.stencilset, jit.compiler, jit.machine.
"""
