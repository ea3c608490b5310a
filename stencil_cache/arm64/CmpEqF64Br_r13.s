    fcmp d1, d3
    b.eq {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
