"""Time a kernel.py in-process: `python3 timer.py KERNEL.py N` prints "RESULT SECONDS".

The kernel module defines kernel(n); only that call is timed, so interpreter
start-up and the module's import are not counted. RESULT is repr() of the
return value (an int, or a float that reads back to the same bits).
"""

import importlib.util
import sys
import time


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: timer.py KERNEL.py N")
    path, n = sys.argv[1], int(sys.argv[2])
    spec = importlib.util.spec_from_file_location("kernel", path)
    if spec is None or spec.loader is None:
        sys.exit(f"timer.py: cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    t0 = time.perf_counter()
    result = module.kernel(n)
    elapsed = time.perf_counter() - t0
    print(repr(result), f"{elapsed:.9f}")


if __name__ == "__main__":
    main()
