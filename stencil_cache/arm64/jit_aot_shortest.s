    stp x29, x30, [sp, #-64]!
    stp x24, x23, [sp, #16]
    stp x22, x21, [sp, #32]
    stp x20, x19, [sp, #48]
    sub sp, sp, #2080
    mov w8, #2047
    mov x13, #-1074
    mov x20, x2
    ands x9, x8, x0, lsr #52
    mov x19, x1
    ands x10, x0, #0xfffffffffffff
    cset w11, eq
    ands x8, x8, x0, lsr #52
    sub x9, x9, #1075
    orr x12, x10, #0x10000000000000
    csel x22, x13, x9, eq
    csel x21, x10, x12, eq
    cmp x8, #1
    csel w24, wzr, w11, ls
    tbnz x22, #63, L0
    add x0, sp, #1560
    mov x1, x21
    bl {call26:jit_aot_big_set}
    add x23, x22, x24
    add x0, sp, #1560
    add x1, x23, #1
    bl {call26:jit_aot_big_shl}
    mov w8, #2
    add x0, sp, #1040
    lsl x1, x8, x24
    bl {call26:jit_aot_big_set}
    add x0, sp, #520
    mov w1, #1
    bl {call26:jit_aot_big_set}
    add x0, sp, #520
    mov x1, x23
    bl {call26:jit_aot_big_shl}
    mov x0, sp
    mov w1, #1
    bl {call26:jit_aot_big_set}
    mov x0, sp
    mov x1, x22
    bl {call26:jit_aot_big_shl}
    b L1
L0:
    cmp w24, #0
    mov w23, #1
    add x0, sp, #1560
    cinc x8, x23, ne
    lsl x1, x21, x8
    bl {call26:jit_aot_big_set}
    add x0, sp, #1040
    mov w1, #1
    bl {call26:jit_aot_big_set}
    sub x8, x24, x22
    add x0, sp, #1040
    add x1, x8, #1
    bl {call26:jit_aot_big_shl}
    lsl x1, x23, x24
    add x0, sp, #520
    bl {call26:jit_aot_big_set}
    mov x0, sp
    mov w1, #1
    bl {call26:jit_aot_big_set}
L1:
    clz x8, x21
    mov w9, #13377
    and x23, x21, #0x1
    sub x8, x22, x8
    movk w9, #1, lsl #16
    add x8, x8, #63
    mul x8, x8, x9
    asr x8, x8, #18
    subs x22, x8, #1
    b.lt L2
    add x0, sp, #1040
    mov x1, x22
    bl {call26:jit_aot_big_mul_pow10}
    b L3
L2:
    mov w9, #1
    add x0, sp, #1560
    sub x21, x9, x8
    mov x1, x21
    bl {call26:jit_aot_big_mul_pow10}
    add x0, sp, #520
    mov x1, x21
    bl {call26:jit_aot_big_mul_pow10}
    mov x0, sp
    mov x1, x21
    bl {call26:jit_aot_big_mul_pow10}
L3:
    add x0, sp, #1560
    add x1, sp, #520
    add x2, sp, #1040
    bl {call26:jit_aot_big_cmp_sum}
    cmp x0, x23
    b.lt L5
L4:
    add x0, sp, #1040
    mov w1, #10
    mov w2, wzr
    bl {call26:jit_aot_big_mul_add}
    add x0, sp, #1560
    add x1, sp, #520
    add x2, sp, #1040
    add x22, x22, #1
    bl {call26:jit_aot_big_cmp_sum}
    cmp x0, x23
    b.ge L4
L5:
    mov x21, xzr
    str x22, [x20]
    eor x22, x23, #0x1
L6:
    add x0, sp, #1560
    mov w1, #10
    mov w2, wzr
    bl {call26:jit_aot_big_mul_add}
    add x0, sp, #520
    mov w1, #10
    mov w2, wzr
    bl {call26:jit_aot_big_mul_add}
    mov x0, sp
    mov w1, #10
    mov w2, wzr
    bl {call26:jit_aot_big_mul_add}
    add x0, sp, #1560
    add x1, sp, #1040
    bl {call26:jit_aot_big_cmp}
    mov x24, xzr
    tbnz x0, #63, L8
L7:
    add x0, sp, #1560
    add x1, sp, #1040
    bl {call26:jit_aot_big_sub}
    add x0, sp, #1560
    add x1, sp, #1040
    add x24, x24, #1
    bl {call26:jit_aot_big_cmp}
    tbz x0, #63, L7
L8:
    add x0, sp, #1560
    mov x1, sp
    bl {call26:jit_aot_big_cmp}
    mov x20, x0
    add x0, sp, #1560
    add x1, sp, #520
    add x2, sp, #1040
    bl {call26:jit_aot_big_cmp_sum}
    cmp x0, x23
    cset w8, ge
    cmp x20, x22
    b.lt L9
    cmp x0, x23
    b.ge L9
    add x8, x21, #1
    strb w24, [x19, x21]
    mov x21, x8
    b L6
L9:
    cmp x20, x22
    b.ge L11
    cmp x0, x23
    b.lt L11
    add x0, sp, #1560
    add x1, sp, #1560
    add x2, sp, #1040
    bl {call26:jit_aot_big_cmp_sum}
    cmp x0, #0
    b.le L10
    mov w8, #1
    b L11
L10:
    cset w8, eq
    and w8, w8, w24
L11:
    add x0, x21, #1
    add w8, w24, w8
    strb w8, [x19, x21]
    add sp, sp, #2080
    ldp x20, x19, [sp, #48]
    ldp x22, x21, [sp, #32]
    ldp x24, x23, [sp, #16]
    ldp x29, x30, [sp], #64
    ret
