"""What every backend shares about a run, so that all of them fail at the same op with the same error and
print the same result: limits (limits), the heap's byte accounting (heap), start-up (startup), results and
their printing (results).

May import: jit.errors, jit.program.
"""
