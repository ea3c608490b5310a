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
    jb L18
    mov r15, rcx
    mov rcx, r12
    shr rcx, 44
    and ecx, 15
    dec rcx
    cmp rcx, 2
    jae L18
    movabs rcx, 263882790666240
    movabs rdx, 35184372088832
    mov rax, r12
    and rax, rcx
    xor esi, esi
    cmp rax, rdx
    sete sil
    mov rax, qword ptr [r14 + 72]
    mov ecx, r12d
    lea rax, [rax + 8*rcx]
    mov qword ptr [r15], rax
    mov qword ptr [r15 + 8], rsi
    or byte ptr [rax + 15], -128
    movabs r12, -9223372036854775808
    shl esi, 5
    or esi, 91
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    mov ebp, 1
    lea rax, [r12 - 1]
    mov qword ptr [rsp + 16], rax
L0:
    mov r12, rbp
    shl r12, 4
    mov rdx, qword ptr [r15 + r12 - 16]
    mov rax, qword ptr [r15 + r12 - 8]
    mov ecx, eax
    and ecx, 1
    mov r13, rax
    shr r13
    mov rsi, qword ptr [rdx]
    shl rsi, cl
    cmp r13, rsi
    jne L1
    mov rax, qword ptr [rsp + 16]
    and qword ptr [rdx + 8], rax
    shl ecx, 5
    or ecx, 93
    mov rdi, rbx
    mov esi, ecx
    call {rel32:jit_aot_out_byte}
    dec rbp
    jmp L17
L1:
    add r12, r15
    lea rcx, [rax + 2]
    mov qword ptr [r12 - 8], rcx
    mov edx, eax
    not edx
    mov cl, 58
    test dl, 3
    je L2
    mov cl, 44
    cmp rax, 2
    jb L3
L2:
    movzx esi, cl
    mov rdi, rbx
    call {rel32:jit_aot_out_byte}
    mov rdi, rbx
    mov esi, 32
    call {rel32:jit_aot_out_byte}
L3:
    mov rax, qword ptr [r14 + 72]
    mov rcx, qword ptr [r12 - 16]
    mov rcx, qword ptr [rcx + 16]
    add rcx, rax
    mov r13, qword ptr [rcx + 8*r13]
    movabs rcx, -281474976710657
    cmp r13, rcx
    jbe L4
    mov rcx, r13
    shr rcx, 44
    and ecx, 15
    dec rcx
    cmp rcx, 2
    jae L4
    lea rcx, [8*r13]
    movabs rdx, 34359738360
    and rcx, rdx
    cmp qword ptr [rcx + rax + 8], 0
    js L11
    add rcx, rax
    inc rbp
    movabs rax, 263882790666240
    and r13, rax
    xor esi, esi
    movabs rax, 35184372088832
    cmp r13, rax
    sete sil
    mov qword ptr [r12], rcx
    mov qword ptr [r12 + 8], rsi
    movabs rax, -9223372036854775808
    or qword ptr [rcx + 8], rax
    shl esi, 5
    or esi, 91
    mov rdi, rbx
    jmp L13
L4:
    mov rcx, r13
    shr rcx, 48
    cmp rcx, 65535
    je L5
    cmp ecx, 65529
    jne L6
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
    jmp L10
L5:
    movabs rdx, 263882790666240
    test r13, rdx
    je L9
L6:
    movabs rax, -2251799813685248
    cmp r13, rax
    jae L7
    mov rdi, rbx
    mov rsi, r13
    call {rel32:jit_aot_out_f64}
    jmp L17
L7:
    movzx eax, cx
    cmp eax, 65530
    jg L8
    cmp eax, 65528
    je L14
    cmp eax, 65530
    jne L12
    shl r13, 16
    sar r13, 16
    mov rdi, rbx
    mov rsi, r13
    call {rel32:jit_aot_out_i64}
    jmp L17
L8:
    cmp eax, 65531
    je L15
    cmp eax, 65532
    jne L12
    mov esi, 13
    jmp L16
L9:
    shl r13, 3
    movabs rcx, 34359738360
    and r13, rcx
    lea rsi, [rax + r13]
    add rsi, 8
    mov rdx, qword ptr [rsi - 8]
    mov ecx, 1
    mov rdi, rbx
L10:
    call {rel32:jit_aot_out_string}
    jmp L17
L11:
    movabs rax, 263882790666240
    and r13, rax
    xor esi, esi
    movabs rax, 35184372088832
    cmp r13, rax
    sete sil
    or rsi, 18
    jmp L16
L12:
    mov esi, 15
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
    mov edx, 16
    mov rdi, rbx
    mov rsi, r13
    call {rel32:jit_aot_out_hex}
    mov rdi, rbx
    mov esi, 62
L13:
    call {rel32:jit_aot_out_byte}
    jmp L17
L14:
    mov esi, 14
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
    movabs rax, 281474976710655
    and r13, rax
    mov rdi, rbx
    mov rsi, r13
    call {rel32:jit_aot_out_u64}
    jmp L17
L15:
    and r13d, 1
    mov esi, 12
    sub rsi, r13
L16:
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
L17:
    test rbp, rbp
    jne L0
    jmp L19
L18:
    cmp rax, 65535
    je L20
    cmp eax, 65529
    jne L21
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
L19:
    add rsp, 24
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    ret
L20:
    movabs rcx, 263882790666240
    test r12, rcx
    je L24
L21:
    mov rcx, r12
    shr rcx, 51
    cmp ecx, 8190
    ja L22
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
L22:
    movzx eax, ax
    cmp eax, 65530
    jg L23
    cmp eax, 65528
    je L26
    cmp eax, 65530
    jne L25
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
L23:
    cmp eax, 65531
    je L27
    cmp eax, 65532
    jne L25
    mov esi, 13
    jmp L28
L24:
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
L25:
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
L26:
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
L27:
    and r12d, 1
    mov esi, 12
    sub rsi, r12
L28:
    mov rdi, rbx
    add rsp, 24
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    jmp {rel32:jit_aot_out_text}
