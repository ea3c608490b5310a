"""A copy-and-patch JIT for vm3 bytecode, in pure Python, for x86-64 and arm64."""
