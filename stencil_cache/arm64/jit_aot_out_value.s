    cmp x1, #1
    b.eq L0
    cbnz x1, L1
    mov x1, x2
    b {jump26:jit_aot_out_i64}
L0:
    mov x1, x2
    b {jump26:jit_aot_out_f64}
L1:
    mov x1, x2
    mov x2, x3
    mov x3, x4
    b {jump26:jit_aot_out_cell}
