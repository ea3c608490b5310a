"""Running an image: VM memory (vmmemory), executable host memory (execmem), what the runners share
(prepare), the thread a run's foreign call takes so that Ctrl-C still works (worker), the native runner
(native), the Unicorn runner (emulate), and the choice of backend (backends).

May import: jit.errors, jit.program, jit.vm, jit.interp, jit.isa, jit.stencilset, jit.compiler.
"""
