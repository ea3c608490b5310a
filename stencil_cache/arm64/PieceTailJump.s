    b {jump26:_JIT_CALLEE}
