    fmov x0, d0
    ret
