"""Per-ISA support, installed as jit.isa: what every ISA provides (base, cabi, holes, syntax), one subpackage
per instruction set, and the registry that looks them up by name, so that nothing else imports an ISA module
directly.

May import: jit.errors.
"""
