"""The README as read by someone who just cloned the project: how to get uv, and command
lines that work when typed as written."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from minwon_desk.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _shell_lines() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def _words(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return {
        word: choice
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for word, choice in action.choices.items()
    }


def test_it_says_how_to_get_uv_and_what_the_first_run_installs() -> None:
    assert "pip install uv" in README
    assert "development tools" in README


def test_every_command_line_is_written_as_typed() -> None:
    """``minwon-desk`` is not on the PATH after cloning: every example starts ``uv run``."""
    bare = [line for line in _shell_lines() if line.startswith("minwon-desk")]
    bare += re.findall(r"(?<!uv run )`minwon-desk [^`]*`", README)
    assert bare == []


def test_every_example_names_a_command_that_exists() -> None:
    parser = build_parser()
    for line in _shell_lines():
        if not line.startswith("uv run minwon-desk "):
            continue
        command = line.split(" #")[0].split()[3:]
        words: list[str] = []
        for w in command:  # the command words come before the first option
            if w.startswith(("-", "[")):
                break
            words.append(w)
        level = _words(parser)
        # "print receipt|reply-letter|…": each alternative must exist.
        for word in words[:2]:
            if not level:
                break
            alternatives = word.split("|")
            missing = [a for a in alternatives if a not in level]
            assert not missing, f"{line}: {missing}"
            level = _words(level[alternatives[0]])
