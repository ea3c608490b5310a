    fcmp d0, d1
    b.mi {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
