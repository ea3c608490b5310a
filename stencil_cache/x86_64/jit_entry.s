    push rbp
    push r15
    push r14
    push r13
    push r12
    push rbx
    push rax
    mov rbp, rdi
    mov r12, rdx
    mov r13, rcx
    mov r14, r8
    mov r15, rdi
    call rsi
    mov qword ptr [rbp + 104], rax
    add rsp, 8
    pop rbx
    pop r12
    pop r13
    pop r14
    pop r15
    pop rbp
    ret
