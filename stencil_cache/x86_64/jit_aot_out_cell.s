    push rbp
    push r15
    push r14
    push r13
    push r12
    push rbx
    sub rsp, 24
    mov r14, rdx
    mov r12, rsi
    mov rbx, rdi
    mov rax, rsi
    shr rax, 48
    cmp eax, 65535
    jb L19
    mov r15, rcx
    mov rcx, r12
    shr rcx, 44
    and ecx, 15
    dec rcx
    cmp rcx, 2
    jae L19
    movabs r13, -9223372036854775808
    movabs rdx, 263882790666240
    movabs rsi, 35184372088832
    mov rax, qword ptr [r14 + 72]
    mov ecx, r12d
    lea rax, [rax + 8*rcx]
    mov qword ptr [r15], rax
    and r12, rdx
    xor ecx, ecx
    cmp r12, rsi
    sete cl
    mov qword ptr [r15 + 24], rcx
    mov qword ptr [r15 + 8], 0
    mov rdx, qword ptr [rax]
    shl rdx, cl
    mov qword ptr [r15 + 16], rdx
    or byte ptr [rax + 15], -128
    xor esi, esi
    cmp qword ptr [r15 + 24], 0
    setne sil
    shl esi, 5
    or esi, 91
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    mov r12d, 1
    lea rax, [r13 - 1]
    mov qword ptr [rsp + 16], rax
L0:
    mov rax, r12
    shl rax, 5
    lea rbp, [r15 + rax]
    mov r13, qword ptr [r15 + rax - 24]
    cmp r13, qword ptr [r15 + rax - 16]
    jne L1
    mov rax, qword ptr [rbp - 32]
    mov rcx, qword ptr [rsp + 16]
    and qword ptr [rax + 8], rcx
    xor esi, esi
    cmp qword ptr [rbp - 8], 0
    setne sil
    shl esi, 5
    or esi, 93
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    dec r12
    jmp L18
L1:
    lea rax, [r13 + 1]
    mov qword ptr [rbp - 24], rax
    test r13b, 1
    je L2
    mov al, 58
    cmp qword ptr [rbp - 8], 0
    jne L3
L2:
    mov al, 44
    test r13, r13
    je L4
L3:
    movzx esi, al
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    mov rdi, rbx
    mov esi, 32
    call {rel32:jit_aot_out_byte}
L4:
    mov rax, qword ptr [r14 + 72]
    mov rcx, qword ptr [rbp - 32]
    mov rcx, qword ptr [rcx + 16]
    add rcx, rax
    mov r13, qword ptr [rcx + 8*r13]
    movabs rcx, -281474976710657
    cmp r13, rcx
    jbe L5
    mov rcx, r13
    shr rcx, 44
    and ecx, 15
    dec rcx
    cmp rcx, 2
    jae L5
    lea rdx, [8*r13]
    movabs rcx, 34359738360
    and rdx, rcx
    cmp qword ptr [rdx + rax + 8], 0
    js L12
    add rdx, rax
    inc r12
    mov qword ptr [rbp], rdx
    movabs rax, 263882790666240
    and r13, rax
    xor ecx, ecx
    movabs rax, 35184372088832
    cmp r13, rax
    sete cl
    mov qword ptr [rbp + 24], rcx
    mov qword ptr [rbp + 8], 0
    mov rax, qword ptr [rdx]
    shl rax, cl
    mov qword ptr [rbp + 16], rax
    movabs rax, -9223372036854775808
    or qword ptr [rdx + 8], rax
    xor esi, esi
    cmp qword ptr [rbp + 24], 0
    setne sil
    shl esi, 5
    or esi, 91
    mov rdi, rbx
    jmp L14
L5:
    mov rcx, r13
    shr rcx, 48
    cmp rcx, 65535
    je L6
    cmp ecx, 65529
    jne L7
    mov rdx, r13
    shr rdx, 40
    and edx, 15
    mov qword ptr [rsp + 8], r13
    cmp rdx, 5
    mov eax, 5
    cmovae rdx, rax
    mov ecx, 1
    mov rdi, rbx
    lea rsi, [rsp + 8]
    jmp L11
L6:
    movabs rdx, 263882790666240
    test r13, rdx
    je L10
L7:
    movabs rax, -2251799813685248
    cmp r13, rax
    jae L8
    mov rdi, rbx
    mov rsi, r13
    call {rel32:jit_aot_out_f64}
    jmp L18
L8:
    movzx eax, cx
    cmp eax, 65530
    jg L9
    cmp eax, 65528
    je L15
    cmp eax, 65530
    jne L13
    shl r13, 16
    sar r13, 16
    mov rdi, rbx
    mov rsi, r13
    call {rel32:jit_aot_out_i64}
    jmp L18
L9:
    cmp eax, 65531
    je L16
    cmp eax, 65532
    jne L13
    mov esi, 13
    jmp L17
L10:
    shl r13, 3
    movabs rcx, 34359738360
    and r13, rcx
    lea rsi, [rax + r13]
    add rsi, 8
    mov rdx, qword ptr [rsi - 8]
    mov ecx, 1
    mov rdi, rbx
L11:
    call {rel32:jit_aot_out_string}
    jmp L18
L12:
    movabs rax, 263882790666240
    and r13, rax
    xor esi, esi
    movabs rax, 35184372088832
    cmp r13, rax
    sete sil
    or rsi, 18
    jmp L17
L13:
    mov esi, 15
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
    mov edx, 16
    mov rdi, rbx
    mov rsi, r13
    call {rel32:jit_aot_out_hex}
    mov rdi, rbx
    mov esi, 62
L14:
    call {rel32:jit_aot_out_byte}
    jmp L18
L15:
    mov esi, 14
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
    movabs rax, 281474976710655
    and r13, rax
    mov rdi, rbx
    mov rsi, r13
    call {rel32:jit_aot_out_u64}
    jmp L18
L16:
    and r13d, 1
    mov esi, 12
    sub rsi, r13
L17:
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
L18:
    test r12, r12
    jne L0
    jmp L20
L19:
    cmp rax, 65535
    je L21
    cmp eax, 65529
    jne L22
    mov rax, r12
    shr rax, 40
    and eax, 15
    lea rsi, [rsp + 8]
    mov qword ptr [rsi], r12
    cmp rax, 5
    mov edx, 5
    cmovb rdx, rax
    mov rdi, rbx
    xor ecx, ecx
    call {rel32:jit_aot_out_string}
L20:
    add rsp, 24
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    ret
L21:
    movabs rcx, 263882790666240
    test r12, rcx
    je L25
L22:
    mov rcx, r12
    shr rcx, 51
    cmp ecx, 8190
    ja L23
    mov rdi, rbx
    mov rsi, r12
    add rsp, 24
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    jmp {rel32:jit_aot_out_f64}
L23:
    movzx eax, ax
    cmp eax, 65530
    jg L24
    cmp eax, 65528
    je L27
    cmp eax, 65530
    jne L26
    shl r12, 16
    sar r12, 16
    mov rdi, rbx
    mov rsi, r12
    add rsp, 24
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    jmp {rel32:jit_aot_out_i64}
L24:
    cmp eax, 65531
    je L28
    cmp eax, 65532
    jne L26
    mov esi, 13
    jmp L29
L25:
    mov rax, qword ptr [r14 + 72]
    mov ecx, r12d
    lea rsi, [rax + 8*rcx]
    add rsi, 8
    mov rdx, qword ptr [rsi - 8]
    mov rdi, rbx
    xor ecx, ecx
    add rsp, 24
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    jmp {rel32:jit_aot_out_string}
L26:
    mov esi, 15
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
    mov edx, 16
    mov rdi, rbx
    mov rsi, r12
    call {rel32:jit_aot_out_hex}
    mov rdi, rbx
    mov esi, 62
    add rsp, 24
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    jmp {rel32:jit_aot_out_byte}
L27:
    mov esi, 14
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
    movabs rax, 281474976710655
    and r12, rax
    mov rdi, rbx
    mov rsi, r12
    add rsp, 24
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    jmp {rel32:jit_aot_out_u64}
L28:
    and r12d, 1
    mov esi, 12
    sub rsi, r12
L29:
    mov rdi, rbx
    add rsp, 24
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    jmp {rel32:jit_aot_out_text}
