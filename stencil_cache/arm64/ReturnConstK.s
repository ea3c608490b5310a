    movz x0, #{sabs_g0:_JIT_K}
    ret
