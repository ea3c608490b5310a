    fmov x0, d3
    ret
