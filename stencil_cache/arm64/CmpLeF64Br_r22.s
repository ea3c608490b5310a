    fcmp d2, d2
    b.vc {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
