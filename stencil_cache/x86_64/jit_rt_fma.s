    movabs rsi, 9218868437227405312
    movq r8, xmm0
    movq r9, xmm1
    mov rax, r8
    not rax
    test rax, rsi
    setne al
    mov rcx, r9
    not rcx
    test rcx, rsi
    setne cl
    test al, cl
    je L2
    movq r10, xmm2
    mov rax, r10
    not rax
    test rsi, rax
    je L3
    xorpd xmm3, xmm3
    ucomisd xmm0, xmm3
    jne L0
    jnp L2
L0:
    ucomisd xmm1, xmm3
    jne L1
    jnp L2
L1:
    ucomisd xmm2, xmm3
    jne L4
    jp L4
    mulsd xmm0, xmm1
    movapd xmm2, xmm0
    jmp L3
L2:
    mulsd xmm0, xmm1
    addsd xmm2, xmm0
L3:
    movapd xmm0, xmm2
    ret
L4:
    push rbp
    push r15
    push r14
    push r13
    push r12
    push rbx
    movabs r12, 4503599627370495
    mov rax, r8
    shr rax, 52
    mov r15d, 2047
    and rax, r15
    mov rcx, r8
    and rcx, r12
    mov rdx, r9
    shr rdx, 52
    and rdx, r15
    xor r14d, r14d
    cmp rdx, 1
    mov r11, rdx
    adc r11, r14
    cmp rax, 1
    adc r11, rax
    test rax, rax
    lea rdi, [rcx + r12 + 1]
    cmove rdi, rcx
    mov rcx, r9
    and rcx, r12
    test rdx, rdx
    lea rax, [rcx + r12 + 1]
    cmove rax, rcx
    mul rdi
    mov rdi, rdx
    bsr rdx, rdx
    xor edx, 63
    bsr rcx, rax
    xor ecx, 63
    or ecx, 64
    test rdi, rdi
    cmovne ecx, edx
    add ecx, -3
    mov rbx, rax
    shl rbx, cl
    shld rdi, rax, cl
    sub r11, rcx
    add r11, -2150
    test cl, 64
    cmovne rdi, rbx
    cmovne rbx, r14
    mov rax, r10
    shr rax, 52
    and rax, r15
    mov rcx, r10
    and rcx, r12
    cmp rax, 1
    mov r15, rax
    adc r15, r14
    test rax, rax
    lea rbp, [rcx + r12 + 1]
    cmove rbp, rcx
    bsr rcx, rbp
    xor ecx, 63
    add ecx, 61
    sub r15, rcx
    xor r13d, r13d
    shld r13, rbp, cl
    shl rbp, cl
    add r15, -1075
    test cl, 64
    cmovne r13, rbp
    cmovne rbp, r14
    xor r9, r8
    movabs rax, -9223372036854775808
    and r9, rax
    and r10, rax
    mov rax, r11
    sub rax, r15
    jg L5
    sete cl
    cmp rbx, rbp
    mov rdx, rdi
    sbb rdx, r13
    setae dl
    and dl, cl
    cmp dl, 1
    jne L6
L5:
    mov r12, rbp
    mov rdx, r13
    mov r8, r9
    jmp L7
L6:
    mov rax, r15
    sub rax, r11
    mov r12, rbx
    mov rdx, rdi
    mov rbx, rbp
    mov rdi, r13
    mov r11, r15
    mov r8, r10
L7:
    cmp rax, 127
    jle L8
    mov r12d, 1
    xor edx, edx
    jmp L9
L8:
    test rax, rax
    jle L9
    mov cl, -128
    sub cl, al
    mov r14, rdx
    shld r14, r12, cl
    mov r15, r12
    shl r15, cl
    xor r13d, r13d
    test cl, 64
    cmovne r14, r15
    cmovne r15, r13
    xor ebp, ebp
    or r15, r14
    setne bpl
    mov ecx, eax
    shrd r12, rdx, cl
    shr rdx, cl
    test al, 64
    cmovne r12, rdx
    cmovne rdx, r13
    or r12, rbp
L9:
    xor r14d, r14d
    mov r15, r12
    neg r15
    sbb r14, rdx
    cmp r9, r10
    cmove r14, rdx
    cmove r15, r12
    add r15, rbx
    adc r14, rdi
    mov rax, r15
    or rax, r14
    je L12
    bsr rax, r14
    xor rax, 63
    bsr rcx, r15
    xor rcx, 63
    or rcx, 64
    test r14, r14
    cmovne rcx, rax
    xor rcx, 127
    add rcx, r11
    cmp rcx, -1021
    mov r10, -1022
    cmovge r10, rcx
    lea rax, [r10 - 52]
    mov rcx, rax
    sub rcx, r11
    jle L13
    mov rdx, r15
    shrd rdx, r14, cl
    mov r9, r14
    shr r9, cl
    mov r11, -1
    mov rbx, -1
    shl rbx, cl
    xor edi, edi
    test cl, 64
    cmovne rdx, r9
    cmovne r9, rdi
    cmovne r11, rbx
    cmovne rbx, rdi
    not r11
    dec cl
    mov r12d, 1
    xor r13d, r13d
    shld r13, r12, cl
    and r11, r14
    not rbx
    and rbx, r15
    shl r12, cl
    test cl, 64
    cmovne r13, r12
    cmovne r12, rdi
    cmp r12, rbx
    mov rcx, r13
    sbb rcx, r11
    jb L10
    xor rbx, r12
    xor r11, r13
    or r11, rbx
    jne L11
    mov ecx, edx
    and ecx, 1
    je L11
L10:
    add rdx, 1
    adc r9, 0
L11:
    mov rcx, rdx
    shr rcx, 53
    add r10, -51
    or rcx, r9
    setne cl
    cmovne rax, r10
    shrd rdx, r9, cl
    shr r9, cl
    jmp L14
L12:
    pxor xmm2, xmm2
    jmp L17
L13:
    neg cl
    shld r14, r15, cl
    shl r15, cl
    xor edx, edx
    test cl, 64
    cmovne r14, r15
    cmove rdx, r15
    mov r9, r14
L14:
    mov rcx, rdx
    shr rcx, 52
    or rcx, r9
    jne L15
    mov rsi, rdx
    jmp L16
L15:
    cmp rax, 971
    jg L16
    shl rax, 52
    movabs rcx, 4503599627370495
    and rdx, rcx
    or rdx, rax
    movabs rsi, 4841369599423283200
    add rsi, rdx
L16:
    or rsi, r8
    movq xmm2, rsi
L17:
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    jmp L3
