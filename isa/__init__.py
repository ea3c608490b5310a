"""Per-ISA support: everything specific to one instruction set lives in a subpackage."""
