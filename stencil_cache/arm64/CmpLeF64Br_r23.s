    fcmp d2, d3
    b.ls {condbr19:_JIT_TARGET}
    b {jump26:_JIT_CONTINUE}
