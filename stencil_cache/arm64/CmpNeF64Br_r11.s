    fcmp d1, d1
    b.vs {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
