    fmov x0, d1
    ret
