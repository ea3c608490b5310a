"""The program: opcodes (ops), Cells (cell), the model (model), the .vm3 text (text, printer), the binary
container (binary), the verifier (verify), file loading (load), and which registers each op uses (regs).

May import: jit.errors.
"""
