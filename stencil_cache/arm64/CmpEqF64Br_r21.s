    fcmp d2, d1
    b.eq {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
