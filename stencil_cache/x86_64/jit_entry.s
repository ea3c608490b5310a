    push rbp
    push r15
    push r14
    push r13
    push r12
    push rbx
    push rax
    mov qword ptr [rsp], rsi
    mov rbp, rdi
    mov r12, rdx
    mov r13, rcx
    mov r14, r8
    mov r15, rbp
    mov rdx, rbx
    mov rcx, r10
    mov r8, r11
    mov r11, rax
    call qword ptr [rsp]
    mov qword ptr [rbp + 104], rax
    add rsp, 8
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    ret
