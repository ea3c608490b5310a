    fmov x0, d2
    ret
