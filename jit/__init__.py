"""A copy-and-patch JIT for vm3 bytecode, in pure Python, for x86-64 and arm64.

The subpackages are the stages a program goes through, lowest first:

- program: opcodes, Cells, the program model, the text and binary formats, the verifier, loading;
- vm: what every backend shares about a run: limits, the heap model, start-up, results;
- interp: the reference interpreter, which defines the semantics;
- isa: everything specific to one instruction set (installed from the repository's isa/);
- stencilset: the checked-in stencil cache: files, manifest, memo, Keystone assembly;
- compiler: what each op runs (analyses, allocation, variants), hole values, layout and patching;
- stencilcheck: each stencil alone under Unicorn against the interpreter, on generated VM states;
- machine: VM and executable memory, the native and emulated runners, backend choice;
- debug: traces, breakpoints, stepping, disassembly, perf maps;
- cli and bench: the `jit` command and the benchmark suite.

A stage imports only lower ones; each subpackage's docstring lists what it may import
(tests/test_layout.py checks it). errors and resources, at the top, import only the
standard library.
"""

from pathlib import Path as _Path

_HERE = _Path(__file__).resolve().parent
if not (_HERE / "isa").is_dir() and (_HERE.parent / "isa" / "__init__.py").is_file():
    # A source checkout keeps isa/ beside jit/ (a wheel installs it as jit/isa): let `import jit.isa` find it
    # there, so that `python -m jit` inside a checkout runs without an install, whatever else is installed.
    __path__.append(str(_HERE.parent))
