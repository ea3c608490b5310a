    push rbp
    push r15
    push r14
    push r13
    push r12
    push rbx
    sub rsp, 70072
    mov rbp, rdi
    lea r13, [rip + {rel32:jit_aot_program}]
    mov qword ptr [rsp + 32], r13
    lea rax, [rsp + 432]
    mov qword ptr [rsp + 56], rax
    xor eax, eax
    mov qword ptr [rsp + 80], rax
    mov qword ptr [rsp + 64], rax
    mov qword ptr [rsp + 72], 4096
    mov qword ptr [rsp + 88], 2
    mov qword ptr [rsp + 96], rax
    mov r14, qword ptr [rdi]
    test r14, r14
    je L1
    mov rcx, qword ptr [rbp + 8]
    mov qword ptr [rsp + 40], rcx
    mov rax, -1
L0:
    cmp byte ptr [rcx + rax + 1], 0
    lea rax, [rax + 1]
    jne L0
    jmp L2
L1:
    mov qword ptr [rsp + 40], rbp
    xor eax, eax
    mov rcx, rbp
L2:
    lea r12, [rsp + 56]
    mov qword ptr [r12 - 8], rax
    lea rdx, [rax + rcx]
    inc rdx
    neg rax
    mov rcx, -1
L3:
    lea rsi, [rax + rcx]
    cmp rsi, -1
    je L4
    lea rsi, [rdx - 1]
    inc rcx
    cmp byte ptr [rdx - 2], 47
    mov rdx, rsi
    jne L3
    mov qword ptr [rsp + 40], rsi
    mov qword ptr [rsp + 48], rcx
L4:
    mov r15d, 1
    mov eax, 1
    lea rsi, [rsp + 400]
    mov qword ptr [rsi], rax
    mov qword ptr [rsi + 24], 0
    xorps xmm0, xmm0
    movups xmmword ptr [rsi + 8], xmm0
    xor ebx, ebx
    mov edi, 13
    mov r10d, 8
    mov eax, 13
    xor edx, edx
    xor r8d, r8d
    xor r9d, r9d
    syscall
    cmp r14, 2
    jb L7
    xor ebx, ebx
L5:
    mov rax, qword ptr [rbp + 8*r15 + 8]
    mov rcx, -1
L6:
    cmp byte ptr [rax + rcx + 1], 0
    lea rcx, [rcx + 1]
    jne L6
    cmp rcx, rbx
    cmova rbx, rcx
    inc r15
    cmp r15, r14
    jne L5
L7:
    cmp rbx, 1
    adc rbx, 0
    mov edx, 3
    mov r10d, 16418
    mov eax, 9
    xor edi, edi
    mov rsi, rbx
    mov r8, -1
    xor r9d, r9d
    syscall
    mov rbx, rax
    cmp rax, -4095
    jb L8
    neg rbx
    mov qword ptr [rsp + 104], 0
    jmp L30
L8:
    mov qword ptr [rsp + 104], rbx
    test rbx, rbx
    je L29
    mov qword ptr [rsp + 16], rbp
    mov rax, qword ptr [r13 + 48]
    mov qword ptr [rsp + 128], rax
    mov qword ptr [rsp], r13
    mov rsi, qword ptr [r13 + 56]
    mov qword ptr [rsp + 136], rsi
    cmp rsi, -1
    jne L9
    xorps xmm0, xmm0
    lea rdi, [rsp + 4528]
    movaps xmmword ptr [rdi + 112], xmm0
    movaps xmmword ptr [rdi + 96], xmm0
    movaps xmmword ptr [rdi + 80], xmm0
    movaps xmmword ptr [rdi + 64], xmm0
    movaps xmmword ptr [rdi + 48], xmm0
    movaps xmmword ptr [rdi + 32], xmm0
    movaps xmmword ptr [rdi + 16], xmm0
    movaps xmmword ptr [rdi], xmm0
    mov eax, 99
    xor esi, esi
    xor edx, edx
    xor r10d, r10d
    xor r8d, r8d
    xor r9d, r9d
    syscall
    mov esi, dword ptr [rdi + 104]
    imul rsi, qword ptr [rdi + 32]
    mov qword ptr [rsp + 136], rsi
L9:
    cmp r14, 2
    jb L35
    mov ebx, 1
    xor r9d, r9d
    xor ecx, ecx
    mov rbp, qword ptr [rsp + 16]
L10:
    mov r12, qword ptr [rbp + 8*rbx + 8]
    mov rbp, -1
    xor eax, eax
L11:
    mov rdx, rax
    cmp byte ptr [r12 + rbp + 1], 0
    lea rbp, [rbp + 1]
    lea rax, [rax + 1]
    jne L11
    test rcx, rcx
    setne al
    cmp rbp, 2
    setb sil
    or sil, al
    jne L12
    cmp byte ptr [r12], 45
    jne L12
    cmp rbp, 2
    jne L14
    mov ecx, 1
    cmp byte ptr [r12 + 1], 45
    jne L14
    mov rbp, qword ptr [rsp + 16]
    jmp L13
L12:
    mov rbp, qword ptr [rsp + 16]
    mov qword ptr [rbp + 8*r9 + 16], r12
    inc r9
L13:
    inc rbx
    cmp rbx, r14
    jb L10
    jmp L39
L14:
    mov rax, rdx
    xor r13d, r13d
L15:
    cmp byte ptr [r12 + r13], 61
    je L16
    inc r13
    dec rax
    jne L15
    mov rdi, qword ptr [rsp]
    mov rcx, qword ptr [rdi + 96]
    mov r13, rbp
    jmp L18
L16:
    mov rcx, qword ptr [rsp]
    mov rcx, qword ptr [rcx + 96]
    test rax, rax
    je L17
    xor eax, eax
    jmp L20
L17:
    mov rdi, qword ptr [rsp]
L18:
    mov esi, dword ptr [rdi + rcx + 180]
    mov al, 1
    cmp rsi, rbp
    jne L20
    mov esi, dword ptr [rdi + rcx + 176]
    add rsi, rdi
    xor edi, edi
L19:
    mov r8b, byte ptr [r12 + rdi]
    cmp r8b, byte ptr [rsi + rdi]
    jne L20
    inc rdi
    cmp rdx, rdi
    jne L19
    jmp L38
L20:
    mov rdx, qword ptr [rsp]
    mov edx, dword ptr [rdx + rcx + 164]
    cmp r13, rdx
    jne L22
    lea rdx, [rsp + 128]
    test r13, r13
    je L24
    mov rsi, qword ptr [rsp]
    mov edx, dword ptr [rsi + rcx + 160]
    add rdx, rsi
    xor esi, esi
L21:
    mov dil, byte ptr [r12 + rsi]
    cmp dil, byte ptr [rdx + rsi]
    jne L22
    inc rsi
    cmp r13, rsi
    jne L21
    lea rdx, [rsp + 128]
    jmp L24
L22:
    mov rdx, qword ptr [rsp]
    mov edx, dword ptr [rdx + rcx + 172]
    cmp r13, rdx
    jne L36
    lea rdx, [rsp + 136]
    test r13, r13
    je L24
    mov rdx, qword ptr [rsp]
    mov ecx, dword ptr [rdx + rcx + 168]
    add rcx, rdx
    xor edx, edx
L23:
    mov sil, byte ptr [r12 + rdx]
    cmp sil, byte ptr [rcx + rdx]
    jne L36
    inc rdx
    cmp r13, rdx
    jne L23
    lea rdx, [rsp + 136]
L24:
    test al, al
    mov qword ptr [rsp + 8], r9
    mov qword ptr [rsp + 120], rdx
    je L26
    lea rax, [rbx + 1]
    cmp rax, r14
    je L59
    mov rbp, qword ptr [rsp + 16]
    mov rdi, qword ptr [rbp + 8*rbx + 16]
    mov r15, -1
L25:
    cmp byte ptr [rdi + r15 + 1], 0
    lea r15, [r15 + 1]
    jne L25
    mov rbx, rax
    jmp L27
L26:
    lea rdi, [r12 + r13]
    inc rdi
    mov r15, r13
    not r15
    add r15, rbp
    mov rbp, qword ptr [rsp + 16]
L27:
    mov rdx, qword ptr [rsp + 104]
    mov qword ptr [rsp + 24], rdi
    mov rsi, r15
    call {rel32:jit_aot_asciify}
    cmp rax, -1
    je L28
    mov rdi, qword ptr [rsp + 104]
    movabs r8, 9223372036854775807
    lea rcx, [r8 + 1]
    mov rsi, rax
    xor edx, edx
    mov r9, qword ptr [rsp + 120]
    call {rel32:jit_aot_parse_int}
    mov r9, qword ptr [rsp + 8]
    mov ecx, 0
    test rax, rax
    je L13
L28:
    mov rsi, qword ptr [rsp + 40]
    mov rdx, qword ptr [rsp + 48]
    lea rbx, [rsp + 56]
    mov rdi, rbx
    call {rel32:jit_aot_out_bytes}
    mov rdi, rbx
    mov esi, 58
    call {rel32:jit_aot_out_byte}
    mov rdi, rbx
    mov esi, 32
    call {rel32:jit_aot_out_byte}
    mov esi, 25
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
    mov rdi, rbx
    mov rsi, r12
    mov rdx, r13
    call {rel32:jit_aot_out_bytes}
    mov esi, 3
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
    mov rdi, rbx
    mov rsi, qword ptr [rsp + 24]
    mov rdx, r15
    call {rel32:jit_aot_out_repr}
    mov esi, 26
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
    jmp L64
L29:
    xor ebx, ebx
L30:
    mov rsi, qword ptr [rsp + 40]
    mov rdx, qword ptr [rsp + 48]
    mov rdi, r12
    call {rel32:jit_aot_out_bytes}
    mov rdi, r12
    mov esi, 58
    call {rel32:jit_aot_out_byte}
    mov rdi, r12
    mov esi, 32
    call {rel32:jit_aot_out_byte}
    mov esi, 29
L31:
    mov rdi, r12
    call {rel32:jit_aot_out_text}
    mov rdi, r12
    mov rsi, rbx
    call {rel32:jit_aot_out_u64}
L32:
    mov rdi, r12
    mov esi, 10
    call {rel32:jit_aot_out_byte}
    mov rdi, r12
L33:
    call {rel32:jit_aot_out_flush}
    mov ebx, 2
L34:
    mov rax, rbx
    add rsp, 70072
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    ret
L35:
    xor r9d, r9d
    jmp L40
L36:
    mov rsi, qword ptr [rsp + 40]
    mov rdx, qword ptr [rsp + 48]
    lea rbx, [rsp + 56]
    mov rdi, rbx
    call {rel32:jit_aot_out_bytes}
    mov rdi, rbx
    mov esi, 58
    call {rel32:jit_aot_out_byte}
    mov rdi, rbx
    mov esi, 32
    call {rel32:jit_aot_out_byte}
    mov esi, 23
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
    mov rdi, rbx
    mov rsi, r12
    mov rdx, r13
L37:
    call {rel32:jit_aot_out_bytes}
    jmp L64
L38:
    lea rax, [rsp + 4528]
    lea r14, [rsp + 256]
    mov qword ptr [r14], rax
    xor ebx, ebx
    mov qword ptr [r14 + 8], rbx
    mov qword ptr [r14 + 16], 65536
    mov qword ptr [r14 + 24], rbx
    mov qword ptr [r14 + 32], 1
    mov qword ptr [r14 + 40], rbx
    mov esi, 30
    mov rdi, r14
    call {rel32:jit_aot_out_text}
    mov rsi, qword ptr [rsp + 40]
    mov rdx, qword ptr [rsp + 48]
    mov rdi, r14
    call {rel32:jit_aot_out_bytes}
    mov esi, 41
    mov rdi, r14
    call {rel32:jit_aot_out_text}
    mov rdi, r14
    call {rel32:jit_aot_out_flush}
    jmp L34
L39:
    mov rsi, qword ptr [rsp + 136]
    lea r12, [rsp + 56]
L40:
    mov rdi, qword ptr [rsp + 128]
    test rdi, rdi
    jle L49
    test rsi, rsi
    js L49
    mov rdx, qword ptr [rsp]
    mov rax, qword ptr [rdx + 40]
    mov rcx, qword ptr [rdx + 24]
    add rcx, rdx
    shl rax, 6
    cmp r9, qword ptr [rax + rcx + 24]
    jne L50
    mov qword ptr [rsp + 112], rdi
    mov qword ptr [rsp + 144], rsi
    mov rsi, qword ptr [rdx]
    add rsi, rdx
    add rsi, qword ptr [rax + rcx + 16]
    mov qword ptr [rsp + 120], rsi
    test r9, r9
    je L48
    movabs rax, 9223372036854775807
    xor r15d, r15d
    inc rax
    mov qword ptr [rsp + 24], rax
L41:
    mov rbp, r9
    mov r13, r15
    inc r15
    mov rax, qword ptr [rsp + 16]
    mov rdi, qword ptr [rax + 8*r13 + 16]
    mov r12, -1
L42:
    cmp byte ptr [rdi + r12 + 1], 0
    lea r12, [r12 + 1]
    jne L42
    mov rax, qword ptr [rsp + 120]
    movzx r14d, byte ptr [rax + r13]
    mov rdx, qword ptr [rsp + 104]
    mov rsi, r12
    call {rel32:jit_aot_asciify}
    mov rbx, rax
    mov qword ptr [rsp + 4528], 0
    cmp r14d, 1
    je L43
    test r14d, r14d
    jne L44
    cmp rbx, -1
    je L56
    mov rdi, qword ptr [rsp + 104]
    mov edx, 1
    mov rsi, rbx
    mov rcx, qword ptr [rsp + 24]
    movabs r8, 9223372036854775807
    lea r9, [rsp + 4528]
    call {rel32:jit_aot_parse_int}
    mov rcx, qword ptr [rsp + 4528]
    mov qword ptr [rsp + 256], rcx
    xor ebx, ebx
    cmp rax, 1
    setne bl
    add rbx, 7
    jmp L46
L43:
    cmp rbx, -1
    je L57
    mov rdi, qword ptr [rsp + 104]
    mov rsi, rbx
    lea rdx, [rsp + 256]
    call {rel32:jit_aot_parse_float}
    mov ebx, 9
    jmp L46
L44:
    cmp rbx, -1
    je L47
    mov rdi, qword ptr [rsp + 104]
    mov edx, 1
    mov rsi, rbx
    movabs rcx, -140737488355328
    movabs r8, 140737488355327
    lea r9, [rsp + 4528]
    call {rel32:jit_aot_parse_int}
    cmp rax, 1
    jne L45
    mov rdi, qword ptr [rsp + 104]
    mov rsi, rbx
    lea rdx, [rsp + 256]
    call {rel32:jit_aot_parse_float}
    jmp L47
L45:
    mov rcx, qword ptr [rsp + 4528]
    movabs rdx, 281474976710655
    and rcx, rdx
    movabs rdx, -1688849860263936
    or rcx, rdx
    mov qword ptr [rsp + 256], rcx
    mov ebx, 10
L46:
    add rax, -3
    cmp rax, -3
    ja L58
L47:
    mov r9, rbp
    cmp r15, rbp
    jne L41
L48:
    mov rcx, qword ptr [rsp]
    mov rbp, qword ptr [rcx + 64]
    mov rbx, qword ptr [rcx + 72]
    lea r13, [8*rbp]
    movabs rax, 1099511627776
    xor edx, edx
    div rbx
    mov rdx, qword ptr [rsp + 112]
    mov r14, r9
    cmp rdx, rax
    jbe L51
    movabs rbx, 4611686018427387904
    jmp L52
L49:
    xor ebx, ebx
    test rdi, rdi
    setg bl
    add rbx, 27
    mov rsi, qword ptr [rsp + 40]
    mov rdx, qword ptr [rsp + 48]
    mov rdi, r12
    call {rel32:jit_aot_out_bytes}
    mov rdi, r12
    mov esi, 58
    call {rel32:jit_aot_out_byte}
    mov rdi, r12
    mov esi, 32
    call {rel32:jit_aot_out_byte}
    mov rdi, r12
    mov rsi, rbx
    call {rel32:jit_aot_out_text}
    xor eax, eax
    cmp qword ptr [rsp + 128], 0
    setg al
    mov rsi, qword ptr [rsp + 8*rax + 128]
    mov rdi, r12
    call {rel32:jit_aot_out_i64}
    jmp L32
L50:
    mov rsi, qword ptr [rsp + 40]
    mov rdx, qword ptr [rsp + 48]
    mov rdi, r12
    mov rbx, r9
    call {rel32:jit_aot_out_bytes}
    mov rdi, r12
    mov esi, 58
    call {rel32:jit_aot_out_byte}
    mov rdi, r12
    mov esi, 32
    call {rel32:jit_aot_out_byte}
    mov esi, 40
    jmp L31
L51:
    imul rbx, rdx
    add rbx, qword ptr [rcx + 80]
L52:
    lea r15, [2*r13]
    add r15, r13
    cmp r15, 1
    mov rsi, r15
    adc rsi, 0
    mov edx, 3
    mov r10d, 16418
    mov eax, 9
    xor edi, edi
    mov r8, -1
    xor r9d, r9d
    syscall
    mov r12, rax
    cmp rax, -4095
    jb L53
    neg r12
    jmp L62
L53:
    test r12, r12
    je L61
    mov qword ptr [rsp + 24], rbx
    mov rsi, qword ptr [rsp + 144]
    cmp rsi, 1
    adc rsi, 0
    mov eax, 9
    xor edi, edi
    xor r9d, r9d
    syscall
    mov rbx, rax
    cmp rax, -4095
    jb L54
    neg rbx
    mov r12, rbx
    jmp L62
L54:
    test rbx, rbx
    je L61
    mov rsi, qword ptr [rsp + 24]
    cmp rsi, 1
    adc rsi, 0
    mov eax, 9
    xor edi, edi
    xor r9d, r9d
    syscall
    cmp rax, -4095
    jae L55
    test rax, rax
    je L61
    mov qword ptr [rsp + 168], rax
    mov rax, qword ptr [rsp + 112]
    lea rsi, [8*rax]
    lea rax, [8*rax + 8]
    cmp rax, 1
    adc rsi, 8
    mov eax, 9
    xor edi, edi
    xor r9d, r9d
    syscall
    cmp rax, -4095
    jb L60
L55:
    neg rax
    mov r12, rax
    jmp L62
L56:
    mov qword ptr [rsp + 256], 0
    mov ebx, 7
    jmp L58
L57:
    mov ebx, 9
L58:
    add r13, 42
    mov rsi, qword ptr [rsp + 40]
    mov rdx, qword ptr [rsp + 48]
    lea r14, [rsp + 56]
    mov rdi, r14
    call {rel32:jit_aot_out_bytes}
    mov rdi, r14
    mov esi, 58
    call {rel32:jit_aot_out_byte}
    mov rdi, r14
    mov esi, 32
    call {rel32:jit_aot_out_byte}
    mov rdi, r14
    mov rsi, r13
    call {rel32:jit_aot_out_text}
    mov esi, 3
    mov rdi, r14
    call {rel32:jit_aot_out_text}
    mov rax, qword ptr [rsp + 16]
    mov rsi, qword ptr [rax + 8*r15 + 8]
    mov rdi, r14
    mov rdx, r12
    call {rel32:jit_aot_out_repr}
    mov rdi, r14
    mov rsi, rbx
    call {rel32:jit_aot_out_text}
    mov rdi, r14
    mov esi, 10
    call {rel32:jit_aot_out_byte}
    mov rdi, r14
    jmp L33
L59:
    mov rsi, qword ptr [rsp + 40]
    mov rdx, qword ptr [rsp + 48]
    lea rbx, [rsp + 56]
    mov rdi, rbx
    call {rel32:jit_aot_out_bytes}
    mov rdi, rbx
    mov esi, 58
    call {rel32:jit_aot_out_byte}
    mov rdi, rbx
    mov esi, 32
    call {rel32:jit_aot_out_byte}
    mov esi, 24
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
    mov rdi, rbx
    mov rsi, r12
    mov rdx, rbp
    jmp L37
L60:
    test rax, rax
    je L61
    xorps xmm0, xmm0
    lea rdi, [rsp + 256]
    movups xmmword ptr [rdi], xmm0
    movups xmmword ptr [rdi + 96], xmm0
    movups xmmword ptr [rdi + 16], xmm0
    mov qword ptr [rdi + 32], 1
    mov rcx, qword ptr [rsp + 112]
    mov qword ptr [rdi + 40], rcx
    add r13, r12
    mov qword ptr [rdi + 48], r13
    shl rbp, 4
    add rbp, r12
    mov qword ptr [rdi + 56], rbp
    add r15, r12
    mov qword ptr [rdi + 64], r15
    mov rdx, qword ptr [rsp]
    mov rcx, qword ptr [rdx]
    add rcx, rdx
    mov qword ptr [rdi + 112], rcx
    movups xmmword ptr [rdi + 120], xmm0
    mov qword ptr [rdi + 136], rax
    mov rsi, rbx
    mov rdx, qword ptr [rsp + 144]
    call {rel32:jit_aot_heap_init}
    test rax, rax
    je L65
    mov r13, rax
    lea rbx, [rsp + 256]
    mov qword ptr [rbx], 1
    mov qword ptr [rbx + 8], 5
    mov rax, qword ptr [rsp + 32]
    mov rsi, qword ptr [rsp + 40]
    mov rax, qword ptr [rax + 40]
    mov qword ptr [rbx + 16], rax
    mov qword ptr [rbx + 24], 0
    mov rdx, qword ptr [rsp + 48]
    lea r14, [rsp + 56]
    mov rdi, r14
    call {rel32:jit_aot_out_bytes}
    mov rdi, r14
    mov esi, 58
    call {rel32:jit_aot_out_byte}
    mov rdi, r14
    mov esi, 32
    call {rel32:jit_aot_out_byte}
    mov rax, qword ptr [rsp + 32]
    mov rsi, qword ptr [rax + 40]
    mov rdi, r14
    xor edx, edx
    mov rcx, rbx
    xor r8d, r8d
    call {rel32:jit_aot_out_outcome}
    mov esi, 3
    mov rdi, r14
    call {rel32:jit_aot_out_text}
    mov rdi, r14
    mov rsi, r13
    call {rel32:jit_aot_out_u64}
    mov esi, 4
    mov rdi, r14
    call {rel32:jit_aot_out_text}
    mov rsi, qword ptr [rbx + 80]
    mov rdi, r14
    call {rel32:jit_aot_out_u64}
    mov esi, 5
    mov rdi, r14
    call {rel32:jit_aot_out_text}
    mov rsi, qword ptr [rbx + 88]
    mov rdi, r14
    call {rel32:jit_aot_out_u64}
    mov esi, 6
    mov rdi, r14
    call {rel32:jit_aot_out_text}
    jmp L84
L61:
    xor r12d, r12d
L62:
    mov rsi, qword ptr [rsp + 40]
    mov rdx, qword ptr [rsp + 48]
    lea rbx, [rsp + 56]
    mov rdi, rbx
    call {rel32:jit_aot_out_bytes}
    mov rdi, rbx
    mov esi, 58
    call {rel32:jit_aot_out_byte}
    mov rdi, rbx
    mov esi, 32
    call {rel32:jit_aot_out_byte}
    mov esi, 29
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
    mov rdi, rbx
    mov rsi, r12
L63:
    call {rel32:jit_aot_out_u64}
L64:
    mov rdi, rbx
    mov esi, 10
    call {rel32:jit_aot_out_byte}
    mov rdi, rbx
    jmp L33
L65:
    mov qword ptr [rsp + 224], r12
    mov qword ptr [rsp + 152], r13
    mov qword ptr [rsp + 232], r13
    mov qword ptr [rsp + 160], rbp
    mov qword ptr [rsp + 240], rbp
    test r14, r14
    je L83
    xor eax, eax
    mov qword ptr [rsp + 8], r14
L66:
    mov rdx, rax
    inc rax
    mov qword ptr [rsp + 112], rax
    mov rax, qword ptr [rsp + 16]
    mov rbp, qword ptr [rax + 8*rdx + 16]
    mov r13, -1
    xor eax, eax
    movabs r15, -1099511627776
    movabs rcx, 1099511627776
L67:
    mov r14, rax
    add r15, rcx
    cmp byte ptr [rbp + r13 + 1], 0
    lea r13, [r13 + 1]
    lea rax, [rax + 1]
    jne L67
    mov rax, qword ptr [rsp + 120]
    mov qword ptr [rsp + 144], rdx
    movzx ebx, byte ptr [rax + rdx]
    mov rdx, qword ptr [rsp + 104]
    mov rdi, rbp
    mov rsi, r13
    call {rel32:jit_aot_asciify}
    mov qword ptr [rsp + 4528], 0
    cmp ebx, 1
    je L68
    test ebx, ebx
    jne L69
    cmp rax, -1
    je L71
    mov rdi, qword ptr [rsp + 104]
    movabs r8, 9223372036854775807
    lea rcx, [r8 + 1]
    mov edx, 1
    mov rsi, rax
    lea r9, [rsp + 4528]
    call {rel32:jit_aot_parse_int}
    mov rcx, qword ptr [rsp + 4528]
    jmp L72
L68:
    cmp rax, -1
    je L81
    mov rdi, qword ptr [rsp + 104]
    mov rsi, rax
    lea rdx, [rsp + 176]
    call {rel32:jit_aot_parse_float}
    jmp L74
L69:
    cmp rax, -1
    je L70
    mov rdi, qword ptr [rsp + 104]
    mov edx, 1
    mov rsi, rax
    movabs rcx, -140737488355328
    movabs r8, 140737488355327
    lea r9, [rsp + 4528]
    mov rbx, rax
    call {rel32:jit_aot_parse_int}
    cmp rax, 1
    jne L73
    mov rdi, qword ptr [rsp + 104]
    mov rsi, rbx
    lea rdx, [rsp + 176]
    call {rel32:jit_aot_parse_float}
    test rax, rax
    je L80
L70:
    mov rdi, qword ptr [rsp + 8]
    jmp L76
L71:
    mov eax, 1
    xor ecx, ecx
L72:
    mov rdi, qword ptr [rsp + 8]
    mov qword ptr [rsp + 176], rcx
    jmp L75
L73:
    mov rcx, qword ptr [rsp + 4528]
    movabs rdx, 281474976710655
    and rcx, rdx
    movabs rdx, -1688849860263936
    or rcx, rdx
    mov qword ptr [rsp + 176], rcx
L74:
    mov rdi, qword ptr [rsp + 8]
L75:
    cmp rax, 3
    jne L82
L76:
    movabs rax, -1970324836974592
    or r15, rax
    mov qword ptr [rsp + 176], r15
    cmp r13, 5
    ja L78
    test r13, r13
    je L82
    xor ecx, ecx
    xor eax, eax
L77:
    movzx edx, byte ptr [rbp + rax]
    shl rdx, cl
    or r15, rdx
    mov qword ptr [rsp + 176], r15
    inc rax
    add rcx, 8
    cmp r14, rax
    jne L77
    jmp L82
L78:
    lea rbx, [r13 + 7]
    and rbx, -8
    add rbx, 8
    mov rax, qword ptr [rsp + 336]
    mov rcx, qword ptr [rsp + 344]
    sub rcx, rax
    cmp rbx, rcx
    ja L89
    add rbx, rax
    mov qword ptr [rsp + 336], rbx
    mov rcx, qword ptr [rsp + 328]
    mov qword ptr [rcx + rax], r13
    mov rcx, qword ptr [rsp + 328]
    add rcx, rax
    add rcx, 8
    xor edx, edx
L79:
    mov sil, byte ptr [rbp + rdx]
    mov byte ptr [rcx + rdx], sil
    inc rdx
    dec r14
    jne L79
    shr rax, 3
    movabs rcx, -281474976710656
    or rax, rcx
    mov qword ptr [rsp + 176], rax
    jmp L82
L80:
    mov rax, qword ptr [rsp + 176]
    mov rcx, rax
    movabs rdx, 9223372036854775807
    and rcx, rdx
    movabs rdx, 9218868437227405312
    cmp rcx, rdx
    movabs rcx, 9221120237041090560
    cmova rax, rcx
    mov qword ptr [rsp + 176], rax
L81:
    mov rdi, qword ptr [rsp + 8]
L82:
    mov rax, qword ptr [rsp + 176]
    mov rcx, qword ptr [rsp + 120]
    mov rdx, qword ptr [rsp + 144]
    movzx ecx, byte ptr [rcx + rdx]
    mov rcx, qword ptr [rsp + 8*rcx + 224]
    mov qword ptr [rcx + 8*rdx], rax
    mov rax, qword ptr [rsp + 112]
    cmp rax, rdi
    jne L66
L83:
    lea rdx, [rip + {rel32:_JIT_CALLEE}]
    mov rdi, qword ptr [rsp + 168]
    add rdi, qword ptr [rsp + 24]
    and rdi, -16
    lea r14, [rsp + 256]
    mov rsi, r14
    mov rcx, r12
    mov r8, qword ptr [rsp + 152]
    mov r9, qword ptr [rsp + 160]
    call {rel32:jit_aot_run_on_stack}
    mov rbx, rax
    cmp qword ptr [r14], 1
    jne L86
    mov rsi, qword ptr [rsp + 40]
    mov rdx, qword ptr [rsp + 48]
    lea r14, [rsp + 56]
    mov rdi, r14
    call {rel32:jit_aot_out_bytes}
    mov rdi, r14
    mov esi, 58
    call {rel32:jit_aot_out_byte}
    mov rdi, r14
    mov esi, 32
    call {rel32:jit_aot_out_byte}
    mov rax, qword ptr [rsp]
    mov rsi, qword ptr [rax + 40]
    lea rcx, [rsp + 256]
    mov rdi, r14
    mov rdx, rbx
    xor r8d, r8d
    call {rel32:jit_aot_out_outcome}
L84:
    mov rdi, r14
    mov esi, 10
    call {rel32:jit_aot_out_byte}
    mov rdi, r14
L85:
    call {rel32:jit_aot_out_flush}
    mov ebx, 1
    jmp L34
L86:
    mov rax, qword ptr [rsp + 336]
    shr rax
    movabs rsi, 9223372036854775807
    add rsi, -15
    and rsi, rax
    add rsi, 16
    mov edx, 3
    mov r10d, 16418
    mov eax, 9
    xor edi, edi
    mov r8, -1
    xor r9d, r9d
    syscall
    mov r14, rax
    cmp rax, -4095
    jb L87
    neg r14
    jmp L91
L87:
    test r14, r14
    je L90
    lea rax, [rsp + 4528]
    lea r15, [rsp + 176]
    mov qword ptr [r15], rax
    xor eax, eax
    mov qword ptr [r15 + 8], rax
    mov qword ptr [r15 + 16], 65536
    mov qword ptr [r15 + 24], rax
    mov qword ptr [r15 + 32], 1
    mov qword ptr [r15 + 40], rax
    mov rax, qword ptr [rsp]
    mov rsi, qword ptr [rax + 40]
    lea rcx, [rsp + 256]
    mov rdi, r15
    mov rdx, rbx
    mov r8, r14
    call {rel32:jit_aot_out_outcome}
    mov rdi, r15
    mov esi, 10
    call {rel32:jit_aot_out_byte}
    mov rdi, r15
    call {rel32:jit_aot_out_flush}
    mov rax, qword ptr [r15 + 40]
    cmp rax, -32
    je L88
    test rax, rax
    jne L92
L88:
    xor ebx, ebx
    test rax, rax
    setne bl
    jmp L34
L89:
    lea r14, [rsp + 256]
    mov qword ptr [r14], 1
    mov qword ptr [r14 + 8], 5
    mov rax, qword ptr [rsp + 32]
    mov rsi, qword ptr [rsp + 40]
    mov rax, qword ptr [rax + 40]
    mov qword ptr [r14 + 16], rax
    mov qword ptr [r14 + 24], 0
    mov rdx, qword ptr [rsp + 48]
    lea r15, [rsp + 56]
    mov rdi, r15
    call {rel32:jit_aot_out_bytes}
    mov rdi, r15
    mov esi, 58
    call {rel32:jit_aot_out_byte}
    mov rdi, r15
    mov esi, 32
    call {rel32:jit_aot_out_byte}
    mov rax, qword ptr [rsp + 32]
    mov rsi, qword ptr [rax + 40]
    mov rdi, r15
    xor edx, edx
    mov rcx, r14
    xor r8d, r8d
    call {rel32:jit_aot_out_outcome}
    mov esi, 3
    mov rdi, r15
    call {rel32:jit_aot_out_text}
    mov rdi, r15
    mov rsi, rbx
    call {rel32:jit_aot_out_u64}
    mov esi, 4
    mov rdi, r15
    call {rel32:jit_aot_out_text}
    mov rsi, qword ptr [r14 + 80]
    mov rdi, r15
    call {rel32:jit_aot_out_u64}
    mov esi, 5
    mov rdi, r15
    call {rel32:jit_aot_out_text}
    mov rsi, qword ptr [r14 + 88]
    mov rdi, r15
    call {rel32:jit_aot_out_u64}
    mov esi, 6
    mov rdi, r15
    call {rel32:jit_aot_out_text}
    mov rdi, r15
    mov esi, 10
    call {rel32:jit_aot_out_byte}
    mov rdi, r15
    jmp L85
L90:
    xor r14d, r14d
L91:
    mov rsi, qword ptr [rsp + 40]
    mov rdx, qword ptr [rsp + 48]
    lea rbx, [rsp + 56]
    mov rdi, rbx
    call {rel32:jit_aot_out_bytes}
    mov rdi, rbx
    mov esi, 58
    call {rel32:jit_aot_out_byte}
    mov rdi, rbx
    mov esi, 32
    call {rel32:jit_aot_out_byte}
    mov esi, 29
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
    mov rdi, rbx
    mov rsi, r14
    jmp L63
L92:
    mov rsi, qword ptr [rsp + 40]
    mov rdx, qword ptr [rsp + 48]
    lea rbx, [rsp + 56]
    mov rdi, rbx
    call {rel32:jit_aot_out_bytes}
    mov rdi, rbx
    mov esi, 58
    call {rel32:jit_aot_out_byte}
    mov rdi, rbx
    mov esi, 32
    call {rel32:jit_aot_out_byte}
    mov esi, 31
    mov rdi, rbx
    call {rel32:jit_aot_out_text}
    xor esi, esi
    sub rsi, qword ptr [rsp + 216]
    mov rdi, rbx
    call {rel32:jit_aot_out_u64}
    mov rdi, rbx
    mov esi, 10
    call {rel32:jit_aot_out_byte}
    mov rdi, rbx
    jmp L85
