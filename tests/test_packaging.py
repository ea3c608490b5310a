"""The package's metadata: an SPDX license with its LICENSE file, URLs and classifiers, and every runtime
dependency bounded above to the major release it is tested with."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import metadata, version
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def test_the_license_is_an_spdx_expression_with_its_file() -> None:
    assert PROJECT["license"] == "MIT"
    assert PROJECT["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text().startswith("MIT License\n")
    installed = metadata("vm3-jit")
    assert installed["License-Expression"] == "MIT"
    assert not any(c.startswith("License ::") for c in PROJECT["classifiers"])  # PEP 639: the expression only


def test_setuptools_is_new_enough_for_an_spdx_license() -> None:
    build = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    assert build == ["setuptools>=77"]


def test_urls_and_classifiers() -> None:
    assert all(url.startswith("https://") for url in PROJECT["urls"].values())
    assert "Programming Language :: Python :: 3.11" in PROJECT["classifiers"]
    assert any(c.startswith("Topic :: Software Development :: Compilers") for c in PROJECT["classifiers"])


def test_every_runtime_dependency_is_bounded_to_the_major_it_is_tested_with() -> None:
    for text in PROJECT["dependencies"]:
        req = Requirement(text)
        uppers = [s for s in req.specifier if s.operator == "<"]
        assert uppers, f"{req.name} has no upper bound"
        assert version(req.name) in SpecifierSet(str(req.specifier)), (req.name, version(req.name))
        installed = [int(part) for part in re.findall(r"\d+", version(req.name))[:2]]
        major = installed if installed[0] == 0 else installed[:1]  # the major of a 0.x release is 0.x
        next_major = ".".join(map(str, [*major[:-1], major[-1] + 1]))
        assert [u.version for u in uppers] == [next_major], (req.name, version(req.name))
