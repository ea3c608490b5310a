    fcmp d0, d0
    b.vs {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
