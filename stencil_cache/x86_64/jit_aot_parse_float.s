    push rbp
    push r15
    push r14
    push r13
    push r12
    push rbx
    sub rsp, 1080
    mov r12, rdx
    mov r15, rsi
    mov r14, rdi
    test rsi, rsi
    je L4
    xor r13d, r13d
    xor esi, esi
L0:
    movzx ecx, byte ptr [r14 + rsi]
    lea edx, [rcx - 9]
    cmp edx, 5
    jae L2
L1:
    inc rsi
    cmp r15, rsi
    jne L0
    jmp L3
L2:
    cmp ecx, 32
    je L1
    jmp L5
L3:
    mov rbx, r15
    jmp L18
L4:
    xor esi, esi
L5:
    mov rbx, r15
    cmp rsi, r15
    jae L9
    xor r13d, r13d
    mov rbx, r15
L6:
    movzx ecx, byte ptr [r14 + rbx - 1]
    lea edx, [rcx - 9]
    cmp edx, 5
    jae L8
L7:
    dec rbx
    cmp rbx, rsi
    ja L6
    jmp L15
L8:
    cmp ecx, 32
    je L7
L9:
    cmp rsi, rbx
    jae L13
    mov rdx, rsi
    mov eax, 1
L10:
    cmp byte ptr [r14 + rdx], 95
    jne L11
    cmp rdx, rsi
    je L39
    lea rcx, [rdx + 1]
    cmp rcx, rbx
    je L39
    mov dl, byte ptr [r14 + rdx - 1]
    add dl, -58
    cmp dl, -10
    jb L39
    mov dl, byte ptr [r14 + rcx]
    add dl, -58
    cmp dl, -10
    jae L12
    jmp L39
L11:
    inc rdx
    mov rcx, rdx
L12:
    mov rdx, rcx
    cmp rcx, rbx
    jne L10
L13:
    cmp rsi, r15
    jae L16
    movzx ecx, byte ptr [r14 + rsi]
    xor r13d, r13d
    cmp ecx, 45
    sete r13b
    shl r13, 63
    cmp ecx, 45
    je L14
    cmp ecx, 43
    jne L17
L14:
    inc rsi
    jmp L17
L15:
    mov rbx, rsi
    jmp L17
L16:
    xor r13d, r13d
L17:
    mov r15, rsi
L18:
    mov rax, rbx
    sub rax, r15
    cmp rax, 8
    je L19
    cmp rax, 3
    jne L20
L19:
    cmp rbx, r15
    jne L31
L20:
    lea rdi, [rsp + 40]
    xor esi, esi
    call {rel32:jit_aot_big_set}
    cmp rbx, r15
    jbe L38
    mov qword ptr [rsp], r13
    mov qword ptr [rsp + 8], r12
    xor r9d, r9d
    xor esi, esi
    xor r12d, r12d
    xor r13d, r13d
    xor ebp, ebp
L21:
    movzx edx, byte ptr [r14 + r15]
    lea eax, [rdx - 58]
    cmp al, -11
    ja L22
    cmp edx, 95
    je L25
    cmp edx, 46
    jne L36
    test rsi, rsi
    jne L36
    mov esi, 1
    jmp L25
L22:
    inc r13
    test rbp, rbp
    jne L23
    cmp dl, 48
    jne L23
    sub r9, rsi
    xor ebp, ebp
    jmp L25
L23:
    cmp rbp, 799
    ja L24
    add edx, -48
    lea rdi, [rsp + 40]
    mov qword ptr [rsp + 24], rsi
    mov esi, 10
    mov qword ptr [rsp + 32], rbp
    mov rbp, r9
    call {rel32:jit_aot_big_mul_add}
    mov rsi, qword ptr [rsp + 24]
    mov r9, rbp
    mov rbp, qword ptr [rsp + 32]
    inc rbp
    sub r9, rsi
    jmp L25
L24:
    xor eax, eax
    cmp edx, 48
    setne al
    or r12, rax
    cmp rsi, 1
    adc r9, 0
L25:
    inc r15
    cmp rbx, r15
    jne L21
    mov r10, rbx
    test r13, r13
    je L38
L26:
    mov eax, 1
    cmp r10, rbx
    jne L39
    test r12, r12
    je L27
    lea rdi, [rsp + 40]
    mov esi, 10
    mov edx, 1
    mov rbx, r9
    call {rel32:jit_aot_big_mul_add}
    mov r9, rbx
    inc rbp
    dec r9
L27:
    test rbp, rbp
    je L28
    movabs rbx, 9218868437227405312
    add rbp, r9
    cmp rbp, 309
    jg L29
    cmp rbp, -324
    jge L41
L28:
    xor ebx, ebx
L29:
    mov r12, qword ptr [rsp + 8]
    mov rbp, qword ptr [rsp]
L30:
    or rbx, rbp
    mov qword ptr [r12], rbx
    jmp L35
L31:
    xor ecx, ecx
    mov rdx, r15
    xor eax, eax
L32:
    movzx esi, byte ptr [r14 + rdx]
    lea edi, [rsi - 65]
    lea r8d, [rsi + 32]
    cmp dil, 26
    movzx edi, r8b
    cmovae edi, esi
    movzx esi, dil
    shl rsi, cl
    or rax, rsi
    add rcx, 8
    inc rdx
    cmp rbx, rdx
    jne L32
    movabs rcx, 9218868437227405312
    cmp rax, 6712937
    je L34
    cmp rax, 7233902
    je L33
    movabs rdx, 8751735898823356009
    cmp rax, rdx
    jne L20
    jmp L34
L33:
    movabs rcx, 9221120237041090560
L34:
    or rcx, r13
    mov qword ptr [r12], rcx
L35:
    xor eax, eax
    jmp L39
L36:
    test r13, r13
    je L38
    lea eax, [rdx - 65]
    lea ecx, [rdx + 32]
    cmp al, 26
    movzx eax, cl
    cmovae eax, edx
    cmp al, 101
    jne L40
    lea r10, [r15 + 1]
    cmp r10, rbx
    jae L43
    movzx edx, byte ptr [r14 + r15 + 1]
    cmp edx, 45
    sete cl
    cmp edx, 43
    mov eax, 1
    je L37
    cmp edx, 45
    jne L44
L37:
    add r15, 2
    mov r10, r15
    jmp L44
L38:
    mov eax, 1
L39:
    add rsp, 1080
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    ret
L40:
    mov r10, r15
    jmp L26
L41:
    mov qword ptr [rsp + 16], 0
    test r9, r9
    mov r12, qword ptr [rsp + 8]
    mov rbp, qword ptr [rsp]
    js L49
    lea r15, [rsp + 40]
    mov rdi, r15
    mov rsi, r9
    call {rel32:jit_aot_big_mul_pow10}
    mov rdi, r15
    call {rel32:jit_aot_big_bits}
    mov r14, rax
    lea rsi, [rsp + 16]
    mov rdi, r15
    call {rel32:jit_aot_big_top64}
    cmp r14, 1024
    jg L30
    mov rdi, qword ptr [rsp + 16]
    lea rcx, [r14 + 1074]
    cmp r14, -1021
    mov edx, 53
    cmovl rdx, rcx
    test rdx, rdx
    jle L56
    mov ecx, edx
    neg cl
    mov rsi, rax
    shr rsi, cl
    mov r8, -1
    shl r8, cl
    not r8
    and r8, rax
    movabs rax, -9223372036854775808
    mov ecx, edx
    shr rax, cl
    cmp r8, rax
    jbe L57
L42:
    inc rsi
    jmp L58
L43:
    xor ecx, ecx
    mov eax, 1
L44:
    cmp r10, rbx
    jae L39
    xor esi, esi
    xor edx, edx
L45:
    movzx edi, byte ptr [r14 + r10]
    lea r8d, [rdi - 58]
    cmp r8b, -11
    ja L46
    cmp edi, 95
    je L47
    jmp L48
L46:
    cmp rdx, 100000000
    lea rsi, [rdx + 4*rdx]
    lea rsi, [rdi + 2*rsi - 48]
    cmovl rdx, rsi
    mov esi, 1
L47:
    inc r10
    cmp rbx, r10
    jne L45
    mov r10, rbx
L48:
    mov rdi, rdx
    neg rdi
    test cl, cl
    cmove rdi, rdx
    test rsi, rsi
    je L39
    add r9, rdi
    jmp L26
L49:
    lea r14, [rsp + 560]
    mov esi, 1
    mov rdi, r14
    mov r15, r9
    call {rel32:jit_aot_big_set}
    neg r15
    mov rdi, r14
    mov rsi, r15
    call {rel32:jit_aot_big_mul_pow10}
    mov rdi, r14
    call {rel32:jit_aot_big_bits}
    mov r14, rax
    lea rdi, [rsp + 40]
    call {rel32:jit_aot_big_bits}
    sub r14, rax
    add r14, 63
    js L50
    lea rdi, [rsp + 40]
    mov rsi, r14
    jmp L51
L50:
    mov rsi, r14
    neg rsi
    lea rdi, [rsp + 560]
L51:
    call {rel32:jit_aot_big_shl}
    lea rdi, [rsp + 560]
    lea rdx, [rsp + 40]
    mov rsi, rdi
    call {rel32:jit_aot_big_cmp_sum}
    test rax, rax
    jg L52
    lea rdi, [rsp + 560]
    mov esi, 1
    call {rel32:jit_aot_big_shl}
    dec r14
L52:
    lea r15, [rsp + 560]
    mov ebp, 63
    mov esi, 63
    mov rdi, r15
    call {rel32:jit_aot_big_shl}
    xor r13d, r13d
    lea r12, [rsp + 40]
L53:
    mov rdi, r12
    mov rsi, r15
    call {rel32:jit_aot_big_cmp}
    test rax, rax
    js L54
    mov rdi, r12
    mov rsi, r15
    call {rel32:jit_aot_big_sub}
    bts r13, rbp
L54:
    mov rdi, r15
    call {rel32:jit_aot_big_shr1}
    add rbp, -1
    jb L53
    bsr rax, r13
    xor rax, 63
    mov ecx, eax
    shl r13, cl
    add rax, r14
    mov rdi, rax
    neg rdi
    cmp rdi, 960
    jg L29
    mov r8, qword ptr [rsp + 40]
    mov ecx, 1138
    sub rcx, rax
    cmp rdi, -1085
    mov edx, 53
    cmovl rdx, rcx
    test rdx, rdx
    mov r12, qword ptr [rsp + 8]
    mov rbp, qword ptr [rsp]
    jle L59
    mov ecx, edx
    neg cl
    mov rsi, r13
    shr rsi, cl
    mov r9, -1
    shl r9, cl
    not r9
    and r9, r13
    movabs r10, -9223372036854775808
    mov ecx, edx
    shr r10, cl
    cmp r9, r10
    jbe L61
L55:
    inc rsi
    jmp L62
L56:
    sete cl
    movabs rdx, -9223372036854775808
    cmp rax, rdx
    seta al
    test rdi, rdi
    setne dl
    jmp L60
L57:
    jne L58
    mov eax, esi
    and eax, 1
    or rdi, rax
    jne L42
L58:
    cmp r14, -1021
    jl L63
    mov rax, rsi
    shr rax, 53
    jne L66
    dec r14
    jmp L67
L59:
    test r8, r8
    setne al
    test rdx, rdx
    sete cl
    movabs rdx, -9223372036854775808
    cmp r13, rdx
    seta dl
L60:
    or dl, al
    and dl, cl
    movzx ebx, dl
    jmp L30
L61:
    jne L62
    mov ecx, esi
    and ecx, 1
    or r8, rcx
    jne L55
L62:
    cmp rdi, -1085
    jge L64
L63:
    mov rbx, rsi
    jmp L30
L64:
    mov rcx, rsi
    shr rcx, 53
    mov ecx, 63
    je L65
    cmp rax, -960
    je L30
    shr rsi
    mov ecx, 64
L65:
    sub ecx, eax
    shl rcx, 52
    movabs rax, 4503599627370495
    and rax, rsi
    or rax, rcx
    jmp L68
L66:
    cmp r14, 1024
    je L30
    shr rsi
L67:
    shl r14, 52
    movabs rax, 4503599627370495
    and rax, rsi
    or rax, r14
L68:
    movabs rbx, 4607182418800017408
    add rbx, rax
    jmp L30
