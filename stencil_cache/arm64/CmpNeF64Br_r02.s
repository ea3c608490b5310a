    fcmp d0, d2
    b.ne {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
