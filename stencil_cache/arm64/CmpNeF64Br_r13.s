    fcmp d1, d3
    b.ne {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
