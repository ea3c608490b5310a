"""Control-flow passes on one stencil, as CPython's JIT build runs on its assembly text.

Goal: the stencil ends with its only jump to _JIT_CONTINUE, so that the compiler can drop
that jump when the next op follows.  Every other way to the continuation becomes a branch to
a local label just before that final jump; the chain of blocks that reaches it first (the
hot path, as Clang laid it out) is moved last; `jcc A; jmp B; A:` becomes `j!cc B`; jumps to
jumps are threaded; zero-length jumps, dead code and unused labels go.
"""

from __future__ import annotations

from refresh import RefreshError
from refresh.holes import CONTINUE
from refresh.isas import IsaSpec
from refresh.model import Insn, Item, Label, Marker, whole_marker

CONT_LABEL = ".Lcontinue"
HOT_LABEL = ".Lhot"
_MAX_ROUNDS = 64


def layout(stencil: str, items: list[Item], isa: IsaSpec) -> list[Item]:
    items = _continue_via_label(items, isa)
    items = _hot_path_last(stencil, items, isa)
    return _simplify(stencil, items, isa)


def _is_continue(target: str | None) -> bool:
    m = whole_marker(target) if target else None
    return m is not None and m.symbol == CONTINUE


def _continue_via_label(items: list[Item], isa: IsaSpec) -> list[Item]:
    out: list[Item] = []
    found = False
    for it in items:
        if isinstance(it, Insn) and isa.is_branch(it) and _is_continue(isa.target(it)):
            it, found = isa.retarget(it, CONT_LABEL), True
        out.append(it)
    if found:
        out += [Label(CONT_LABEL), Insn(isa.jump, (Marker(isa.branch_kinds[isa.jump], CONTINUE).text(),))]
    return out


def _chains(stencil: str, items: list[Item], isa: IsaSpec) -> list[list[Item]]:
    """Runs of items that control can only leave at the end (or by a branch), never by falling out."""
    chains: list[list[Item]] = [[]]
    for it in items:
        chains[-1].append(it)
        if isinstance(it, Insn) and isa.ends_flow(it):
            chains.append([])
    if chains[-1]:
        raise RefreshError(f"{stencil} ({isa.name}): the code falls off its end")
    return chains[:-1]


def _leading_labels(chain: list[Item]) -> set[str]:
    names: set[str] = set()
    for it in chain:
        if not isinstance(it, Label):
            break
        names.add(it.name)
    return names


def _hot_path_last(stencil: str, items: list[Item], isa: IsaSpec) -> list[Item]:
    chains = _chains(stencil, items, isa)
    if len(chains) < 2 or _leading_labels(chains[-1]) != {CONT_LABEL}:
        return items
    body, tail = chains[:-1], chains[-1]
    hot = next((i for i, c in enumerate(body) if _target(c[-1], isa) == CONT_LABEL), None)
    if hot is None:
        return items
    if hot > 0:
        body.append(body.pop(hot))
    elif len(body) > 1:
        body = _split_entry(body, isa)
    return [it for chain in body for it in chain] + tail


def _target(it: Item, isa: IsaSpec) -> str | None:
    return isa.target(it) if isinstance(it, Insn) else None


def _split_entry(body: list[list[Item]], isa: IsaSpec) -> list[list[Item]]:
    """The entry chain is the hot path and other chains follow it: at its last conditional branch to
    one of them, invert the branch so that the cold chain falls after it and the rest of the hot
    path comes last.  Without such a branch the layout stays (the hot path then ends in a jump)."""
    entry = body[0]
    starts = {name: k for k, chain in enumerate(body[1:], 1) for name in _leading_labels(chain)}
    for j in range(len(entry) - 1, -1, -1):
        it = entry[j]
        target = _target(it, isa)
        if isinstance(it, Insn) and isa.is_conditional(it) and target in starts:
            cold = starts[target]
            head = [*entry[:j], isa.invert(it, HOT_LABEL)]
            others = [c for k, c in enumerate(body[1:], 1) if k != cold]
            return [head + body[cold], *others, [Label(HOT_LABEL), *entry[j + 1 :]]]
    return body


def _simplify(stencil: str, items: list[Item], isa: IsaSpec) -> list[Item]:
    passes = (_thread, _invert_over_jumps, _drop_zero_length, _drop_dead_code, _drop_unused_labels)
    for _ in range(_MAX_ROUNDS):
        new = items
        for run in passes:
            new = run(new, isa)
        if new == items:
            return items
        items = new
    raise RefreshError(f"{stencil} ({isa.name}): control-flow passes do not settle")


def _labels_after(items: list[Item], i: int) -> set[str]:
    """Labels that name the position right after items[i]."""
    names: set[str] = set()
    for it in items[i + 1 :]:
        if not isinstance(it, Label):
            break
        names.add(it.name)
    return names


def _first_insn_at(items: list[Item], label: str) -> Insn | None:
    for i, it in enumerate(items):
        if isinstance(it, Label) and it.name == label:
            return next((x for x in items[i + 1 :] if isinstance(x, Insn)), None)
    return None


def _thread(items: list[Item], isa: IsaSpec) -> list[Item]:
    """A branch to a label whose first instruction is an unconditional jump goes straight to that jump's target."""
    out: list[Item] = []
    for it in items:
        target = _target(it, isa)
        if isinstance(it, Insn) and target is not None and whole_marker(target) is None:
            first = _first_insn_at(items, target)
            new = isa.target(first) if first is not None and first.mnemonic == isa.jump else None
            if new is not None and new != target and _may_branch_to(it, new, isa):
                it = isa.retarget(it, new)
        out.append(it)
    return out


def _may_branch_to(insn: Insn, target: str, isa: IsaSpec) -> bool:
    """Whether a branch may take this target: never the continuation hole (only the final jump does),
    a hole only if the branch reaches far enough."""
    m = whole_marker(target)
    return m is None or (m.symbol != CONTINUE and insn.mnemonic not in isa.near_only)


def _invert_over_jumps(items: list[Item], isa: IsaSpec) -> list[Item]:
    """`jcc A; jmp B; A:` -> `j!cc B`."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        it, nxt = items[i], items[i + 1] if i + 1 < len(items) else None
        new_target = _target(nxt, isa) if nxt is not None else None
        if (
            isinstance(it, Insn)
            and isinstance(nxt, Insn)
            and new_target is not None
            and isa.is_conditional(it)
            and nxt.mnemonic == isa.jump
            and _target(it, isa) in _labels_after(items, i + 1)
            and _may_branch_to(Insn(isa.inverse[it.mnemonic]), new_target, isa)
        ):
            out.append(isa.invert(it, new_target))
            i += 2
            continue
        out.append(it)
        i += 1
    return out


def _drop_zero_length(items: list[Item], isa: IsaSpec) -> list[Item]:
    """Branches to the very next instruction."""
    return [it for i, it in enumerate(items) if _target(it, isa) not in _labels_after(items, i)]


def _drop_dead_code(items: list[Item], isa: IsaSpec) -> list[Item]:
    out: list[Item] = []
    dead = False
    for it in items:
        if isinstance(it, Label):
            dead = False
        if not dead:
            out.append(it)
        if isinstance(it, Insn) and isa.ends_flow(it):
            dead = True
    return out


def _drop_unused_labels(items: list[Item], isa: IsaSpec) -> list[Item]:
    used = {_target(it, isa) for it in items}
    return [it for it in items if not isinstance(it, Label) or it.name in used]
